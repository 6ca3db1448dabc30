import Foundation
import XCTest
@testable import WegwijsContent

/// Reliability audit D1 and D3: what the kiosk's loader does with hostile files and how
/// much memory a load leaves behind.
final class RegularFileTests: XCTestCase {
    func testASymlinkedTopicIsAnErrorWithItsFileAndNotRead() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        // A link to a perfectly good topic: still refused, git carries links to anywhere.
        let topics = root.appendingPathComponent("Content/topics")
        let existing = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: topics.path).first { $0.hasSuffix(".md") })
        try FileManager.default.createSymbolicLink(atPath: topics.appendingPathComponent("zz-link.md").path,
                                                   withDestinationPath: topics.appendingPathComponent(existing).path)
        let result = Fixtures.load(root)
        let messages = result.errors.filter { $0.file.hasSuffix("zz-link.md") }.map(\.description)
        XCTAssertEqual(messages.count, 1, "\(result.errors)")
        XCTAssertTrue(messages.first?.contains(":1:") == true, "\(messages)")
        XCTAssertTrue(messages.first?.contains("symbolic link") == true, "\(messages)")
    }

    func testAFIFOIsAnErrorAndDoesNotBlockTheLoader() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("Content/topics/zz-fifo.md").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // Should the loader block on the FIFO (the defect), a writer comes along after two
        // seconds and closes it, so the test fails instead of hanging.
        let unblock = Thread {
            Thread.sleep(forTimeInterval: 2)
            let writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
        }
        unblock.start()
        let result = Fixtures.load(root)
        let messages = result.errors.filter { $0.file.hasSuffix("zz-fifo.md") }.map(\.description)
        XCTAssertEqual(messages.count, 1, "\(result.errors)")
        XCTAssertTrue(messages.first?.contains("FIFO") == true, "\(messages)")
    }

    func testParallelMapReleasesEveryResult() {
        final class Tracked: @unchecked Sendable {
            static let released = Counter()
            deinit { Tracked.released.increment() }
        }
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func increment() { lock.lock(); value += 1; lock.unlock() }
            var count: Int { lock.lock(); defer { lock.unlock() }; return value }
        }
        do {
            let results = ParallelMap.map(16) { _ in Tracked() }
            XCTAssertEqual(results.count, 16)
        }
        // Every parsed file's result was kept alive by the work buffer: 2.7 MB per reload.
        XCTAssertEqual(Tracked.released.count, 16)
    }

    func testAnEscapeSequenceInATopicIsAnErrorWithFileAndLine() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("---\nid: zz-escape\ncategory: health\naudiences: [asylum-seeker]\ntitle: \u{1B}]0;PWNED\u{07}\nsummary: S\nreviewed: 2026-11-29\nsources: [https://example.org]\n---\nTekst.\n",
                           to: "Content/topics/zz-escape.md", in: root)
        let result = Fixtures.load(root)
        let messages = result.errors.filter { $0.file.hasSuffix("zz-escape.md") }.map(\.description)
        XCTAssertEqual(messages.count, 1, "\(result.errors)")
        XCTAssertTrue(messages.first?.contains(":5:") == true, "\(messages)")
        XCTAssertTrue(messages.first?.contains("U+1B") == true, "\(messages)")
        XCTAssertNil(result.store.topic("zz-escape"))
    }
}
