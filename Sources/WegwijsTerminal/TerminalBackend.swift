import WegwijsApp
import WegwijsProgram
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses terminal as the program loop's backend.
public struct TerminalBackend: Backend {
    public let terminal: Terminal

    public init(_ terminal: Terminal) { self.terminal = terminal }

    public var size: Size { terminal.size }

    public func draw(_ frame: Frame) { terminal.draw(frame) }

    public func next(timeout: Double) -> Input {
        switch terminal.next(timeoutMilliseconds: Int32(max(0, timeout * 1000))) {
        case .key(let key): return .key(key)
        case .click(let column, let row): return .click(column: column, row: row)
        case .wheel(let lines): return .wheel(lines)
        case .resize(let size): return .resize(size)
        case .timeout: return .timeout
        case .hangup: return .hangup
        case .signal(let signal):
            // SIGHUP also comes when the terminal hangs up: then it is gone, else a
            // signal someone sent (the kiosk reloads on it).
            if signal == SIGHUP && Terminal.inputIsGone() { return .hangup }
            return .signal(signal)
        }
    }
}
