import CSignals
import WegwijsApp
import WegwijsContent
import WegwijsProgram
#if canImport(Glibc)
import Glibc
#endif

/// The terminal interface: opens the terminal, runs the program loop on it, and
/// restores the terminal on every way out.
public enum TerminalSession {
    /// For `make bench` only: end after the first frame, or after drawing every screen.
    public enum BenchmarkExit: String, Sendable { case firstFrame = "first-frame", everyScreen = "every-screen" }

    /// - Parameter reducer: the app's (`AppReducer`) or the kiosk's.
    /// - Parameter effects: writes the snapshot, builds the search index (right after
    ///   the first frame: the first screen never waits for it), reloads, logs.
    /// - Parameter kiosk: raw mode, and Ctrl-C, Ctrl-\ and Ctrl-Z do nothing.
    public static func run<R: Reducer, E: EffectRunner>(state: State, env: Environment, reducer: R, effects: E,
                                                        useColor: Bool, kiosk: Bool = false,
                                                        benchmarkExit: BenchmarkExit? = nil) {
        let terminal = Terminal(useColor: useColor, appDoesBidi: env.config.bidiMode == .app, raw: kiosk)
        defer { terminal.close() }
        ww_catch_signals()
        // At the kiosk Ctrl-C, Ctrl-\ and Ctrl-Z do nothing: raw mode turns them into
        // plain characters, and the signals themselves are ignored if sent from elsewhere.
        if kiosk { ww_ignore_interactive_signals() }
        switch benchmarkExit {
        case .firstFrame:
            // The first frame and the snapshot, without the search index.
            var program = Program(state: state, env: env, backend: TerminalBackend(terminal), clock: MonotonicClock(),
                                  reducer: reducer, effects: WithoutSearch(wrapped: effects))
            program.start()
        case .everyScreen:
            var program = Program(state: state, env: env, backend: TerminalBackend(terminal), clock: MonotonicClock(),
                                  reducer: reducer, effects: effects)
            program.start()
            drawEveryScreen(terminal, env: program.env, size: program.state.size)
        case nil:
            var program = Program(state: state, env: env, backend: TerminalBackend(terminal), clock: MonotonicClock(),
                                  reducer: reducer, effects: effects)
            program.run()
        }
    }

    /// The effects of the first frame without building the search index.
    struct WithoutSearch<E: EffectRunner>: EffectRunner {
        var wrapped: E
        mutating func run(_ effect: Effect) -> EffectOutcome {
            effect == .buildSearchIndex ? .done : wrapped.run(effect)
        }
    }

    /// Every screen of every language and target group, for the memory figure.
    static func drawEveryScreen(_ terminal: Terminal, env: Environment, size: Size) {
        let content = env.content, search = env.search, config = env.config
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
