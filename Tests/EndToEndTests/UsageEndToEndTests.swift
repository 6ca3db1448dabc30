import Foundation
import XCTest

/// Issue 15 end to end: a kiosk with `usage-counts: true` writes its SQLite file as a
/// visitor browses, and `wegwijs report` reads the numbers back; without the setting
/// nothing is written.
final class UsageEndToEndTests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (make test installs it)")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-usage-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TmuxSession.repositoryRoot.appendingPathComponent("Tests/WegwijsContentTests/Fixtures/minimal"), to: scratch)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: scratch) }

    var usageFile: String { scratch.appendingPathComponent("usage.sqlite").path }

    /// Opens one topic from the menus and ends the kiosk with the administrator's keys.
    func browseOneTopic(usageCounts: Bool) throws {
        let settings = scratch.appendingPathComponent("kiosk.yaml")
        try """
        admin-sequence: [F12, x, y, z]
        usage-counts: \(usageCounts)
        usage-file: \(usageFile)
        log-file: \(scratch.appendingPathComponent("kiosk.log").path)
        """.write(to: settings, atomically: true, encoding: .utf8)
        let kiosk = try TmuxSession("\(TmuxSession.binary.shellQuoted) --kiosk --kiosk-config \(settings.path.shellQuoted) --content \(scratch.appendingPathComponent("Content").path.shellQuoted)",
                                    columns: 80, rows: 24)
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("Down", "Enter")
        try kiosk.waitFor("Who are you?")
        for _ in 0..<3 {
            let before = try kiosk.screen()
            try kiosk.send("Enter")
            let deadline = Date().addingTimeInterval(5)
            while try kiosk.screen() == before, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        }
        try kiosk.send("F12", "x", "y", "z")
        try kiosk.waitFor("[exit 0]")
    }

    func testACountingKioskWritesTheFileAndTheReportReadsItBack() throws {
        try browseOneTopic(usageCounts: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: usageFile), "no usage file written")
        let (status, output) = try runWegwijs(["report", "--format", "csv", usageFile])
        XCTAssertEqual(status, 0, output)
        // One view: the report shows counts under 10 as "<10" (privacy), but it is there.
        XCTAssertTrue(output.contains("Topic views per language,en,<10\n"), output)
        XCTAssertTrue(output.contains("Top topics,health-doctor,<10\n"), output)
    }

    func testWithoutTheSettingNothingIsWritten() throws {
        try browseOneTopic(usageCounts: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: usageFile), "usage-counts is off by default and here")
    }
}
