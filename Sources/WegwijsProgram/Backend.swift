import WegwijsApp

/// What a backend reports: a key, a click, a resize, a signal, or nothing in time.
public enum Input: Equatable, Sendable {
    case key(Key)
    case click(column: Int, row: Int)
    case wheel(Int)
    case resize(Size)
    /// SIGTERM, SIGINT, SIGHUP, SIGQUIT, by number.
    case signal(Int32)
    /// The terminal is gone (its window closed, the pty's other end hung up).
    case hangup
    case timeout
}

/// Where frames go and input comes from: the ncurses terminal (WegwijsTerminal) or
/// `TestBackend`. The program loop knows nothing else about the screen.
public protocol Backend {
    var size: Size { get }
    mutating func draw(_ frame: Frame)
    /// The next input, waiting at most `timeout` seconds (0: only what has arrived).
    mutating func next(timeout: Double) -> Input
}

/// Seconds from any fixed point, never 0 (0 means "no tick yet" to the app).
public protocol ProgramClock {
    func now() -> Double
}

/// The real clock.
public struct MonotonicClock: ProgramClock {
    private let started = ContinuousClock.now

    public init() {}

    public func now() -> Double {
        let (whole, fraction) = (ContinuousClock.now - started).components
        return Double(whole) + Double(fraction) / 1e18 + 1
    }
}
