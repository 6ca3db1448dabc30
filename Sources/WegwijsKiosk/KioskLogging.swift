import FoundationEssentials
import Logging
import WegwijsText
#if canImport(Glibc)
import Glibc
#endif

/// Structured logs of the kiosk (swift-log): to a file when the configuration names
/// one, otherwise to the system journal through syslog. Never to the screen, and
/// never what a visitor typed or read: only events such as "content reloaded",
/// "update refused" with its reasons, "idle reset", "stopped by signal".
public enum KioskLogging {
    public static func bootstrap(logFile: String?) {
        let sink: LineLogHandler.Sink
        // O_APPEND: each line lands whole at the end, also with logrotate's copytruncate.
        if let logFile, case let descriptor = open(logFile, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640), descriptor >= 0 {
            sink = .file(descriptor)
        } else {
            openlog("wegwijs", LOG_PID, LOG_USER)
            sink = .syslog
        }
        LoggingSystem.bootstrap { label in LineLogHandler(label: label, sink: sink) }
    }

}

/// One line per event: `2026-11-29T08:00:00Z info wegwijs.kiosk: content reloaded topics=16`.
struct LineLogHandler: LogHandler {
    enum Sink: Sendable {
        case file(Int32)
        case syslog
    }

    let label: String
    let sink: Sink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: " ")
        // Escaped: a msgctxt with a line break or an escape sequence in a refusal
        // message must not forge a log line or reach a terminal (audit D11).
        let text = ControlCharacters.escapedForLog("\(event.level) \(label): \(event.message)" + (fields.isEmpty ? "" : " " + fields))
        switch sink {
        case .file(let descriptor):
            let line = Array("\(Date().formatted(.iso8601)) \(text)\n".utf8)
            _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        case .syslog:
            let priority: Int32 = event.level >= .error ? LOG_ERR : (event.level >= .warning ? LOG_WARNING : LOG_INFO)
            // A C string: String's CVarArg conformance is Foundation's, not linked here.
            text.withCString { message in withVaList([message]) { vsyslog(priority, "%s", $0) } }
        }
    }
}
