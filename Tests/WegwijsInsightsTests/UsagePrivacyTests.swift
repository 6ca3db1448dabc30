import Foundation
import XCTest
@testable import WegwijsInsights

/// The test: a scripted session in which names and phone numbers are typed
/// into search leaves none of them in the SQLite file; the report's numbers equal the
/// script's; the thresholds hold.
final class UsagePrivacyTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    final class Clock: @unchecked Sendable { var day = "2026-12-01" }

    func testScriptedSessionKeepsNoNamesOrNumbersAndTheReportMatches() throws {
        let path = folder.appendingPathComponent("usage.sqlite").path
        let clock = Clock()
        let store = try UsageStore(path: path, flushSeconds: 3_600, today: { clock.day })
        let personal = ["Jan de Vries", "Fatima El Amrani", "0612345678", "+31 6 1234 5678", "BSN 123456782",
                        "٠٦١٢٣٤٥٦٧٨", "12-03-1990"]
        for query in personal { store.record(.search(language: "nl", query: query, found: false)) }
        // The same name twice stays below the threshold.
        store.record(.search(language: "nl", query: "Jan de Vries", found: false))
        for _ in 0..<3 { store.record(.search(language: "pl", query: "Zasiłek 2026", found: false)) }
        for _ in 0..<12 { store.record(.topicView(language: "ar", group: "asylum-seeker", topic: "health-huisarts")) }
        for _ in 0..<4 { store.record(.topicView(language: "pl", group: nil, topic: "work-permit")) }
        store.record(.search(language: "en", query: "doctor", found: true))
        store.record(.didNotHelp(language: "ar", group: "asylum-seeker", topic: "health-huisarts"))
        store.record(.didNotHelp(language: "nl", group: nil, topic: nil))
        store.flush()
        clock.day = "2026-12-02"
        // A new day starts the count again: two today are not kept, even after three yesterday.
        for _ in 0..<2 { store.record(.search(language: "pl", query: "zasiłek", found: false)) }
        for _ in 0..<100 { store.record(.topicView(language: "nl", group: "ukrainian", topic: "health-huisarts")) }
        store.close()

        // Every byte of the file and of whatever WAL is left: no name, no digit run.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { bytes += wal }
        for needle in ["Jan", "Vries", "vries", "Fatima", "amrani", "0612345678", "12345678", "123456782", "1990", "bsn"] {
            XCTAssertNil(bytes.range(of: Data(needle.utf8)), "\(needle) is in the usage file")
        }
        let database = try UsageDatabase(path: path, readOnly: true)
        XCTAssertEqual(try database.query("SELECT day, term, count FROM unmet_terms"), [["2026-12-01", "zasiłek", "3"]])
        for row in try database.query("SELECT * FROM unmet_terms UNION ALL SELECT day, topic, count FROM topic_views") {
            XCTAssertFalse(row[1].contains(where: \.isNumber), "\(row)")
        }

        let report = try UsageReport.load(files: [path], from: nil, to: nil)
        XCTAssertEqual(report.perLanguage, [.init(label: "nl", count: 100), .init(label: "ar", count: 12), .init(label: "pl", count: 4)])
        XCTAssertEqual(report.topTopics, [.init(label: "health-huisarts", count: 112), .init(label: "work-permit", count: 4)])
        XCTAssertEqual(report.searches, 14)
        XCTAssertEqual(report.searchesNotFound, 13)
        XCTAssertEqual(report.unmetSearches, [.init(label: "zasiłek", count: 3)])
        XCTAssertEqual(report.didNotHelp, [.init(label: "(no results screen)", count: 1), .init(label: "health-huisarts", count: 1)])
        XCTAssertEqual(report.perWeek, [.init(label: "2026-W49", count: 116)])
        // Published: <10 and rounded to 5, never the exact figure.
        let text = ReportRenderer.text(report)
        XCTAssertTrue(text.contains("100\n") && text.contains("<10\n") && text.contains("110\n"), text)
        XCTAssertFalse(text.contains("112") || text.contains(" 12\n") || text.contains(" 4\n"), text)
        XCTAssertTrue(text.contains(PublishedCount.note))

        // Two kiosks' files combine; a span of days filters.
        let second = folder.appendingPathComponent("kiosk2.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: second)
        let both = try UsageReport.load(files: [path, second], from: Day("2026-12-02"), to: Day("2026-12-02"))
        XCTAssertEqual(both.topTopics, [.init(label: "health-huisarts", count: 200)])
        XCTAssertEqual(both.unmetSearches, [])
    }

    func testUnmetTermsLoseEveryNumeralAndPunctuation() {
        XCTAssertNil(UnmetTerm.normalize("+31 (0)6-1234 5678"))
        XCTAssertNil(UnmetTerm.normalize("٠٦١٢٣٤٥٦٧٨"))
        XCTAssertNil(UnmetTerm.normalize("፩፪፫"))
        XCTAssertEqual(UnmetTerm.normalize("Huisarts  06-12 bellen!"), "huisarts bellen")
        XCTAssertEqual(UnmetTerm.normalize("ЛІКАР"), "лікар")
    }

    func testPublishedCounts() {
        XCTAssertEqual((0...13).map(PublishedCount.text),
                       ["0", "<10", "<10", "<10", "<10", "<10", "<10", "<10", "<10", "<10", "10", "10", "10", "15"])
        XCTAssertEqual(PublishedCount.text(112), "110")
        XCTAssertEqual(PublishedCount.text(113), "115")
    }

    func testIsoWeeks() {
        XCTAssertEqual(Day("2026-12-03")?.isoWeek, "2026-W49")
        XCTAssertEqual(Day("2027-01-01")?.isoWeek, "2026-W53")
        XCTAssertEqual(Day("2024-12-30")?.isoWeek, "2025-W01")
        XCTAssertNil(Day("2026-02-30"))
    }

    func testCsvAndHtmlShowOnlyPublishedCounts() {
        let report = UsageReport.aggregate(views: [["2026-12-01", "ar", "", "a,\"b\"", "7"], ["2026-12-01", "nl", "", "<x>", "23"]],
                                           searches: [], unmet: [], didNotHelp: [], from: nil, to: nil)
        let csv = ReportRenderer.csv(report)
        XCTAssertTrue(csv.contains("Top topics,\"a,\"\"b\"\"\",<10\n"), csv)
        XCTAssertTrue(csv.contains("Top topics,<x>,25\n"), csv)
        let html = ReportRenderer.html(report)
        XCTAssertTrue(html.contains("&lt;x&gt;") && html.contains("<svg") && html.contains("&lt;10"), html)
        XCTAssertFalse(html.contains("23") || html.contains("<x>") || html.contains("http-equiv") || html.contains("<script"))
    }
}

/// `record` never writes: the disk sees counts only at a flush (timer, full buffer, close).
final class UsageStoreBufferTests: XCTestCase {
    func testRecordBuffersUntilFlushAndNothingAfterClose() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-buffer-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try UsageStore(path: path, flushSeconds: 3_600, today: { "2026-12-03" })
        func views() throws -> [[String]] { try UsageDatabase(path: path, readOnly: true).query("SELECT count FROM topic_views") }
        store.record(.topicView(language: "uk", group: "ukrainian", topic: "t"))
        XCTAssertEqual(try views(), [], "a record below the buffer's size is not on disk yet")
        store.flush()
        XCTAssertEqual(try views(), [["1"]])
        store.close()
        store.record(.topicView(language: "uk", group: "ukrainian", topic: "t"))
        store.flush()
        XCTAssertEqual(try views(), [["1"]], "a closed store drops records")
    }
}
