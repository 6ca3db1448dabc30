import Foundation
import XCTest
@testable import WegwijsInsights

/// The metrics file parses with a real Prometheus text-format parser: promtool if it is
/// installed, and Debian's python3-prometheus-client (scripts/install-deps.sh).
final class MetricsFileTests: XCTestCase {
    func testTheMetricsFileParsesAndIsWrittenAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("wegwijs.prom").path
        var health = KioskHealth()
        health.contentCommit = "ab12\"cd\\ef"
        health.contentCommitTimestamp = 1_764_000_000
        health.contentErrorsRefused = 2
        health.lastReloadTimestamp = 1_764_700_000
        health.framesDrawn = 12_345
        health.topicViews = 67
        try MetricsFile.write(health, to: path, now: 1_764_780_000)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["wegwijs.prom"], "no temp file left")

        var parsed = false
        if let promtool = ["/usr/bin/promtool", "/usr/local/bin/promtool"].first(where: FileManager.default.isExecutableFile) {
            let (status, output) = try run(promtool, ["check", "metrics"], input: try String(contentsOfFile: path, encoding: .utf8))
            XCTAssertEqual(status, 0, output)
            parsed = true
        }
        let python = "/usr/bin/python3"
        let script = """
            import sys
            from prometheus_client.parser import text_string_to_metric_families
            for f in text_string_to_metric_families(open(sys.argv[1]).read()):
                for s in f.samples: print(f.type, s.name, sorted(s.labels.items()), s.value)
            """
        let (status, output) = try run(python, ["-c", script, path])
        if status == 0 {
            parsed = true
            XCTAssertTrue(output.contains("counter wegwijs_frames_drawn_total [] 12345.0"), output)
            XCTAssertTrue(output.contains("counter wegwijs_content_errors_refused_total [] 2.0"), output)
            XCTAssertTrue(output.contains("gauge wegwijs_content_release_info [('commit', 'ab12\"cd\\\\ef')] 1.0"), output)
            XCTAssertTrue(output.contains("gauge wegwijs_content_release_age_seconds [] 780000.0"), output)
            XCTAssertTrue(output.contains("gauge wegwijs_up [] 1.0"), output)
        } else if !output.contains("No module named") {
            XCTFail(output)
        }
        if !parsed { throw XCTSkip("neither promtool nor python3-prometheus-client is installed (scripts/install-deps.sh installs the latter)") }
    }

    private func run(_ tool: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe(), stdin = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
