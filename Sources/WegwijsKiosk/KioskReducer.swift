import WegwijsApp
import WegwijsProgram
#if canImport(Glibc)
import Glibc
#endif

/// The kiosk's rules around the app's update: the administrator's sequence ends the
/// program, the content is polled every `pollSeconds` and reloaded at once on SIGHUP,
/// and the idle reset and countdown run from the clock (AppConfig.idle, set by
/// `KioskConfig.appConfig`). Pure apart from its own memory: the keys typed so far and
/// when the content was last polled.
public struct KioskReducer: Reducer {
    public var app = AppReducer()
    public var sequence: AdminSequence
    public var pollSeconds: Double
    private var lastPoll: Double?

    public init(adminSequence: [Key], pollSeconds: Double) {
        sequence = AdminSequence(adminSequence)
        self.pollSeconds = pollSeconds
    }

    public mutating func update(_ state: State, _ event: Event, _ env: Environment, page: Page) -> (State, [Effect]) {
        switch event {
        case .key(let key) where sequence.feed(key):
            return (state, [.log(.adminExit), .quit])
        case .signal(let signal) where signal == SIGHUP:
            // `systemctl reload`: new content now (the backend reports a hung-up
            // terminal as `.hangup`, not as this signal).
            return (state, [.reloadContent(force: true)])
        case .tick(let now):
            let (next, produced) = app.update(state, event, env, page: page)
            if let last = lastPoll, now - last < pollSeconds { return (next, produced) }
            let effects = lastPoll == nil ? produced : produced + [.reloadContent(force: false)]
            lastPoll = now
            return (next, effects)
        default:
            return app.update(state, event, env, page: page)
        }
    }
}
