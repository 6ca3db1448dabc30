/// One thing a visitor did that is worth counting. An effect runner calls
/// `UsageStore.record(_:)` with it; nothing here knows about screens or keys.
/// `group` is the target group id, nil when the visitor has not chosen one.
public enum UsageEvent: Equatable, Sendable {
    /// A topic page was opened.
    case topicView(language: String, group: String?, topic: String)
    /// A search was finished (the visitor opened a result or left the search screen);
    /// record it once per query, not per key, or every prefix counts as a search.
    case search(language: String, query: String, found: Bool)
    /// "This did not help me", on a topic page (`topic`) or on the no-results screen (nil).
    case didNotHelp(language: String, group: String?, topic: String?)
}

/// A calendar day, "YYYY-MM-DD": the finest time the store ever keeps.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...Day.length(month: m, year: y)).contains(d) else { return nil }
        year = y; month = m; day = d
    }

    public var description: String {
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func length(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The ISO 8601 week, "2026-W49": the report's per-week rows.
    public var isoWeek: String {
        let weekday = ((ordinal + 3) % 7 + 7) % 7 + 1 // 1 = Monday
        let thursday = ordinal - weekday + 4
        let weekYear = Day.civil(thursday).year
        let jan1 = Day(year: weekYear, month: 1, day: 1).ordinal
        let week = (thursday - jan1) / 7 + 1
        return "\(weekYear)-W\(week < 10 ? "0" : "")\(week)"
    }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    static func civil(_ z0: Int) -> Day {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
