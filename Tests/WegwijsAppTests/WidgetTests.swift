import XCTest
import WegwijsContent
import WegwijsText
@testable import WegwijsApp

/// Areas and widgets: a screen can split the window and draw a widget in each part.
final class WidgetTests: XCTestCase {
    let content = TestContent.minimal

    func lines(_ texts: [String]) -> [PageLine] {
        texts.map { PageLine(line: VisualLine(text: $0, width: DisplayWidth.of($0)), style: .normal, indent: 0, bullet: false) }
    }

    func testTwoPageViewsSideBySideEachScrollAndPageInTheirOwnHalf() {
        var canvas = Canvas(frame: Frame(width: 80, height: 12), direction: .leftToRight, margin: 1, config: AppConfig())
        let (left, right) = canvas.area.split(columns: 40, gap: 0)
        canvas.within(left) { PageView(lines: lines((1...20).map { "links \($0)" }), scroll: 0)
            .draw(&$0, firstRow: 1, lastRow: 10, content: content, language: "nl") }
        canvas.within(right, direction: .rightToLeft) { PageView(lines: lines((1...20).map { "rechts \($0)" }), scroll: 5)
            .draw(&$0, firstRow: 1, lastRow: 10, content: content, language: "nl") }
        let rows = canvas.frame.lines
        XCTAssertTrue(rows[2].hasPrefix(" links 2"), rows[2])
        XCTAssertTrue(rows[2].hasSuffix("rechts 7") && rows[2].count == 79, "the right half, right-aligned: '\(rows[2])'")
        XCTAssertTrue(rows[1].dropFirst(40).contains("meer"), "the right half is scrolled: its '↑ more' is in its own half")
        let paging = canvas.frame.hotspots.filter { $0.action == .page(1) }
        XCTAssertEqual(paging.map(\.columns), [0..<40, 40..<80], "each half pages on its own")
    }

    func testAListInTheRightColumnKeepsItsSelectionAndHotspotsThere() {
        var canvas = Canvas(frame: Frame(width: 80, height: 12), direction: .leftToRight, margin: 1, config: AppConfig())
        let (_, right) = canvas.area.split(columns: 50, gap: 2)
        let labels = ["een", "twee", "drie"]
        canvas.within(right) {
            ListView(count: 3, selected: 1, gap: 0, numbered: true) { [ListRow(line: VisualLine(text: labels[$0], width: labels[$0].count), style: .normal)] }
                .draw(&$0, firstRow: 2, lastRow: 10, content: content, language: "nl")
        }
        XCTAssertEqual(canvas.frame.lines[3], String(repeating: " ", count: 52) + "›2. twee")
        XCTAssertEqual(canvas.frame.action(atColumn: 60, row: 3), .open(1))
        XCTAssertNil(canvas.frame.action(atColumn: 10, row: 3), "the left column is not the list's")
    }

    /// The seam for a two-language topic view: a page with two columns draws them side
    /// by side, each in its own language's direction, through the ordinary view.
    func testATopicPageWithTwoColumnsShowsThemSideBySide() throws {
        let content = TestContent.shipped
        let env = Environment(content: content)
        var state = App.start(language: "nl", audience: "asylum-seeker", size: Size(columns: 100, rows: 24), content: content)
        state.stack.append(.topic(id: "health-huisarts"))
        var page = App.page(state, env)
        let topic = try XCTUnwrap(content.topic("health-huisarts"))
        page.topicColumns = App.topicColumns(topic, languages: ["nl", "ar"], state, env)
        let frame = App.view(state, page, env)
        let titleRow = try XCTUnwrap(frame.lines.first { $0.contains("Naar de huisarts") })
        XCTAssertTrue(titleRow.hasPrefix("  Naar de huisarts"), titleRow)
        XCTAssertEqual(titleRow.count, 98, "the Arabic title ends at the right margin: '\(titleRow)'")
        XCTAssertTrue(page.topicColumns.allSatisfy { $0.lines.allSatisfy { $0.line.width <= 46 } }, "each column wrapped to its half")
    }
}
