import Foundation
import WegwijsHandout
import XCTest

/// The kiosk prints through CUPS's `lp`; a stand-in script records what it was asked.
final class PrinterTests: XCTestCase {
    func standIn(in folder: URL, exitStatus: Int) throws -> (command: String, log: URL) {
        let log = folder.appendingPathComponent("lp-arguments")
        let script = folder.appendingPathComponent("lp")
        try Data("""
        #!/bin/sh
        printf '%s\\n' "$@" > '\(log.path)'
        echo "request id is lobby-7 (1 file(s))"
        exit \(exitStatus)

        """.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script.path, log)
    }

    func testSendsThePDFToTheNamedPrinterOnA4() throws {
        let folder = try temporaryFolder("lp")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (command, log) = try standIn(in: folder, exitStatus: 0)
        let answer = try Printer(destination: "lobby", command: command).print(pdfPath: "/tmp/handout.pdf", title: "Wegwijs ar")
        XCTAssertEqual(answer, "request id is lobby-7 (1 file(s))\n")
        let arguments = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(arguments, ["-d", "lobby", "-n", "1", "-t", "Wegwijs ar", "-o", "media=A4",
                                   "-o", "sides=two-sided-long-edge", "--", "/tmp/handout.pdf"])
    }

    func testAFailingPrinterIsAnErrorWithLpsAnswer() throws {
        let folder = try temporaryFolder("lp-fails")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (command, _) = try standIn(in: folder, exitStatus: 1)
        XCTAssertThrowsError(try Printer(destination: "lobby", command: command).print(pdfPath: "/tmp/x.pdf", title: "x")) {
            XCTAssertTrue("\($0)".contains("lp failed (exit 1)"), "\($0)")
        }
        XCTAssertThrowsError(try Printer(destination: "lobby", command: folder.appendingPathComponent("missing").path)
            .print(pdfPath: "/tmp/x.pdf", title: "x"))
    }
}
