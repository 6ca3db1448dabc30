import XCTest
import WegwijsSearch

/// The acceptance table (`SearchAcceptanceQueries`) over the shipped content: what
/// people type in six languages, and the topic they expect.
final class QueryTableTests: XCTestCase {
    func testQueryTableHitRate() {
        let rows = SearchAcceptanceQueries.rows
        XCTAssertGreaterThanOrEqual(rows.count, 60)
        XCTAssertEqual(Set(rows.map(\.language)), ["nl", "en", "pl", "uk", "ar", "ti"])
        var hits = 0
        var misses: [String] = []
        for row in rows {
            let found = ShippedContent.index.search(row.query, language: row.language, audience: row.audience)
            let ids = found.map(\.topicID)
            let hit = switch row.expectation {
            case .first: ids.first == row.topicID
            case .topThree: ids.prefix(3).contains(row.topicID)
            }
            if hit {
                hits += 1
            } else {
                misses.append("  miss: \"\(row.query)\" (\(row.language)) expected \(row.topicID) \(row.expectation), got \(ids.prefix(3))")
            }
        }
        let rate = Double(hits) / Double(rows.count) * 100
        let percentage = (rate * 10).rounded() / 10
        print("search query table: \(hits)/\(rows.count) hits (\(percentage)%)")
        misses.forEach { print($0) }
        XCTAssertGreaterThanOrEqual(rate, 95, misses.joined(separator: "\n"))
    }
}
