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
    /// - Parameter keepComments: false when only the translations matter (loading at
    ///   start-up): references and comments are then skipped, which saves a string
    ///   for nearly every line of a PO file.
    public static func parse(_ text: String, keepComments: Bool = true) -> (file: POFile, errors: [POParseError]) {
        var parser = Parser(lines: splitLines(text))
        parser.keepComments = keepComments
        parser.run()
        return (POFile(header: parser.header, entries: parser.entries), parser.errors)
    }

    /// Lines without their line ends, split on bytes: Character-level splitting
    /// (grapheme breaking) made loading the PO files the slowest part of start-up.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(trimmedBytes(text[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(trimmedBytes(text[start..<utf8.endIndex]))
        return lines
    }

    /// Drops ASCII spaces, tabs and carriage returns at both ends.
    static func trimmedBytes(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        var lower = utf8.startIndex, upper = utf8.endIndex
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while lower != upper, isSpace(utf8[lower]) { lower = utf8.index(after: lower) }
        while upper != lower, isSpace(utf8[utf8.index(before: upper)]) { upper = utf8.index(before: upper) }
        return line[lower..<upper]
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

        var keepComments = true

        init(lines: [Substring]) { self.lines = lines }

        mutating func run() {
            for (index, raw) in lines.enumerated() {
                let lineNumber = index + 1
                if raw.isEmpty { finish(); continue }
                var body = raw
                var isObsolete = false
                if body.utf8.starts(with: "#~".utf8) {
                    isObsolete = true
                    body = body.droppingBytes(2).drop { $0 == " " }
                    if body.utf8.starts(with: "|".utf8) { // obsolete previous msgid: a comment only
                        continue
                    }
                }
                if body.utf8.starts(with: "#".utf8) && !isObsolete {
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
            let marker = body.droppingBytes(1).first
            let rest = { (n: Int) in String(body.dropFirst(n)).trimmingSpaces }
            // Flags and previous msgids always count; the rest only when asked for.
            if !keepComments && marker != "," && marker != "|" { return }
            switch marker {
            case ",":
                current.flags += rest(2).utf8.split(separator: UInt8(ascii: ",")).map { Substring($0).trimmingSpaces }.filter { !$0.isEmpty }
            case ":":
                current.references += rest(2).utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
            case ".":
                current.extractedComments.append(rest(2))
            case "|":
                let previous = Substring(rest(2))
                if previous.utf8.starts(with: "msgctxt".utf8) {
                    current.previousContext = parseQuoted(previous.droppingBytes(7), lineNumber) ?? ""
                    field = .previousContext
                } else if previous.utf8.starts(with: "msgid_plural".utf8) {
                    field = .none
                } else if previous.utf8.starts(with: "msgid".utf8) {
                    current.previousID = parseQuoted(previous.droppingBytes(5), lineNumber) ?? ""
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
            if body.utf8.starts(with: "msgctxt".utf8) {
                if case .string = field { finish() }
                startIfNeeded(lineNumber)
                if current.context != nil { error(lineNumber, "second msgctxt in one entry") }
                current.context = parseQuoted(body.droppingBytes(7), lineNumber) ?? ""
                field = .context
            } else if body.utf8.starts(with: "msgid_plural".utf8) {
                current.idPlural = parseQuoted(body.droppingBytes(12), lineNumber) ?? ""
                field = .idPlural
            } else if body.utf8.starts(with: "msgid".utf8) {
                if case .string = field { finish() }
                startIfNeeded(lineNumber)
                if case .id = field { error(lineNumber, "second msgid in one entry") }
                current.id = parseQuoted(body.droppingBytes(5), lineNumber) ?? ""
                field = .id
                current.strings = []
                hasMsgid = true
            } else if body.utf8.starts(with: "msgstr[".utf8) {
                guard hasMsgid else { error(lineNumber, "msgstr without msgid"); return }
                let afterBracket = body.droppingBytes(7)
                guard let close = afterBracket.firstIndex(of: "]"), let n = Int(afterBracket[..<close]), n >= 0, n < 10 else {
                    error(lineNumber, "malformed msgstr[n]")
                    return
                }
                while current.strings.count <= n { current.strings.append("") }
                current.strings[n] = parseQuoted(afterBracket[afterBracket.index(after: close)...], lineNumber) ?? ""
                field = .string(n)
            } else if body.utf8.starts(with: "msgstr".utf8) {
                guard hasMsgid else { error(lineNumber, "msgstr without msgid"); return }
                current.strings = [parseQuoted(body.droppingBytes(6), lineNumber) ?? ""]
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
        /// Works on UTF-8 bytes: every byte of a multi-byte character is >= 0x80, so
        /// the ASCII quote and backslash can never be part of one.
        mutating func parseQuoted(_ text: Substring, _ lineNumber: Int) -> String? {
            let bytes = Array(POParser.trimmedBytes(text).utf8)
            guard bytes.count >= 2, bytes.first == 0x22, bytes.last == 0x22 else {
                error(lineNumber, "expected a string in double quotes")
                return nil
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 1
            let end = bytes.count - 1
            while index < end {
                let byte = bytes[index]
                if byte == 0x22 {
                    error(lineNumber, "unescaped double quote inside a string")
                    return nil
                }
                guard byte == 0x5C else {
                    result.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < end else {
                    error(lineNumber, "string ends with a lone backslash")
                    return nil
                }
                let escaped: UInt8
                switch bytes[index + 1] {
                case UInt8(ascii: "n"): escaped = 0x0A
                case UInt8(ascii: "t"): escaped = 0x09
                case UInt8(ascii: "r"): escaped = 0x0D
                case UInt8(ascii: "\""): escaped = 0x22
                case UInt8(ascii: "\\"): escaped = 0x5C
                case UInt8(ascii: "a"): escaped = 0x07
                case UInt8(ascii: "b"): escaped = 0x08
                case UInt8(ascii: "f"): escaped = 0x0C
                case UInt8(ascii: "v"): escaped = 0x0B
                default:
                    let shown = String(decoding: bytes[(index + 1)...].prefix(1), as: UTF8.self)
                    error(lineNumber, "unknown escape '\\\(shown)' in string")
                    return nil
                }
                result.append(escaped)
                index += 2
            }
            return String(decoding: result, as: UTF8.self)
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
        // An obsolete entry's previous msgid is written "#~|", as msgmerge does.
        let previousPrefix = entry.obsolete ? "#~| " : "#| "
        if let previousContext = entry.previousContext { out += previousPrefix + "msgctxt " + quote(previousContext) + "\n" }
        if let previousID = entry.previousID { out += previousPrefix + "msgid " + quote(previousID) + "\n" }
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

extension Substring {
    /// The rest after `count` ASCII bytes: O(1), unlike dropFirst, which walks
    /// grapheme clusters. Only for prefixes already known to be ASCII keywords.
    func droppingBytes(_ count: Int) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return self[start...]
    }
}
