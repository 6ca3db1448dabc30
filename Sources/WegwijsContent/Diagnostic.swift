/// A problem found in the content, always tied to a file and a line so that the
/// person who edits the content can go straight to it.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, severity: Severity = .error, _ message: String) {
        self.file = file
        self.line = max(1, line)
        self.severity = severity
        self.message = message
    }

    /// `file:line: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        severity == .error ? "\(file):\(line): \(message)" : "\(file):\(line): warning: \(message)"
    }
}

/// Collects diagnostics while loading; loading never stops at the first problem.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    public mutating func error(_ file: String, _ line: Int, _ message: String) {
        entries.append(Diagnostic(file: file, line: line, severity: .error, message))
    }

    public mutating func warning(_ file: String, _ line: Int, _ message: String) {
        entries.append(Diagnostic(file: file, line: line, severity: .warning, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { entries += other }

    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }
}
