import WegwijsApp
import WegwijsContent

/// The kiosk's idle reset: after `idleSeconds` without input a countdown of
/// `countdownSeconds` shows, so a reader who is still there can stay; when it runs out
/// the next visitor gets a fresh start. An untouched start screen has nothing to reset:
/// no countdown there (UX defect 13, reliability D9). Time arrives as `Event.tick`, so
/// this is pure.
public struct IdlePolicy: Equatable, Sendable {
    public var idleSeconds: Double
    public var countdownSeconds: Double

    public init(idleSeconds: Double, countdownSeconds: Double) {
        self.idleSeconds = idleSeconds
        self.countdownSeconds = countdownSeconds
    }

    /// What `idle` seconds without input mean for `state`: the state with its countdown
    /// set or cleared, and whether this is the moment of the reset.
    func apply(to state: State, idle: Double, content: ContentStore) -> (state: State, reset: Bool) {
        var next = state
        next.countdown = nil
        if next == App.freshStart(from: next, content: content) { return (next, false) }
        if idle >= idleSeconds + countdownSeconds { return (App.freshStart(from: next, content: content), true) }
        if idle >= idleSeconds { next.countdown = max(1, Int((idleSeconds + countdownSeconds - idle).rounded(.up))) }
        return (next, false)
    }

    /// What a person does, as opposed to the clock or the window changing size.
    static func isInput(_ event: Event) -> Bool {
        switch event {
        case .key, .action: true
        default: false
        }
    }
}
