import Foundation
import WegwijsInsights
import XCTest

/// `wegwijs report` on two kiosks' usage files, as the municipality's IT would run it.
final class ReportEndToEndTests: XCTestCase {
    func testReportCombinesKiosksInEveryFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (kiosk, views) in [("a", 30), ("b", 12)] {
            let path = folder.appendingPathComponent("\(kiosk).sqlite").path
            let store = try UsageStore(path: path, today: { "2026-12-01" })
            for _ in 0..<views { store.record(.topicView(language: "ti", group: "asylum-seeker", topic: "health-huisarts")) }
            store.close()
            files.append(path)
        }
        var (status, output) = try runWegwijs(["report", "--format", "csv"] + files)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("Topic views per language,ti,40\n"), output)
        XCTAssertTrue(output.contains("Topic views per week,2026-W49,40\n"), output)
        (status, output) = try runWegwijs(["report", "--format", "html", "--from", "2026-12-02"] + files)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasPrefix("<!DOCTYPE html>") && output.contains("(none)") && !output.contains("health-huisarts"), output)
        (status, output) = try runWegwijs(["report"] + files)
        XCTAssertTrue(output.contains("health-huisarts") && output.contains("█ 40\n") && !output.contains("42"), output)
        (status, output) = try runWegwijs(["report", folder.appendingPathComponent("missing.sqlite").path])
        XCTAssertEqual(status, 1, output)
    }
}
