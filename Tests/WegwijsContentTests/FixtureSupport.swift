import Foundation
import WegwijsContent

/// Paths of the test fixtures and the shipped content, and scratch copies to break.
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let minimal = testsDirectory.appendingPathComponent("Fixtures/minimal")

    static func load(_ root: URL, today: String? = nil) -> ContentLoader.Result {
        ContentLoader.load(content: root.appendingPathComponent("Content"),
                           translations: root.appendingPathComponent("Translations"), today: today)
    }

    static func loadMinimal() -> ContentStore {
        let result = load(minimal)
        precondition(result.errors.isEmpty, "the minimal fixture must be valid: \(result.errors)")
        return result.store
    }

    /// A scratch copy of the minimal fixture that a test may change.
    static func scratchCopy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: minimal, to: directory)
        return directory
    }

    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
