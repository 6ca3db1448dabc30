import CSignals
import WegwijsApp
import WegwijsContent
#if canImport(Glibc)
import Glibc
#endif

/// The main loop: terminal input -> event -> update -> view -> draw, until the person
/// quits or a signal ends the program. The terminal is restored on every way out.
public enum TerminalSession {
    public static func run(content: ContentStore, state initial: State, config: AppConfig, useColor: Bool) {
        let terminal = Terminal(useColor: useColor)
        defer { terminal.close() }
        ww_catch_signals()
        var state = App.update(initial, .resize(terminal.size), content: content, config: config)
        var frame = App.view(state, content: content, config: config)
        terminal.draw(frame)
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
}
