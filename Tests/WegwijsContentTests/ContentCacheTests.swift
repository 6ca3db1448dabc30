import Foundation
import XCTest
@testable import WegwijsContent

/// The content snapshot must never show anything but what the files say: every test
/// here changes, damages or removes something and checks what a reader would see.
final class ContentCacheTests: XCTestCase {
    private var cacheDirectory: URL!

    override func setUpWithError() throws {
        cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-cache-test-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: cacheDirectory)
    }

    private func load(_ root: URL, today: String? = "2026-11-29", directory: URL? = nil) -> ContentCache.Outcome {
        let outcome = ContentCache.load(content: root.appendingPathComponent("Content"),
                                        translations: root.appendingPathComponent("Translations"),
                                        today: today, directory: directory ?? cacheDirectory)
        outcome.saveSnapshot?()
        return outcome
    }

    private func snapshotFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: cacheDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "snapshot" }
    }

    /// Everything the interface reads, compared field by field.
    private func assertSame(_ a: ContentLoader.Result, _ b: ContentLoader.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.diagnostics, b.diagnostics, file: file, line: line)
        XCTAssertEqual(a.store.sourceLanguage, b.store.sourceLanguage, file: file, line: line)
        XCTAssertEqual(a.store.languages, b.store.languages, file: file, line: line)
        XCTAssertEqual(a.store.audiences, b.store.audiences, file: file, line: line)
        XCTAssertEqual(a.store.categories, b.store.categories, file: file, line: line)
        XCTAssertEqual(a.store.topics, b.store.topics, file: file, line: line)
        XCTAssertEqual(a.store.uiLabels, b.store.uiLabels, file: file, line: line)
        XCTAssertEqual(a.store.uiOrder.map { "\($0.key):\($0.line)" }, b.store.uiOrder.map { "\($0.key):\($0.line)" }, file: file, line: line)
        XCTAssertEqual(Set(a.store.catalogs.keys), Set(b.store.catalogs.keys), file: file, line: line)
        for (code, catalog) in a.store.catalogs {
            XCTAssertEqual(catalog.file, b.store.catalogs[code]?.file, file: file, line: line)
            XCTAssertEqual(catalog.entries, b.store.catalogs[code]?.entries, "catalog \(code)", file: file, line: line)
        }
    }

    func testTheSnapshotOfTheShippedContentGivesExactlyWhatParsingGives() throws {
        let first = load(Fixtures.repositoryRoot)
        XCTAssertFalse(first.usedSnapshot)
        let second = load(Fixtures.repositoryRoot)
        XCTAssertTrue(second.usedSnapshot, "the unchanged content should come from the snapshot")
        assertSame(first.result, second.result)
        XCTAssertGreaterThan(second.result.store.topics.count, 20)
        XCTAssertFalse(second.result.store.catalogs["ar"]?.entries.isEmpty ?? true)
    }

    func testProblemsInTheContentAreStillReportedWhenTheSnapshotIsUsed() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("---\nid: broken\ncategory: nowhere\n---\nText.\n", to: "Content/topics/broken.md", in: root)
        let parsed = load(root)
        XCTAssertFalse(parsed.result.errors.isEmpty)
        let cached = load(root)
        XCTAssertTrue(cached.usedSnapshot)
        XCTAssertEqual(cached.result.errors.map(\.description), parsed.result.errors.map(\.description))
        XCTAssertTrue(cached.result.errors.contains { $0.file.hasSuffix("topics/broken.md") })
    }

    func testAChangedTranslationIsShownAtOnceEvenWithTheSameSizeAndTime() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let poURL = root.appendingPathComponent("Translations/en.po")
        let original = try String(contentsOf: poURL, encoding: .utf8)
        let attributes = try FileManager.default.attributesOfItem(atPath: poURL.path)
        _ = load(root)
        XCTAssertTrue(load(root).usedSnapshot)

        // Same length, same modification time: only the bytes differ (as when git
        // restores a file, or an editor saves twice within one clock tick).
        let changedTitle = try XCTUnwrap(firstTranslatedString(in: original))
        let replacement = String(repeating: "X", count: changedTitle.utf8.count)
        try original.replacingOccurrences(of: "msgstr \"\(changedTitle)\"", with: "msgstr \"\(replacement)\"")
            .write(to: poURL, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: poURL.path)

        let after = load(root)
        XCTAssertFalse(after.usedSnapshot)
        XCTAssertTrue(after.result.store.catalogs["en"]!.entries.values.contains { $0.text == replacement })
        XCTAssertTrue(load(root).usedSnapshot, "the new content is cached in turn")
    }

    func testANewTopicFileIsNoticed() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = load(root).result.store.topics.count
        let existing = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Content/topics").path).sorted().first)
        let text = try String(contentsOf: root.appendingPathComponent("Content/topics/\(existing)"), encoding: .utf8)
        let id = String(existing.dropLast(3))
        try Fixtures.write(text.replacingOccurrences(of: "id: \(id)", with: "id: \(id)-copy"), to: "Content/topics/\(id)-copy.md", in: root)
        let after = load(root)
        XCTAssertFalse(after.usedSnapshot)
        XCTAssertEqual(after.result.store.topics.count, before + 1)
    }

    func testANewOrChangedGlossaryIsNoticed() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        XCTAssertEqual(load(root).result.store.glossary, [])
        try Fixtures.write("- term: BSN\n  explanation: Uw nummer.\n", to: "Content/glossary.yaml", in: root)
        XCTAssertEqual(load(root).result.store.glossary.map(\.term), ["BSN"])
        try Fixtures.write("- term: DigiD\n  explanation: Uw inlog.\n", to: "Content/glossary.yaml", in: root)
        let changed = load(root)
        XCTAssertFalse(changed.usedSnapshot)
        XCTAssertEqual(changed.result.store.glossary.map(\.term), ["DigiD"])
    }

    func testDiagnosticsNameFilesAsSeenFromWhereWegwijsRuns() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("---\nid: broken\ncategory: nowhere\n---\nText.\n", to: "Content/topics/broken.md", in: root)
        let original = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(original) }
        _ = FileManager.default.changeCurrentDirectoryPath(root.path)
        let inside = load(root).result.errors.first { $0.file.hasSuffix("broken.md") }
        XCTAssertEqual(inside?.file, "Content/topics/broken.md")
        _ = FileManager.default.changeCurrentDirectoryPath("/")
        let outside = load(root)
        XCTAssertFalse(outside.usedSnapshot)
        XCTAssertEqual(outside.result.errors.first { $0.file.hasSuffix("broken.md") }?.file,
                       root.standardizedFileURL.path + "/Content/topics/broken.md")
    }

    func testTheDateIsPartOfTheKeySoOldReviewsTurnIntoWarnings() throws {
        _ = load(Fixtures.minimal, today: "2026-11-29")
        let later = load(Fixtures.minimal, today: "2030-01-01")
        XCTAssertFalse(later.usedSnapshot)
        XCTAssertTrue(later.result.diagnostics.contains { $0.message.contains("more than 12 months ago") })
    }

    func testADamagedSnapshotIsIgnoredAndReplaced() throws {
        let parsed = load(Fixtures.minimal)
        let snapshot = try XCTUnwrap(try snapshotFiles().first)
        var bytes = try [UInt8](Data(contentsOf: snapshot))
        // Flip one byte in the payload, then cut the file short: neither may load.
        bytes[bytes.count - 10] ^= 0x55
        try Data(bytes).write(to: snapshot)
        let afterFlip = load(Fixtures.minimal)
        XCTAssertFalse(afterFlip.usedSnapshot)
        assertSame(parsed.result, afterFlip.result)

        let whole = try Data(contentsOf: snapshot)
        try whole.prefix(whole.count / 2).write(to: snapshot)
        let afterCut = load(Fixtures.minimal)
        XCTAssertFalse(afterCut.usedSnapshot)
        assertSame(parsed.result, afterCut.result)
        XCTAssertTrue(load(Fixtures.minimal).usedSnapshot, "a good snapshot was written again")
    }

    /// The file's hash catches damage before decoding; the decoder must still never
    /// crash or allocate wildly on bytes it did not write, and never take half a
    /// snapshot for a whole one.
    func testDamagedPayloadsAreRefusedNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let good = ContentSnapshot.encode(Fixtures.load(Fixtures.minimal))
        func decodes(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBytes { raw in
                var reader = SnapshotReader(raw)
                return (try? ContentSnapshot.decode(&reader)) != nil && reader.isAtEnd
            }
        }
        XCTAssertTrue(decodes(good))
        for _ in 0..<300 {
            // Cut short anywhere: always refused.
            let cut = Int.random(in: 0..<good.count, using: &generator)
            XCTAssertFalse(decodes(Array(good.prefix(cut))), "a snapshot cut at byte \(cut) of \(good.count) was taken whole")
            // Bytes changed anywhere: refused or decoded, but never a crash.
            var bytes = good
            for _ in 0..<8 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            _ = decodes(bytes)
        }
    }

    func testAnUnwritableCacheFolderOnlyMeansParsing() throws {
        let blocker = cacheDirectory.appendingPathComponent("file")
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: blocker)
        let first = load(Fixtures.minimal, directory: blocker.appendingPathComponent("wegwijs"))
        let second = load(Fixtures.minimal, directory: blocker.appendingPathComponent("wegwijs"))
        XCTAssertFalse(second.usedSnapshot)
        assertSame(first.result, second.result)
        XCTAssertTrue(first.result.errors.isEmpty)
    }

    func testSnapshotsUnusedForAMonthAreRemovedWhenANewOneIsWritten() throws {
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let stale = cacheDirectory.appendingPathComponent("content-0000000000000000.snapshot")
        let recent = cacheDirectory.appendingPathComponent("content-1111111111111111.snapshot")
        let unrelated = cacheDirectory.appendingPathComponent("notes.txt")
        for file in [stale, recent, unrelated] { try Data("x".utf8).write(to: file) }
        let longAgo = Date(timeIntervalSinceNow: -40 * 24 * 3600)
        for file in [stale, unrelated] {
            var times = [timespec(tv_sec: Int(longAgo.timeIntervalSince1970), tv_nsec: 0),
                         timespec(tv_sec: Int(longAgo.timeIntervalSince1970), tv_nsec: 0)]
            XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
        }
        _ = load(Fixtures.minimal)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: cacheDirectory.path))
        XCTAssertFalse(names.contains(stale.lastPathComponent))
        XCTAssertTrue(names.contains(recent.lastPathComponent))
        XCTAssertTrue(names.contains(unrelated.lastPathComponent), "only snapshots are ever removed")
        XCTAssertEqual(try snapshotFiles().count, 2)
    }

    func testTheCacheFolderFollowsXDGThenHome() {
        XCTAssertEqual(ContentCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path, "/x/wegwijs")
        XCTAssertEqual(ContentCache.defaultDirectory(environment: ["HOME": "/h"])?.path, "/h/.cache/wegwijs")
        XCTAssertNil(ContentCache.defaultDirectory(environment: [:]))
        XCTAssertNil(ContentCache.defaultDirectory(environment: ["HOME": "relative"]))
    }

    private func firstTranslatedString(in po: String) -> String? {
        let lines = po.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.hasPrefix("msgstr \"") && line != "msgstr \"\"" && index > 0
            && lines[index - 1].hasPrefix("msgid \"") && !lines[index - 1].hasPrefix("msgid \"\"") {
            return String(line.dropFirst(8).dropLast())
        }
        return nil
    }
}
