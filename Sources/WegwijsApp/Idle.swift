import WegwijsContent
import WegwijsText

/// The kiosk's idle reset: after `idleSeconds` without input the next visitor gets a
/// fresh start, and the last `countdownSeconds` of that show a countdown so a reader
/// who is still there can stay. Time arrives as `Event.tick`, so this is pure.
public struct IdlePolicy: Equatable, Sendable {
    public var idleSeconds: Double
    public var countdownSeconds: Double

    public init(idleSeconds: Double, countdownSeconds: Double) {
        self.idleSeconds = idleSeconds
        self.countdownSeconds = countdownSeconds
    }
}

extension App {
    /// Seconds left before the reset, while the countdown shows; nil otherwise.
    public static func countdown(_ state: State, config: AppConfig) -> Int? {
        guard let policy = config.idle else { return nil }
        let idle = state.now - state.lastInputAt
        guard idle >= policy.idleSeconds - policy.countdownSeconds else { return nil }
        return max(0, Int((policy.idleSeconds - idle).rounded(.up)))
    }

    /// Everything a visitor left behind is gone: language, group, path, search text.
    static func freshStart(from state: State, content: ContentStore) -> State {
        var fresh = State(language: content.sourceLanguage, size: state.size)
        fresh.selection = content.languages.firstIndex { $0.code == content.sourceLanguage } ?? 0
        fresh.now = state.now
        fresh.lastInputAt = state.now
        return fresh
    }
}
