/// Opening hours in a small, language-neutral subset of OpenStreetMap's
/// `opening_hours` syntax: "Mo-Fr 08:30-17:00; Sa 10:00-12:00" or "24/7".
/// Kept structured so that no translator has to touch a time, and each language shows
/// its own day names.
public struct OpeningHours: Equatable, Sendable {
    public enum Day: String, CaseIterable, Sendable { case mo, tu, we, th, fr, sa, su }

    public struct Rule: Equatable, Sendable {
        public var firstDay: Day
        public var lastDay: Day
        /// "08:30-17:00" pieces, as written.
        public var times: [String]
    }

    /// nil means open day and night, every day (24/7).
    public var rules: [Rule]?

    public var isAlwaysOpen: Bool { rules == nil }

    /// Parses the syntax above; throws a message naming what is wrong.
    public static func parse(_ text: String) throws(OpeningHoursError) -> OpeningHours {
        let trimmed = text.trimmingSpaces
        if trimmed == "24/7" { return OpeningHours(rules: nil) }
        var rules: [Rule] = []
        for part in trimmed.split(separator: ";") {
            let pieces = part.split(separator: " ", omittingEmptySubsequences: true)
            guard pieces.count >= 2 else { throw OpeningHoursError("'\(part.trimmingSpaces)' needs days and times, e.g. 'Mo-Fr 09:00-17:00'") }
            let dayParts = pieces[0].split(separator: "-")
            guard (1...2).contains(dayParts.count),
                  let first = Day(rawValue: dayParts[0].lowercased()),
                  let last = Day(rawValue: dayParts.last!.lowercased()) else {
                throw OpeningHoursError("unknown days '\(pieces[0])': use Mo Tu We Th Fr Sa Su")
            }
            let times = pieces.dropFirst().flatMap { $0.split(separator: ",") }.map(String.init)
            for time in times where !isTimeSpan(time) {
                throw OpeningHoursError("'\(time)' is not a time span like 09:00-17:00")
            }
            rules.append(Rule(firstDay: first, lastDay: last, times: times))
        }
        guard !rules.isEmpty else { throw OpeningHoursError("empty opening hours") }
        return OpeningHours(rules: rules)
    }

    static func isTimeSpan(_ text: String) -> Bool {
        let ends = text.split(separator: "-")
        guard ends.count == 2 else { return false }
        return ends.allSatisfy { end in
            let hm = end.split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]) else { return false }
            return (0...24).contains(h) && (0...59).contains(m) && hm[1].count == 2
        }
    }
}

public struct OpeningHoursError: Error, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}

extension StringProtocol {
    /// Without leading and trailing ASCII white space. On bytes: this runs on every
    /// line of content at start-up, and Character-level trimming showed in profiles.
    var trimmingSpaces: String {
        let text = Substring(self)
        let utf8 = text.utf8
        var lower = utf8.startIndex, upper = utf8.endIndex
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        while lower != upper, isSpace(utf8[lower]) { lower = utf8.index(after: lower) }
        while upper != lower, isSpace(utf8[utf8.index(before: upper)]) { upper = utf8.index(before: upper) }
        return String(text[lower..<upper])
    }
}
