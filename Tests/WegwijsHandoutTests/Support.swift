import Foundation
import WegwijsContent
import WegwijsHandout

/// The shipped content (Content/ and Translations/ of this checkout), loaded once.
enum ShippedContent {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let store: ContentStore = {
        let result = ContentLoader.load(content: repositoryRoot.appendingPathComponent("Content"),
                                        translations: repositoryRoot.appendingPathComponent("Translations"))
        precondition(result.errors.isEmpty, "the shipped content has errors: \(result.errors)")
        return result.store
    }()
}

/// A fresh folder under the system's temporary directory, removed by the caller.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a tool (from Debian's packages, installed by scripts/install-deps.sh) and
/// returns its output; fails the test when it does not exit 0.
func tool(_ arguments: [String]) throws -> String {
    let outcome = try ProcessRunner.run(arguments)
    guard outcome.succeeded else {
        throw ProcessRunner.Failure(description: "\(arguments.joined(separator: " ")) exited \(outcome.status): \(outcome.output)")
    }
    return outcome.output
}

/// What zbarimg (zbar-tools: a real QR reader) reads in an image file, one text per code.
/// Only its "QR-Code:" lines: it may also print warnings (no D-Bus here).
func decodeQRCodes(in imagePath: String) throws -> [String] {
    let outcome = try ProcessRunner.run(["zbarimg", "-q", imagePath])
    // Exit 4: nothing found.
    guard outcome.status == 0 || outcome.status == 4 else {
        throw ProcessRunner.Failure(description: "zbarimg exited \(outcome.status): \(outcome.output)")
    }
    return outcome.output.split(separator: "\n").compactMap { line in
        line.hasPrefix("QR-Code:") ? String(line.dropFirst("QR-Code:".count)) : nil
    }
}
