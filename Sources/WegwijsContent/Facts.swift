/// The dates that make a statement time-bound: when it held, when someone last checked
/// it, and after which day `wegwijs check` refuses it until it is checked again.
/// All YYYY-MM-DD.
public struct FactDates: Equatable, Sendable {
    public var asOf: String
    public var checked: String
    public var checkBy: String

    public init(asOf: String, checked: String, checkBy: String) {
        self.asOf = asOf
        self.checked = checked
        self.checkBy = checkBy
    }
}

/// A time-bound fact of a topic (an amount, a rule, opening hours ...), stated in the
/// body and marked there with `[fact:ID]`; every renderer replaces the marker with a
/// note that says when the fact held and where to check it now.
public struct Fact: Equatable, Sendable {
    /// The raw values are stored in content snapshots and name interface labels.
    public enum Kind: String, CaseIterable, Sendable { case amount, rule, hours, phone, address, date }

    public var id: String
    public var kind: Kind
    public var dates: FactDates
    /// The official page where a reader (and the editor) can check the fact today.
    public var checkAt: String
    /// Line of the fact's entry in the front matter, for diagnostics.
    public var line: Int

    public init(id: String, kind: Kind, dates: FactDates, checkAt: String, line: Int = 1) {
        self.id = id
        self.kind = kind
        self.dates = dates
        self.checkAt = checkAt
        self.line = line
    }
}

/// Finds the `[fact:ID]` markers in a text.
public enum FactMarker {
    public struct Occurrence: Equatable, Sendable {
        public var id: String
        /// Byte range of the whole marker in the text's UTF-8.
        public var range: Range<Int>
    }

    static let opening = Array("[fact:".utf8)

    /// Markers in order of appearance; a "[fact:" without a valid id and "]" is not one.
    public static func occurrences(in text: String) -> [Occurrence] {
        guard text.containsBytes("[fact:") else { return [] }
        let bytes = Array(text.utf8)
        var result: [Occurrence] = []
        var index = 0
        while index + opening.count < bytes.count {
            guard bytes[index] == 0x5B, Array(bytes[index..<index + opening.count]) == opening else {
                index += 1
                continue
            }
            var end = index + opening.count
            while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == 0x5D, end > index + opening.count {
                let id = String(decoding: bytes[(index + opening.count)..<end], as: UTF8.self)
                result.append(Occurrence(id: id, range: index..<end + 1))
                index = end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    public static func ids(in text: String) -> [String] { occurrences(in: text).map(\.id) }

    /// The text with every marker replaced by `note(id)`; a space before a marker
    /// stays, so "… per uur. [fact:x]" reads "… per uur. (bedrag op …)".
    public static func replacing(in text: String, _ note: (String) -> String) -> String {
        let found = occurrences(in: text)
        guard !found.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var position = 0
        for occurrence in found {
            out += bytes[position..<occurrence.range.lowerBound]
            out += Array(note(occurrence.id).utf8)
            position = occurrence.range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    static func isIDByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
    }
}

extension FactMarker {
    /// A marker whose fact is not declared, and a declared fact no marker refers to.
    static func mismatches(in topic: Topic) -> [(line: Int, message: String)] {
        guard !topic.facts.isEmpty || topic.body.contains(where: { $0.text.containsBytes("[fact:") }) else { return [] }
        var problems: [(line: Int, message: String)] = []
        var used: Set<String> = []
        let declared = Set(topic.facts.map(\.id))
        for block in topic.body {
            for id in ids(in: block.text) {
                used.insert(id)
                if !declared.contains(id) {
                    problems.append((block.line, "marker [fact:\(id)] has no fact '\(id)' in the front matter's 'facts:' list"))
                }
            }
        }
        for fact in topic.facts where !used.contains(fact.id) {
            problems.append((fact.line, "fact '\(fact.id)' is not marked in the text: put [fact:\(fact.id)] after the sentence that states it"))
        }
        return problems
    }

    /// Markers must survive translation like {placeholders}: the note they become
    /// is the reader's only warning that the fact may have changed.
    static func translationProblem(source: String, translation: String) -> String? {
        if !source.containsBytes("[fact:") && !translation.containsBytes("[fact:") { return nil }
        let wanted = ids(in: source).sorted(), found = ids(in: translation).sorted()
        if wanted == found { return nil }
        func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.map { "[fact:\($0)]" }.joined(separator: " ") }
        return "fact markers differ: the Dutch has \(list(wanted)), the translation \(list(found)) — keep each marker as it is"
    }
}
