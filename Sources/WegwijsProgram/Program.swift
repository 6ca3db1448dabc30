import WegwijsApp
import WegwijsContent

/// The one program loop: input from the backend becomes events, the reducer turns
/// each into a state and effects, the program runs the effects, derives the page once
/// per change and draws the view when the frame changed. Owns the state, the
/// environment (content, search), the kept page and the frame on screen.
public struct Program<B: Backend, C: ProgramClock, R: Reducer, E: EffectRunner> {
    public private(set) var state: State
    public private(set) var env: Environment
    public private(set) var page: Page
    /// The frame on screen: clicks are looked up in it.
    public private(set) var frame: Frame?
    public var backend: B
    public let clock: C
    public var reducer: R
    public var effects: E
    public private(set) var hasQuit = false
    /// The state and content the frame on screen was drawn from: unchanged, no view.
    private var drawnState: State?
    private var environmentChanged = true
    /// How long to wait for input before the clock ticks again.
    public var tickSeconds = 0.25
    /// At most this many inputs that have already arrived (a paste) before a frame.
    public var batchLimit = 256

    public init(state: State, env: Environment, backend: B, clock: C, reducer: R, effects: E) {
        self.state = state
        self.env = env
        self.backend = backend
        self.clock = clock
        self.reducer = reducer
        self.effects = effects
        page = App.page(state, env)
    }

    /// The first frame at the backend's size, then `.started` (snapshot, search index).
    public mutating func start() {
        send(.resize(backend.size))
        drawIfChanged()
        send(.started)
    }

    /// Until an effect says quit.
    public mutating func run() {
        if frame == nil { start() }
        while !hasQuit { step() }
    }

    /// One round: wait for input, tick the clock, apply everything that has arrived,
    /// draw once.
    public mutating func step() {
        var input = backend.next(timeout: tickSeconds)
        send(.tick(clock.now()))
        var applied = 0
        while input != .timeout && !hasQuit {
            if let event = event(for: input) { send(event) }
            applied += 1
            input = applied < batchLimit && !hasQuit ? backend.next(timeout: 0) : .timeout
        }
        if !hasQuit { drawIfChanged() }
    }

    /// One event through the reducer, and its effects run.
    public mutating func send(_ event: Event) {
        let (next, produced) = reducer.update(state, event, env, page: page)
        state = next
        run(produced)
        page = App.page(state, env, reusing: page)
    }

    mutating func run(_ produced: [Effect]) {
        for effect in produced {
            if effect == .quit { hasQuit = true; continue }
            switch effects.run(effect) {
            case .done: break
            case .setSearch(let search):
                env.search = search
                environmentChanged = true
                page = App.page(state, env)
            case .replaceContent(let content, let search):
                env.content = content
                env.search = search
                environmentChanged = true
                page = App.page(state, env)
                send(.contentReplaced)
                page = App.page(state, env)
            }
        }
    }

    /// A click is looked up in the frame of the state it was made on.
    mutating func event(for input: Input) -> Event? {
        switch input {
        case .timeout: return nil
        case .key(let key): return .key(key)
        case .click(let column, let row):
            // A click outside every button still says "someone is here" (the kiosk countdown).
            let current = state == drawnState && !environmentChanged ? frame : nil
            let onScreen = current ?? App.view(state, page, env)
            return .action(onScreen.action(atColumn: column, row: row) ?? .wake)
        case .wheel(let lines): return .action(.scroll(lines))
        case .resize(let size): return .resize(size)
        case .signal(let signal): return .signal(signal)
        case .hangup: return .hangup
        }
    }

    mutating func drawIfChanged() {
        if state == drawnState && !environmentChanged { return }
        let next = App.view(state, page, env)
        drawnState = state
        environmentChanged = false
        guard next != frame else { return }
        backend.draw(next)
        frame = next
    }
}
