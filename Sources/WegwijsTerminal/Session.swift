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
    /// For `make bench` only: end after the first frame, or after drawing every screen.
    public enum BenchmarkExit: String, Sendable { case firstFrame = "first-frame", everyScreen = "every-screen" }

    /// - Parameter makeSearch: builds the search index from `content`. Called once,
    ///   right after the first frame is drawn: the first screen never waits for it, and
    ///   it is ready before the first key is read.
    public static func run(content: ContentStore, makeSearch: () -> SearchIndex?, state initial: State, config: AppConfig,
                           useColor: Bool, benchmarkExit: BenchmarkExit? = nil) {
        let terminal = Terminal(useColor: useColor, appDoesBidi: config.bidiMode == .app)
        defer { terminal.close() }
        ww_catch_signals()
        var state = App.update(initial, .resize(terminal.size), content: content, config: config)
        var frame = App.view(state, content: content, config: config)
        terminal.draw(frame)
        switch benchmarkExit {
        case .firstFrame: return
        case .everyScreen:
            // With the search index, so the memory figure includes it.
            let search = makeSearch()
            drawEveryScreen(terminal, content: content, search: search, config: config, size: state.size)
            return
        case nil: break
        }
        let search = makeSearch()
        while !state.shouldQuit {
            var changed = false
            var input = terminal.next(timeoutMilliseconds: 250)
            // Everything that has already arrived (a paste, keys typed faster than a frame
            // is drawn) is applied before the next frame: one draw for all of it, or for
            // each few hundred when input keeps coming. A click is looked up in the frame
            // of the state it was made on.
            var applied = 0
            while input != .timeout {
                if case .signal = input { return } // SIGINT, SIGTERM, SIGHUP, SIGQUIT: `defer` restores the terminal.
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
            }
            guard changed else { continue }
            frame = App.view(state, content: content, search: search, config: config)
            terminal.draw(frame)
        }
    }

    static func event(for input: TerminalInput, frame: Frame) -> Event? {
        switch input {
        case .timeout, .signal: return nil
        case .key(let key): return .key(key)
        case .click(let column, let row): return frame.action(atColumn: column, row: row).map { .action($0) }
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
