import CSignals
import WegwijsApp
import WegwijsContent
import WegwijsSearch
#if canImport(Glibc)
import Glibc
#endif

/// The main loop: terminal input -> event -> update -> view -> draw, until the person
/// quits or a signal ends the program. The terminal is restored on every way out.
public enum TerminalSession {
    /// What the kiosk adds to the loop. Closures, so this module stays free of the
    /// kiosk's configuration and logging.
    public struct Kiosk {
        /// Fed every key; true ends the kiosk (the administrator's sequence).
        public var isAdminExit: (Key) -> Bool
        /// New valid content, if the files changed (or always, when forced by SIGHUP).
        public var reload: (_ force: Bool) -> (ContentStore, SearchIndex?)?
        public var pollSeconds: Double
        public var log: (String) -> Void

        public init(isAdminExit: @escaping (Key) -> Bool, reload: @escaping (Bool) -> (ContentStore, SearchIndex?)?,
                    pollSeconds: Double, log: @escaping (String) -> Void) {
            self.isAdminExit = isAdminExit
            self.reload = reload
            self.pollSeconds = pollSeconds
            self.log = log
        }
    }

    /// For `make bench` only: end after the first frame, or after drawing every screen.
    public enum BenchmarkExit: String, Sendable { case firstFrame = "first-frame", everyScreen = "every-screen" }

    /// - Parameter makeSearch: builds the search index from `content`. Called once,
    ///   right after the first frame is drawn: the first screen never waits for it, and
    ///   it is ready before the first key is read.
    /// - Parameter afterFirstFrame: other work that can wait until the person sees
    ///   something (writing the content snapshot).
    public static func run(content initialContent: ContentStore, makeSearch: () -> SearchIndex?, state initial: State, config: AppConfig,
                           useColor: Bool, benchmarkExit: BenchmarkExit? = nil, kiosk: Kiosk? = nil,
                           afterFirstFrame: () -> Void = {}) {
        let terminal = Terminal(useColor: useColor, appDoesBidi: config.bidiMode == .app, raw: kiosk != nil)
        defer { terminal.close() }
        ww_catch_signals()
        // At the kiosk Ctrl-C, Ctrl-\ and Ctrl-Z do nothing: raw mode turns them into
        // plain characters, and the signals themselves are ignored if sent from elsewhere.
        if kiosk != nil { ww_ignore_interactive_signals() }
        var content = initialContent
        let clock = ContinuousClock()
        let started = clock.now
        func seconds() -> Double {
            let (whole, fraction) = (clock.now - started).components
            return Double(whole) + Double(fraction) / 1e18 + 1 // never 0: 0 means "no tick yet"
        }
        var state = App.update(initial, .resize(terminal.size), content: content, config: config)
        var frame = App.view(state, content: content, config: config)
        terminal.draw(frame)
        afterFirstFrame()
        switch benchmarkExit {
        case .firstFrame: return
        case .everyScreen:
            // With the search index, so the memory figure includes it.
            let search = makeSearch()
            drawEveryScreen(terminal, content: content, search: search, config: config, size: state.size)
            return
        case nil: break
        }
        var search = makeSearch()
        var lastPoll = seconds()
        while !state.shouldQuit {
            var changed = false
            var input = terminal.next(timeoutMilliseconds: 250)
            if input == .hangup {
                // The window or terminal is gone: nobody can see or use this any more.
                kiosk?.log("terminal closed")
                return
            }
            if let kiosk {
                let now = seconds()
                var newContent: (ContentStore, SearchIndex?)?
                if case .signal(let signal) = input, signal == SIGHUP {
                    // SIGHUP also comes when the terminal hangs up: then end, else reload.
                    if Terminal.inputIsGone() {
                        kiosk.log("terminal closed")
                        return
                    }
                    newContent = kiosk.reload(true)
                    input = .timeout
                } else if now - lastPoll >= kiosk.pollSeconds {
                    lastPoll = now
                    newContent = kiosk.reload(false)
                }
                if let (store, index) = newContent {
                    content = store
                    search = index
                    state = App.reconcile(state, with: content)
                    changed = true
                }
                // The clock: the idle countdown and the reset.
                let ticked = App.update(state, .tick(now), content: content, search: search, config: config)
                if ticked.stack == [.language] && state.stack != [.language] && ticked.lastInputAt != state.lastInputAt {
                    kiosk.log("idle reset")
                }
                if App.countdown(ticked, config: config) != App.countdown(state, config: config) || ticked.stack != state.stack {
                    changed = true
                }
                state = ticked
                if case .key(let key) = input, kiosk.isAdminExit(key) {
                    kiosk.log("ended by the administrator's key sequence")
                    return
                }
            }
            // Everything that has already arrived (a paste, keys typed faster than a frame
            // is drawn) is applied before the next frame: one draw for all of it, or for
            // each few hundred when input keeps coming. A click is looked up in the frame
            // of the state it was made on.
            var applied = 0
            while input != .timeout {
                if case .signal(let signal) = input { // SIGINT, SIGTERM, SIGHUP, SIGQUIT: `defer` restores the terminal.
                    kiosk?.log("stopped by signal \(signal)")
                    return
                }
                if case .click = input, changed { frame = App.view(state, content: content, search: search, config: config) }
                if let event = event(for: input, frame: frame) {
                    let next = App.update(state, event, content: content, search: search, config: config)
                    if next != state || !isKey(event) {
                        state = next
                        changed = true
                    }
                }
                if state.shouldQuit { return }
                applied += 1
                input = applied < 256 ? terminal.next(timeoutMilliseconds: 0) : .timeout
                if let kiosk, case .key(let key) = input, kiosk.isAdminExit(key) {
                    kiosk.log("ended by the administrator's key sequence")
                    return
                }
            }
            guard changed else { continue }
            frame = App.view(state, content: content, search: search, config: config)
            terminal.draw(frame)
        }
    }

    static func event(for input: TerminalInput, frame: Frame) -> Event? {
        switch input {
        case .timeout, .signal, .hangup: return nil
        case .key(let key): return .key(key)
        // A click outside every button still says "someone is here" (the kiosk countdown).
        case .click(let column, let row): return .action(frame.action(atColumn: column, row: row) ?? .wake)
        case .wheel(let lines): return .action(.scroll(lines))
        case .resize(let size): return .resize(size)
        }
    }

    static func isKey(_ event: Event) -> Bool {
        if case .key = event { return true }
        return false
    }

    /// Every screen of every language and target group, for the memory figure.
    static func drawEveryScreen(_ terminal: Terminal, content: ContentStore, search: SearchIndex?, config: AppConfig, size: Size) {
        for language in content.languages {
            for audience in content.audiences {
                var state = App.start(language: language.code, audience: audience.id, size: size, content: content)
                terminal.draw(App.view(state, content: content, config: config))
                var searching = App.update(state, .action(.search), content: content, search: search, config: config)
                for character in "huisarts" {
                    searching = App.update(searching, .key(.character(character)), content: content, search: search, config: config)
                    terminal.draw(App.view(searching, content: content, search: search, config: config))
                }
                for category in content.categories(for: audience.id) {
                    state.stack = [.language, .audience, .categories, .topics(category: category.id)]
                    terminal.draw(App.view(state, content: content, config: config))
                    for topic in content.topics(in: category.id, for: audience.id) {
                        state.stack.append(.topic(id: topic.id))
                        terminal.draw(App.view(state, content: content, config: config))
                        state.stack.removeLast()
                    }
                }
            }
        }
    }
}
