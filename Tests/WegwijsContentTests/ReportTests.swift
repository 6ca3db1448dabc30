import XCTest
@testable import WegwijsContent

final class ReportTests: XCTestCase {
    func testCoverageMatrixCountsTopicsPerGroupAndCategory() {
        let report = Coverage.report(Fixtures.loadMinimal())
        XCTAssertEqual(report.text, """
                       health*  work*    leisure
        asylum-seeker  1        1        -
        labour-migrant 1        1        -
        * required: every target group needs a topic there
        """)
        XCTAssertTrue(report.emptyRequiredCells.isEmpty)
    }

    func testCoverageFailsOnAnEmptyRequiredCell() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Content/topics/work-rights.md"))
        let report = Coverage.report(Fixtures.load(root).store)
        XCTAssertEqual(report.emptyRequiredCells.map { "\($0.0)/\($0.1)" }, ["asylum-seeker/work", "labour-migrant/work"])
        XCTAssertTrue(report.text.contains("asylum-seeker  1        MISSING  -"), report.text)
    }

    func testTranslationStatusCountsEachStateAndDrawsABar() {
        // The fixture's 19 fact-note labels (issue 11) are not translated: missing; its 3 glossary labels are machine.
        let report = TranslationStatus.report(Fixtures.loadMinimal(), barWidth: 20)
        XCTAssertEqual(report, """
        language  reviewed  machine  outdated  missing  total
        en              50        7         0       21     78  [#############~~.....]
        pl               0       53         0       25     78  [~~~~~~~~~~~~~~......]
        ar               0       51         1       26     78  [~~~~~~~~~~~~~!......]
        ti               0       49         0       29     78  [~~~~~~~~~~~~~.......]
        bar: # reviewed  ~ machine translation, not yet checked  ! outdated (Dutch changed)  . missing
        """)
    }
}
