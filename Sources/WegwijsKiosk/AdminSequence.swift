import WegwijsApp

/// Recognises the administrator's key sequence among everything typed at the kiosk.
/// Keys still reach the app as usual: the sequence is long and unlikely enough that
/// a visitor never types it by chance, and nothing on screen hints at it.
public struct AdminSequence: Equatable, Sendable {
    public let keys: [Key]
    /// The last keys typed, as many as the sequence is long.
    private var recent: [Key] = []

    public init(_ keys: [Key]) { self.keys = keys }

    /// Feeds one key; true when it completes the sequence (the last keys typed are
    /// exactly the sequence, so "F12 F12 F12 w" still ends in "F12 F12 w").
    public mutating func feed(_ key: Key) -> Bool {
        guard !keys.isEmpty else { return false }
        recent.append(key)
        if recent.count > keys.count { recent.removeFirst(recent.count - keys.count) }
        guard recent == keys else { return false }
        recent.removeAll()
        return true
    }
}
