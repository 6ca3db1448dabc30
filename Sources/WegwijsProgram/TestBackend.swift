import WegwijsApp

/// A clock that moves only when told: `TestBackend`'s `.wait` moves it.
public final class FakeClock: ProgramClock {
    public var seconds: Double

    public init(seconds: Double = 1000) { self.seconds = seconds }

    public func now() -> Double { seconds }
}

/// A backend for tests: input from a script, frames kept as text, time from a
/// `FakeClock`. A kiosk's 90 idle seconds pass in microseconds.
public struct TestBackend: Backend {
    public enum Step: Equatable, Sendable {
        case input(Input)
        /// Nothing happens for this long: the clock moves on and the wait times out.
        case wait(Double)
    }

    public var size: Size
    public var script: [Step]
    public let clock: FakeClock
    /// Every frame drawn, in order.
    public private(set) var frames: [Frame] = []
    private var reachedEnd = false

    public init(size: Size = Size(columns: 80, rows: 24), clock: FakeClock = FakeClock(), script: [Step] = []) {
        self.size = size
        self.clock = clock
        self.script = script
    }

    /// The last frame drawn, one string per row.
    public var screen: [String] { frames.last?.lines ?? [] }
    public var screenText: String { screen.joined(separator: "\n") }

    public mutating func draw(_ frame: Frame) { frames.append(frame) }

    /// The script's next step. At its end nothing comes for a moment (so the program
    /// draws what the script led to), then the terminal hangs up and `run` ends.
    public mutating func next(timeout: Double) -> Input {
        guard let step = script.first else {
            if reachedEnd { return .hangup }
            reachedEnd = true
            return .timeout
        }
        switch step {
        case .input(let input):
            script.removeFirst()
            if case .resize(let newSize) = input { size = newSize }
            return input
        case .wait(let seconds):
            // Only a real wait lets time pass; asking for what has already arrived does not.
            guard timeout > 0 else { return .timeout }
            script.removeFirst()
            clock.seconds += seconds
            return .timeout
        }
    }

    /// Keys typed one after another, as script steps.
    public static func type(_ text: String) -> [Step] { text.map { .input(.key(.character($0))) } }
    public static func keys(_ keys: Key...) -> [Step] { keys.map { .input(.key($0)) } }
}
