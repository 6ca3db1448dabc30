import Foundation
import XCTest
import WegwijsContent
@testable import WegwijsTranslations

final class ProcessRunnerTests: XCTestCase {
    func testExitStatusesAndAMissingTool() {
        XCTAssertNoThrow(try ProcessRunner.run("true", []))
        XCTAssertThrowsError(try ProcessRunner.run("sh", ["-c", "exit 3"])) {
            XCTAssertEqual($0 as? ProcessRunner.Failure, .failed("sh", status: 3))
        }
        XCTAssertThrowsError(try ProcessRunner.run("wegwijs-no-such-tool", [])) {
            XCTAssertEqual($0 as? ProcessRunner.Failure, .cannotStart("wegwijs-no-such-tool"))
        }
    }
}

/// `translations update` on a scratch copy of the minimal fixture.
final class TranslationWorkflowTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WegwijsContentTests/Fixtures/minimal")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-translations-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: root)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    var content: URL { root.appendingPathComponent("Content") }
    var translations: URL { root.appendingPathComponent("Translations") }

    func testWritesTheTemplateMergesEachCatalogAndCreatesMissingOnes() throws {
        try FileManager.default.removeItem(at: translations.appendingPathComponent("ti.po"))
        var calls: [String] = []
        let result = ContentLoader.load(content: content, translations: translations)
        let report = try TranslationWorkflow.update(result, content: content, translations: translations, today: "2026-12-03") {
            calls.append($0 + " " + ($1.last ?? ""))
        }
        XCTAssertTrue(report[0].hasSuffix("wegwijs.pot: \(SourceSegments.all(result.store).count) entries"), report[0])
        XCTAssertTrue(report.contains { $0.hasSuffix("ti.po: created") }, "\(report)")
        XCTAssertTrue(report.contains { $0.hasSuffix("pl.po: merged") }, "\(report)")
        XCTAssertTrue(calls.contains("msgmerge \(translations.appendingPathComponent("wegwijs.pot").path)"), "\(calls)")
        let created = try String(contentsOf: translations.appendingPathComponent("ti.po"), encoding: .utf8)
        XCTAssertEqual(POParser.parse(created).errors.count, 0)
    }

    func testBrokenDutchContentWritesNothing() throws {
        try "---\nid: broken\n---\n".write(to: content.appendingPathComponent("topics/broken.md"), atomically: true, encoding: .utf8)
        let pot = translations.appendingPathComponent("wegwijs.pot")
        let before = try? Data(contentsOf: pot)
        let result = ContentLoader.load(content: content, translations: translations)
        XCTAssertThrowsError(try TranslationWorkflow.update(result, content: content, translations: translations, today: "2026-12-03") { _, _ in
            XCTFail("no tool runs on broken content")
        }) { error in
            XCTAssertTrue("\(error)".contains("broken.md"), "\(error)")
        }
        XCTAssertEqual(try? Data(contentsOf: pot), before)
    }
}
