/// Counts as statistics offices publish small cells: below 10 as "<10", others rounded
/// to the nearest 5, so that no single visitor can be picked out of a report.
public enum PublishedCount {
    public static func text(_ count: Int) -> String {
        if count == 0 { return "0" }
        if count < 10 { return "<10" }
        return String(rounded(count))
    }

    /// The value bars are drawn from: never the exact count.
    public static func rounded(_ count: Int) -> Int { count < 10 ? (count == 0 ? 0 : 5) : (count + 2) / 5 * 5 }

    public static let note = "Counts below 10 are shown as \"<10\", others rounded to the nearest 5."
}

/// The exact sums of one or more kiosks' files over a span of days.
public struct UsageReport: Equatable, Sendable {
    public struct Row: Equatable, Sendable { public var label: String; public var count: Int }
    public var from: Day?, to: Day?
    public var perLanguage: [Row] = [], perGroup: [Row] = [], topTopics: [Row] = []
    public var unmetSearches: [Row] = [], didNotHelp: [Row] = [], perWeek: [Row] = []
    public var searches = 0, searchesNotFound = 0

    public static let topCount = 10

    /// Reads every file and sums its rows between `from` and `to` (both included).
    public static func load(files: [String], from: Day?, to: Day?) throws -> UsageReport {
        var views: [[String]] = [], unmet: [[String]] = [], notHelped: [[String]] = [], searches: [[String]] = []
        for file in files {
            let database = try UsageDatabase(path: file, readOnly: true)
            views += try database.query("SELECT day, language, audience, topic, count FROM topic_views")
            unmet += try database.query("SELECT day, term, count FROM unmet_terms")
            notHelped += try database.query("SELECT day, language, audience, topic, count FROM did_not_help")
            searches += try database.query("SELECT day, language, found, count FROM searches")
        }
        return aggregate(views: views, searches: searches, unmet: unmet, didNotHelp: notHelped, from: from, to: to)
    }

    /// Pure: rows as the tables hold them (day first, count last).
    public static func aggregate(views: [[String]], searches: [[String]], unmet: [[String]], didNotHelp: [[String]],
                                 from: Day?, to: Day?) -> UsageReport {
        func inSpan(_ row: [String]) -> Day? {
            guard let day = Day(row[0]) else { return nil }
            if let from, day < from { return nil }
            if let to, to < day { return nil }
            return day
        }
        var language: [String: Int] = [:], group: [String: Int] = [:], topic: [String: Int] = [:]
        var week: [String: Int] = [:], terms: [String: Int] = [:], helped: [String: Int] = [:]
        var report = UsageReport(from: from, to: to)
        for row in views {
            guard let day = inSpan(row), let count = Int(row[4]) else { continue }
            language[row[1], default: 0] += count
            group[row[2].isEmpty ? "(no group chosen)" : row[2], default: 0] += count
            topic[row[3], default: 0] += count
            week[day.isoWeek, default: 0] += count
        }
        for row in searches {
            guard inSpan(row) != nil, let count = Int(row[3]) else { continue }
            report.searches += count
            if row[2] == "0" { report.searchesNotFound += count }
        }
        for row in unmet { if inSpan(row) != nil, let count = Int(row[2]) { terms[row[1], default: 0] += count } }
        for row in didNotHelp {
            guard inSpan(row) != nil, let count = Int(row[4]) else { continue }
            helped[row[3].isEmpty ? "(no results screen)" : row[3], default: 0] += count
        }
        func rows(_ counts: [String: Int], limit: Int? = nil, byLabel: Bool = false) -> [Row] {
            let sorted = counts.map { Row(label: $0.key, count: $0.value) }
                .sorted { byLabel ? $0.label < $1.label : ($0.count, $1.label) > ($1.count, $0.label) }
            return limit.map { Array(sorted.prefix($0)) } ?? sorted
        }
        report.perLanguage = rows(language)
        report.perGroup = rows(group)
        report.topTopics = rows(topic, limit: topCount)
        report.unmetSearches = rows(terms, limit: topCount)
        report.didNotHelp = rows(helped)
        report.perWeek = rows(week, byLabel: true)
        return report
    }

    public var sections: [(title: String, rows: [Row])] {
        [("Topic views per language", perLanguage), ("Topic views per target group", perGroup),
         ("Top topics", topTopics), ("Searches", [Row(label: "all", count: searches), Row(label: "found nothing", count: searchesNotFound)]),
         ("Top searches that found nothing", unmetSearches), ("\"This did not help me\" per topic", didNotHelp),
         ("Topic views per week", perWeek)]
    }
}
