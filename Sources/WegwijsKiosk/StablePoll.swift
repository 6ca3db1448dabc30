/// Issue 12: a content version is only loaded once its files key has been the same for
/// two polls in a row, so a `git pull` or copy caught half-way is never parsed.
/// Pure: the caller passes each poll's files key (nil: unreadable).
public struct StablePoll: Sendable {
    private var lastSeen: [UInt8]?
    private var loaded: [UInt8]?

    /// - Parameter loadedKey: the key of the content already on screen.
    public init(loadedKey: [UInt8]?) {
        loaded = loadedKey
        lastSeen = loadedKey
    }

    /// True when `key` is new content that has now been stable for two polls.
    public mutating func observe(_ key: [UInt8]?) -> Bool {
        defer { lastSeen = key }
        guard let key, key != loaded else { return false }
        guard key == lastSeen else { return false }
        loaded = key
        return true
    }

    /// Content loaded without waiting (SIGHUP: the administrator asked for it).
    public mutating func markLoaded(_ key: [UInt8]?) {
        loaded = key
        lastSeen = key
    }
}
