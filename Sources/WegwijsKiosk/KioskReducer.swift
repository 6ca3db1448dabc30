import WegwijsApp
import WegwijsProgram
#if canImport(Glibc)
import Glibc
#endif

/// The kiosk's rules around the app's update: the administrator's sequence ends the
/// program, the content is polled every `pollSeconds` and reloaded at once on SIGHUP,
/// and the idle countdown and reset run from the clock (`IdlePolicy`; the app core
/// knows no idle rule, it only draws `State.countdown`). Pure apart from its own
/// memory: the keys typed so far, when the content was last polled and when the person
/// last pressed, typed or touched.
public struct KioskReducer: Reducer {
    public var app = AppReducer()
    public var sequence: AdminSequence
    public var pollSeconds: Double
    public var idle: IdlePolicy?
    private var lastPoll: Double?
    private var lastInputAt: Double?

    public init(adminSequence: [Key], pollSeconds: Double, idle: IdlePolicy? = nil) {
        sequence = AdminSequence(adminSequence)
        self.pollSeconds = pollSeconds
        self.idle = idle
    }

    public mutating func update(_ state: State, _ event: Event, _ env: Environment, page: Page) -> (State, [Effect]) {
        switch event {
        case .key(let key) where sequence.feed(key):
            return (state, [.log(.adminExit), .quit])
        case .signal(let signal) where signal == SIGHUP:
            // `systemctl reload`: new content now (the backend reports a hung-up
            // terminal as `.hangup`, not as this signal).
            return (state, [.reloadContent(force: true)])
        case _ where IdlePolicy.isInput(event) && state.countdown != nil:
            // During the countdown the first touch only says "I am still here".
            lastInputAt = state.now
            var kept = state
            kept.countdown = nil
            return (kept, [])
        case .tick(let now):
            var (next, produced) = app.update(state, event, env, page: page)
            // The first tick is the start: the idle time counts from there.
            if lastInputAt == nil { lastInputAt = now }
            if let idle, let since = lastInputAt {
                let (idled, reset) = idle.apply(to: next, idle: now - since, content: env.content)
                next = idled
                if reset {
                    lastInputAt = now
                    produced.append(.log(.idleReset))
                }
            }
            if let last = lastPoll, now - last < pollSeconds { return (next, produced) }
            let effects = lastPoll == nil ? produced : produced + [.reloadContent(force: false)]
            lastPoll = now
            return (next, effects)
        default:
            if IdlePolicy.isInput(event) { lastInputAt = state.now }
            return app.update(state, event, env, page: page)
        }
    }
}
