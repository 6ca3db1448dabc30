import Foundation
import Logging
import XCTest
import WegwijsContent
@testable import WegwijsKiosk

/// What the kiosk notices on disk: other bytes, not other timestamps.
final class ContentReloaderTests: XCTestCase {
    private var root: URL!
    private var cache: URL!
    private var reloader: ContentReloader!

    override func setUpWithError() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WegwijsContentTests/Fixtures/minimal")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-reloader-\(UUID().uuidString)")
        cache = root.appendingPathComponent("cache")
        try FileManager.default.copyItem(at: fixture, to: root)
        reloader = ContentReloader(content: root.appendingPathComponent("Content"), translations: root.appendingPathComponent("Translations"),
                                   logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                                   cacheDirectory: cache, today: { "2026-11-29" })
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private var topic: URL { root.appendingPathComponent("Content/topics/health-doctor.md") }

    func testTouchingAFileIsNoNewContent() throws {
        XCTAssertNil(reloader.check())
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: topic.path)
        XCTAssertNil(reloader.check(), "same bytes, new time: nothing to reload")
        XCTAssertNotNil(reloader.check(force: true), "SIGHUP reloads regardless")
    }

    func testOtherBytesWithTheSameSizeAndTimeAreNoticed() throws {
        let text = try String(contentsOf: topic, encoding: .utf8)
        let modified = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: topic.path)[.modificationDate])
        try text.replacingOccurrences(of: "De huisarts", with: "De HUISARTS").write(to: topic, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: topic.path)
        XCTAssertNil(reloader.check(), "new bytes wait one poll: they may still be being written")
        let fresh = try XCTUnwrap(reloader.check())
        XCTAssertEqual(fresh.topic("health-doctor")?.title, "De HUISARTS")
        XCTAssertNil(reloader.check(), "and only once")
    }

    func testABrokenVersionIsRefusedAndAnAcceptedOneIsSavedForTheNextStart() throws {
        try "---\nid: broken\n---\n".write(to: root.appendingPathComponent("Content/topics/broken.md"), atomically: true, encoding: .utf8)
        XCTAssertNil(reloader.check())
        XCTAssertNil(reloader.check())
        try FileManager.default.removeItem(at: root.appendingPathComponent("Content/topics/broken.md"))
        try String(contentsOf: topic, encoding: .utf8).replacingOccurrences(of: "De huisarts", with: "De dokter")
            .write(to: topic, atomically: true, encoding: .utf8)
        XCTAssertNil(reloader.check())
        XCTAssertEqual(reloader.check()?.topic("health-doctor")?.title, "De dokter")
        let nextStart = ContentCache.load(content: root.appendingPathComponent("Content"), translations: root.appendingPathComponent("Translations"),
                                          today: "2026-11-29", directory: cache)
        XCTAssertTrue(nextStart.usedSnapshot, "the kiosk saved what it loaded")
        XCTAssertEqual(nextStart.result.store.topic("health-doctor")?.title, "De dokter")
    }

    /// Reliability audit D6: the first half of a file, then the rest a poll later.
    func testAHalfWrittenFileNeverReachesTheScreen() throws {
        let text = try String(contentsOf: topic, encoding: .utf8).replacingOccurrences(of: "De huisarts", with: "De dokter")
        let half = String(text.prefix(text.count / 2))
        try half.write(to: topic, atomically: false, encoding: .utf8)
        XCTAssertNil(reloader.check(), "first sight of the half file")
        try text.write(to: topic, atomically: false, encoding: .utf8)
        XCTAssertNil(reloader.check(), "the bytes changed again: still being written")
        XCTAssertEqual(reloader.check()?.topic("health-doctor")?.title, "De dokter", "stable for two polls: loaded")
    }

    /// Reliability audit D5: a lost or emptied PO file turned a language into Dutch.
    func testAVersionThatLosesALanguageIsRefused() throws {
        let result = ContentLoader.load(content: root.appendingPathComponent("Content"), translations: root.appendingPathComponent("Translations"))
        let languages = result.store.catalogs.keys.sorted()
        let lost = try XCTUnwrap(languages.first, "the fixture has translations")
        reloader = ContentReloader(content: root.appendingPathComponent("Content"), translations: root.appendingPathComponent("Translations"),
                                   logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                                   cacheDirectory: cache, today: { "2026-11-29" }, loaded: result)
        let po = root.appendingPathComponent("Translations/\(lost).po")
        let header = try String(contentsOf: po, encoding: .utf8).components(separatedBy: "\n\n").first ?? ""
        try (header + "\n").write(to: po, atomically: true, encoding: .utf8)
        XCTAssertNil(reloader.check())
        XCTAssertNil(reloader.check(), "only its header left: \(lost) would fall back to Dutch")
        try FileManager.default.removeItem(at: po)
        XCTAssertNil(reloader.check())
        XCTAssertNil(reloader.check(), "the file gone: refused too")
    }
}
