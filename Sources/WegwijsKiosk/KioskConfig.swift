import FoundationEssentials
import WegwijsApp
import WegwijsContent

/// How the town-hall kiosk behaves, from a file outside the content (default
/// /etc/wegwijs/kiosk.yaml), so that whoever edits the content cannot change the way
/// out, and the way out is not in the public repository:
///
///     idle-seconds: 90            # no input this long: countdown, then back to the start
///     countdown-seconds: 15       # how long the countdown shows
///     admin-sequence: [F12, F12, w, e, g, w, i, j, s]   # keys that end the kiosk
///     content-poll-seconds: 5     # how often Content/ and Translations/ are checked
///     log-file: /var/log/wegwijs/kiosk.log   # optional; default: the system journal
///     printer: townhall-lobby     # optional CUPS destination for handouts; default: no printing
///     usage-counts: false         # anonymous per-day counts (README, "Usage counts"); off by default
///     usage-file: /var/lib/wegwijs/usage.sqlite   # where they go
///     metrics-file: /var/lib/node_exporter/textfile/wegwijs.prom   # optional: fleet health
public struct KioskConfig: Equatable, Sendable {
    public var idleSeconds: Int = 90
    public var countdownSeconds: Int = 15
    public var adminSequence: [Key] = []
    public var contentPollSeconds: Int = 5
    public var logFile: String?
    /// The CUPS destination handouts are printed on (`lpstat -p` names them); nil: the
    /// kiosk does not print.
    public var printer: String?
    public var usageCounts = false
    public var usageFile = "/var/lib/wegwijs/usage.sqlite"
    public var metricsFile: String?

    public init() {}

    public static let defaultPath = "/etc/wegwijs/kiosk.yaml"

    /// Parses the file's text; every problem names the file and line.
    public static func parse(_ text: String, file: String) -> (config: KioskConfig, errors: [Diagnostic]) {
        var config = KioskConfig()
        var errors: [Diagnostic] = []
        let root: YAMLNode?
        do {
            root = try YAMLNode.parse(text)
        } catch {
            return (config, [Diagnostic(file: file, line: error.line, "invalid YAML: \(error.problem)")])
        }
        guard let mapping = root?.mapping else {
            return (config, [Diagnostic(file: file, line: 1, "expected 'setting: value' lines")])
        }
        func line(_ node: YAMLNode) -> Int { node.mark?.line ?? 1 }
        func seconds(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) -> Int? {
            guard let value = node.string.flatMap({ Int($0) }), range.contains(value) else {
                errors.append(Diagnostic(file: file, line: line(node), "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
                return nil
            }
            return value
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "idle-seconds": config.idleSeconds = seconds(value, key, in: 2...86_400) ?? config.idleSeconds
            case "countdown-seconds": config.countdownSeconds = seconds(value, key, in: 1...300) ?? config.countdownSeconds
            case "content-poll-seconds": config.contentPollSeconds = seconds(value, key, in: 1...3_600) ?? config.contentPollSeconds
            case "log-file": config.logFile = value.string
            case "printer":
                // CUPS destination names: printable, no spaces, '/' or '#' (lpadmin refuses those).
                let name = value.string ?? ""
                if name.isEmpty || name.count > 127 || name.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "#" || !$0.isASCII }) {
                    errors.append(Diagnostic(file: file, line: line(value), "printer must be a CUPS printer name (see lpstat -p), without spaces, '/' or '#'"))
                } else {
                    config.printer = name
                }
            case "usage-counts":
                switch value.string {
                case "true": config.usageCounts = true
                case "false": config.usageCounts = false
                default: errors.append(Diagnostic(file: file, line: line(value), "usage-counts must be true or false"))
                }
            case "usage-file": config.usageFile = value.string ?? config.usageFile
            case "metrics-file":
                if let path = value.string, path.hasSuffix(".prom") { config.metricsFile = path } else {
                    errors.append(Diagnostic(file: file, line: line(value), "metrics-file must end in .prom (node_exporter's textfile collector reads only those)"))
                }
            case "admin-sequence":
                let names = value.sequence.map { $0.compactMap(\.string) } ?? []
                let keys = names.compactMap(KeyName.key)
                if keys.count != names.count || keys.count < 4 {
                    errors.append(Diagnostic(file: file, line: line(value),
                        "admin-sequence must list at least 4 keys, each a letter, a digit or one of \(KeyName.namedKeys.keys.sorted().joined(separator: ", "))"))
                } else {
                    config.adminSequence = keys
                }
            default:
                errors.append(Diagnostic(file: file, line: line(keyNode), "unknown setting '\(key)'"))
            }
        }
        if config.countdownSeconds >= config.idleSeconds {
            errors.append(Diagnostic(file: file, line: 1, "countdown-seconds must be shorter than idle-seconds"))
        }
        return (config, errors)
    }
}

/// Names for keys in the configuration file.
public enum KeyName {
    static let namedKeys: [String: Key] = {
        var keys: [String: Key] = ["Enter": .enter, "Escape": .escape, "Tab": .tab, "Backspace": .backspace,
                                   "Up": .up, "Down": .down, "Left": .left, "Right": .right,
                                   "Home": .home, "End": .end, "PageUp": .pageUp, "PageDown": .pageDown]
        for n in 1...12 { keys["F\(n)"] = .function(n) }
        return keys
    }()

    public static func key(_ name: String) -> Key? {
        if let key = namedKeys[name] { return key }
        if name.count == 1, let character = name.first, !character.isWhitespace { return .character(character) }
        return nil
    }
}
