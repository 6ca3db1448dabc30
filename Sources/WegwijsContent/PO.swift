import Foundation

/// GNU gettext PO files: a parser that keeps what translators' tools show (fuzzy flag,
/// previous msgid, references) with line numbers, and a writer for the POT template.
///
/// Written here rather than taken from a library: no maintained Swift PO library
/// exists, and libgettextpo reports errors through a process-global callback that
/// would make "name the file and line, never crash" hard. GNU gettext's own tools
/// stay the reference: msgmerge does the merging and `msgfmt --check` runs in the
/// tests on every shipped file.
public struct POEntry: Equatable, Sendable {
    public var translatorComments: [String] = []
    public var extractedComments: [String] = []
    public var references: [String] = []
    public var flags: [String] = []
    public var previousContext: String?
    public var previousID: String?
    public var context: String?
    public var id: String = ""
    public var idPlural: String?
    public var strings: [String] = []
    public var obsolete = false
    /// Line of the entry's first line in the file.
    public var line: Int = 0

    public init() {}

    public init(context: String?, id: String, string: String = "", flags: [String] = [],
                references: [String] = [], extractedComments: [String] = []) {
        self.context = context
        self.id = id
        self.strings = [string]
        self.flags = flags
        self.references = references
        self.extractedComments = extractedComments
    }

    public var isFuzzy: Bool { flags.contains("fuzzy") }
    public var isHeader: Bool { id.isEmpty && context == nil }
    public var string: String { strings.first ?? "" }
    public var isTranslated: Bool { strings.contains { !$0.isEmpty } }

    /// msgctxt and msgid together identify an entry, as in gettext.
    public var key: String { POEntry.key(context: context, id: id) }

    public static func key(context: String?, id: String) -> String {
        guard let context else { return id }
        return context + "\u{4}" + id
    }
}

public struct POFile: Equatable, Sendable {
    public var header: POEntry?
    public var entries: [POEntry]

    public init(header: POEntry? = nil, entries: [POEntry] = []) {
        self.header = header
        self.entries = entries
    }
}

public struct POParseError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String
}

public enum POParser {
    /// Parses a whole PO file. Syntax errors are collected, each with its line; the
    /// entries that could be read are still returned.
    public static func parse(_ text: String) -> (file: POFile, errors: [POParseError]) {
        var parser = Parser(lines: splitLines(text))
        parser.run()
        return (POFile(header: parser.header, entries: parser.entries), parser.errors)
    }

