/// What `update` asks the program to do besides changing the state: values, so a test
/// sees them and the program loop (WegwijsProgram) runs them. Nothing here touches a
/// file, a clock or the terminal.
public enum Effect: Equatable, Sendable {
    /// End the program (q, F10, a signal, the administrator's sequence).
    case quit
    /// Look for new content; `force` loads it even when the files seem unchanged
    /// (SIGHUP). New content comes back as `Event.contentReplaced`.
    case reloadContent(force: Bool)
    /// Save the validated content as the start-up snapshot.
    case writeSnapshot
    /// Build the search index from the current content.
    case buildSearchIndex
    /// One line in the kiosk's log. Never what a visitor typed or read.
    case log(LogEvent)
    /// One anonymous usage count (issue 15); only when the kiosk's `usage-counts` is on.
    case count(UsageCount)
    // Room for `.speak(...)` (read aloud): add a case here, emit it from update, run it
    // in the program's effect runner.
}

/// The kiosk's log lines, as values.
public enum LogEvent: Equatable, Sendable, CustomStringConvertible {
    case idleReset
    case terminalClosed
    case adminExit
    case stoppedBySignal(Int32)

    public var description: String {
        switch self {
        case .idleReset: return "idle reset"
        case .terminalClosed: return "terminal closed"
        case .adminExit: return "ended by the administrator's key sequence"
        case .stoppedBySignal(let signal): return "stopped by signal \(signal)"
        }
    }
}
