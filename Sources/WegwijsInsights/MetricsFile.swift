#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a kiosk tells Prometheus about its health, through node_exporter's textfile
/// collector: no server in Wegwijs. Times are Unix seconds (base units).
public struct KioskHealth: Equatable, Sendable {
    public var up = true
    /// The content release on screen: its git commit and the commit's time.
    public var contentCommit: String?
    public var contentCommitTimestamp: Int?
    /// New content refused because it had errors (the old content stayed on screen).
    public var contentErrorsRefused = 0
    public var lastReloadTimestamp: Int?
    /// Frames the loop has drawn: the heartbeat.
    public var framesDrawn = 0
    /// Topic pages shown since start; `increase(...[1d])` gives views per day.
    public var topicViews = 0

    public init() {}
}

/// Writes `KioskHealth` in the Prometheus text exposition format, atomically: a temp
/// file in the same folder (not ending in .prom, so the collector never reads it half
/// written), then rename over the target.
public enum MetricsFile {
    public static func render(_ health: KioskHealth, now: Int) -> String {
        var out = ""
        func metric(_ name: String, _ type: String, _ help: String, _ value: String, labels: String = "") {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name)\(labels) \(value)\n"
        }
        metric("wegwijs_up", "gauge", "1 while the Wegwijs kiosk runs, 0 after a clean stop.", health.up ? "1" : "0")
        if let commit = health.contentCommit {
            metric("wegwijs_content_release_info", "gauge", "The content release (git commit) on screen.", "1",
                   labels: "{commit=\"\(escapeLabel(commit))\"}")
        }
        if let stamp = health.contentCommitTimestamp {
            metric("wegwijs_content_release_timestamp_seconds", "gauge", "Commit time of the content on screen.", String(stamp))
            metric("wegwijs_content_release_age_seconds", "gauge", "Age of the content on screen when this file was written.",
                   String(max(0, now - stamp)))
        }
        metric("wegwijs_content_errors_refused_total", "counter", "New content refused because it had errors.",
               String(health.contentErrorsRefused))
        if let reload = health.lastReloadTimestamp {
            metric("wegwijs_content_last_reload_timestamp_seconds", "gauge", "When new content was last swapped in.", String(reload))
        }
        metric("wegwijs_frames_drawn_total", "counter", "Frames drawn by the program loop (heartbeat).", String(health.framesDrawn))
        metric("wegwijs_topic_views_total", "counter", "Topic pages shown since start.", String(health.topicViews))
        metric("wegwijs_metrics_written_timestamp_seconds", "gauge", "When this file was written.", String(now))
        return out
    }

    static func escapeLabel(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    public static func write(_ health: KioskHealth, to path: String, now: Int) throws {
        let text = render(health, now: now)
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw UsageStoreError(description: "\(temporary): cannot create (errno \(errno))") }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                close(descriptor); unlink(temporary)
                throw UsageStoreError(description: "\(temporary): write failed (errno \(errno))")
            }
            written += result
        }
        bytes.removeAll()
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw UsageStoreError(description: "\(path): rename failed (errno \(errno))")
        }
    }
}
