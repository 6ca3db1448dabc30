import CSignals
import WegwijsApp
import WegwijsContent
#if canImport(Glibc)
import Glibc
#endif

/// The main loop: terminal input -> event -> update -> view -> draw, until the person
/// quits or a signal ends the program. The terminal is restored on every way out.
public enum TerminalSession {
    /// For `make bench` only: end after the first frame, or after drawing every screen.
    public enum BenchmarkExit: String, Sendable { case firstFrame = "first-frame", everyScreen = "every-screen" }

    public static func run(content: ContentStore, state initial: State, config: AppConfig, useColor: Bool,
                           benchmarkExit: BenchmarkExit? = nil) {
        let terminal = Terminal(useColor: useColor, appDoesBidi: config.bidiMode == .app)
        defer { terminal.close() }
        ww_catch_signals()
        var state = App.update(initial, .resize(terminal.size), content: content, config: config)
        var frame = App.view(state, content: content, config: config)
        terminal.draw(frame)
        switch benchmarkExit {
        case .firstFrame: return
        case .everyScreen:
            drawEveryScreen(terminal, content: content, config: config, size: state.size)
            return
        case nil: break
        }
        while !state.shouldQuit {
            let event: Event
            switch terminal.next(timeoutMilliseconds: 250) {
            case .timeout:
                continue
            case .signal:
                // SIGINT, SIGTERM, SIGHUP, SIGQUIT: leave cleanly; `defer` restores the terminal.
                return
            case .key(let key):
                event = .key(key)
            case .click(let column, let row):
                guard let action = frame.action(atColumn: column, row: row) else { continue }
                event = .action(action)
            case .wheel(let lines):
                event = .action(.scroll(lines))
            case .resize(let size):
                event = .resize(size)
            }
            let next = App.update(state, event, content: content, config: config)
            if next == state, case .key = event { continue }
            state = next
            frame = App.view(state, content: content, config: config)
            terminal.draw(frame)
        }
    }

    /// Every screen of every language and target group, for the memory figure.
    static func drawEveryScreen(_ terminal: Terminal, content: ContentStore, config: AppConfig, size: Size) {
        for language in content.languages {
            for audience in content.audiences {
                var state = App.start(language: language.code, audience: audience.id, size: size, content: content)
                terminal.draw(App.view(state, content: content, config: config))
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
