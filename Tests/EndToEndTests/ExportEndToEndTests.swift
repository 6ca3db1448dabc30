import Foundation
import XCTest

/// `wegwijs export` as a volunteer runs it: a folder with the handout and its QR codes.
final class ExportEndToEndTests: XCTestCase {
    func testExportsAHandoutFolderInEachFormat() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let common = ["export", "--lang", "ar", "--audience", "asylum-seeker", "--topics", "health-spoed-112,health-huisarts",
                      "--out", out.path]

        var (status, output) = try runWegwijs(common + ["--format", "txt"])
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output, out.appendingPathComponent("handout.txt").path + "\n")
        let text = try String(contentsOf: out.appendingPathComponent("handout.txt"), encoding: .utf8)
        let (_, shown) = try runWegwijs(["show", "health-huisarts", "--lang", "ar", "--audience", "asylum-seeker"])
        XCTAssertTrue(text.contains(shown), "txt is what `wegwijs show` prints")
        XCTAssertTrue(text.contains("\n----------------------------------------\n"), "topics are separated")

        (status, output) = try runWegwijs(common + ["--format", "html", "--second", "nl"])
        XCTAssertEqual(status, 0, output)
        let html = try String(contentsOf: out.appendingPathComponent("handout.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(html.contains("class=\"second\" lang=\"nl\" dir=\"ltr\""))
        let codes = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("qr").path)
        XCTAssertTrue(codes.contains("health-spoed-112-1-phone.svg"), "\(codes)")
        XCTAssertTrue(html.contains("<img src=\"qr/health-spoed-112-1-phone.svg\" alt=\"tel:112\">"))
    }

    func testRefusesATopicOfAnotherGroupAndUnknownValues() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var (status, output) = try runWegwijs(["export", "--lang", "pl", "--audience", "labour-migrant",
                                               "--topics", "registration-amv-voogd", "--format", "html", "--out", out])
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(output.contains("topic 'registration-amv-voogd' is not written for labour-migrant"), output)
        (status, output) = try runWegwijs(["export", "--lang", "pl", "--audience", "nobody", "--format", "html", "--out", out])
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(output.contains("unknown target group 'nobody'"), output)
        (status, output) = try runWegwijs(["export", "--lang", "pl", "--audience", "labour-migrant", "--format", "docx", "--out", out])
        XCTAssertNotEqual(status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written on a refusal")
    }
}