    static func splitLines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
    }

    private struct Parser {
        let lines: [Substring]
        var entries: [POEntry] = []
        var header: POEntry?
        var errors: [POParseError] = []
        var seenKeys: [String: Int] = [:]

        var current = POEntry()
        var hasContent = false
        /// Which field the next continuation string belongs to.
        enum Field { case none, context, id, idPlural, string(Int), previousContext, previousID }
        var field: Field = .none

        init(lines: [Substring]) { self.lines = lines }

        mutating func run() {
            for (index, raw) in lines.enumerated() {
                let lineNumber = index + 1
                let line = raw.trimmingSpaces
                if line.isEmpty { finish(); continue }
                var body = Substring(line)
                var isObsolete = false
                if body.hasPrefix("#~") {
                    isObsolete = true
                    body = body.dropFirst(2).drop { $0 == " " }
                    if body.hasPrefix("|") { // obsolete previous msgid: a comment only
                        continue
                    }
                }
                if body.hasPrefix("#") && !isObsolete {
                    handleComment(body, lineNumber)
                    continue
                }
                if isObsolete { current.obsolete = true }
                handleKeyword(body, lineNumber)
            }
            finish()
        }

        mutating func startIfNeeded(_ lineNumber: Int) {
            if !hasContent {
                current.line = lineNumber
                hasContent = true
            }
        }

        mutating func handleComment(_ body: Substring, _ lineNumber: Int) {
            // A comment after msgstr starts a new entry.
            if case .string = field { finish() }
            startIfNeeded(lineNumber)
            let marker = body.dropFirst().first
            let rest = { (n: Int) in String(body.dropFirst(n)).trimmingSpaces }
            switch marker {
            case ",":
                current.flags += rest(2).split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            case ":":
                current.references += rest(2).split(separator: " ").map(String.init)
            case ".":
                current.extractedComments.append(rest(2))
            case "|":
                let previous = Substring(rest(2))
                if previous.hasPrefix("msgctxt") {
                    current.previousContext = parseQuoted(previous.dropFirst(7), lineNumber) ?? ""
                    field = .previousContext
                } else if previous.hasPrefix("msgid_plural") {
                    field = .none
                } else if previous.hasPrefix("msgid") {
                    current.previousID = parseQuoted(previous.dropFirst(5), lineNumber) ?? ""
                    field = .previousID
                } else if previous.hasPrefix("\"") {
                    let piece = parseQuoted(previous, lineNumber) ?? ""
                    switch field {
                    case .previousContext: current.previousContext! += piece
                    case .previousID: current.previousID! += piece
                    default: break
                    }
                }
            default:
                current.translatorComments.append(rest(1))
            }
        }

        mutating func handleKeyword(_ body: Substring, _ lineNumber: Int) {
            if body.hasPrefix("\"") {
                guard let piece = parseQuoted(body, lineNumber) else { return }
                switch field {
                case .context: current.context! += piece
                case .id: current.id += piece
                case .idPlural: current.idPlural! += piece
                case .string(let n): current.strings[n] += piece
                default: error(lineNumber, "a string continues nothing: it must follow msgctxt, msgid or msgstr")
                }
                return
            }
            if body.hasPrefix("msgctxt") {
                if case .string = field { finish() }
                startIfNeeded(lineNumber)
                if current.context != nil { error(lineNumber, "second msgctxt in one entry") }
                current.context = parseQuoted(body.dropFirst(7), lineNumber) ?? ""
                field = .context
            } else if body.hasPrefix("msgid_plural") {
                current.idPlural = parseQuoted(body.dropFirst(12), lineNumber) ?? ""
                field = .idPlural
            } else if body.hasPrefix("msgid") {
                if case .string = field { finish() }
                startIfNeeded(lineNumber)
                if case .id = field { error(lineNumber, "second msgid in one entry") }
                current.id = parseQuoted(body.dropFirst(5), lineNumber) ?? ""
                field = .id
                current.strings = []
                hasMsgid = true
            } else if body.hasPrefix("msgstr[") {
                guard hasMsgid else { error(lineNumber, "msgstr without msgid"); return }
                let afterBracket = body.dropFirst(7)
                guard let close = afterBracket.firstIndex(of: "]"), let n = Int(afterBracket[..<close]), n >= 0, n < 10 else {
                    error(lineNumber, "malformed msgstr[n]")
                    return
                }
                while current.strings.count <= n { current.strings.append("") }
                current.strings[n] = parseQuoted(afterBracket[afterBracket.index(after: close)...], lineNumber) ?? ""
                field = .string(n)
            } else if body.hasPrefix("msgstr") {
                guard hasMsgid else { error(lineNumber, "msgstr without msgid"); return }
                current.strings = [parseQuoted(body.dropFirst(6), lineNumber) ?? ""]
                field = .string(0)
            } else {
                let word = body.prefix { !$0.isWhitespace }
                error(lineNumber, "unknown keyword '\(word.prefix(40))': expected msgctxt, msgid or msgstr")
            }
        }

        var hasMsgid = false

        mutating func finish() {
            defer {
                current = POEntry()
                hasContent = false
                hasMsgid = false
                field = .none
            }
            guard hasContent else { return }
            guard hasMsgid else {
                // Comments alone (for example a file's opening comment) are allowed.
                if current.context != nil { error(current.line, "msgctxt without msgid") }
                return
            }
            if current.strings.isEmpty {
                error(current.line, "msgid without msgstr")
                return
            }
            if current.isHeader && !current.obsolete {
                if header != nil { error(current.line, "a second header entry (empty msgid)") }
                header = current
                return
            }
            if !current.obsolete {
                if let first = seenKeys[current.key] {
                    error(current.line, "duplicate entry: the same msgctxt and msgid as on line \(first)")
                    return
                }
                seenKeys[current.key] = current.line
            }
            entries.append(current)
        }

        mutating func error(_ line: Int, _ message: String) {
            errors.append(POParseError(line: line, message: message))
        }

        /// Reads `"..."` with C escapes; reports and returns nil on a malformed string.
        mutating func parseQuoted(_ text: Substring, _ lineNumber: Int) -> String? {
            let trimmed = Substring(text.trimmingSpaces)
            guard trimmed.first == "\"", trimmed.count >= 2, trimmed.last == "\"" else {
                error(lineNumber, "expected a string in double quotes")
                return nil
            }
            let inner = trimmed.dropFirst().dropLast()
            var result = ""
            var escaping = false
            for character in inner {
                if escaping {
                    switch character {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "\"": result.append("\"")
                    case "\\": result.append("\\")
                    case "a": result.append("\u{7}")
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "v": result.append("\u{B}")
                    default:
                        error(lineNumber, "unknown escape '\\\(character)' in string")
                        return nil
                    }
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else if character == "\"" {
                    error(lineNumber, "unescaped double quote inside a string")
                    return nil
                } else {
                    result.append(character)
                }
            }
            if escaping {
                error(lineNumber, "string ends with a lone backslash")
                return nil
            }
            return result
        }
    }
}

public enum POWriter {
    /// Serialises a PO or POT file in the layout gettext's tools use.
    public static func write(_ file: POFile) -> String {
        var out = ""
        if let header = file.header { out += write(entry: header) + "\n" }
        for entry in file.entries { out += write(entry: entry) + "\n" }
        return out
    }

    public static func write(entry: POEntry) -> String {
        var out = ""
        let prefix = entry.obsolete ? "#~ " : ""
        for c in entry.translatorComments { out += c.isEmpty ? "#\n" : "# \(c)\n" }
        for c in entry.extractedComments { out += "#. \(c)\n" }
        if !entry.references.isEmpty { out += "#: " + entry.references.joined(separator: " ") + "\n" }
        if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
        if let previousContext = entry.previousContext { out += "#| msgctxt " + quote(previousContext) + "\n" }
        if let previousID = entry.previousID { out += "#| msgid " + quote(previousID) + "\n" }
        if let context = entry.context { out += prefix + "msgctxt " + quote(context) + "\n" }
        out += prefix + "msgid " + quote(entry.id) + "\n"
        if let plural = entry.idPlural {
            out += prefix + "msgid_plural " + quote(plural) + "\n"
            for (n, s) in entry.strings.enumerated() { out += prefix + "msgstr[\(n)] " + quote(s) + "\n" }
        } else {
            out += prefix + "msgstr " + quote(entry.string) + "\n"
        }
        return out
    }

    /// A C string literal; multi-line texts are split after each "\n" as gettext does.
    static func quote(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        if text.contains("\n") && text.firstIndex(of: "\n") != text.index(before: text.endIndex) {
            let pieces = escaped.components(separatedBy: "\\n")
            var lines = ["\"\""]
            for (i, piece) in pieces.enumerated() {
                let isLast = i == pieces.count - 1
                if isLast && piece.isEmpty { break }
                lines.append("\"" + piece + (isLast ? "" : "\\n") + "\"")
            }
            return lines.joined(separator: "\n")
        }
        return "\"" + escaped + "\""
    }
}

