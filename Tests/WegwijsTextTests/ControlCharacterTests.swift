import XCTest
import WegwijsText

/// Reliability audit D10 and D11.
final class ControlCharacterTests: XCTestCase {
    func testTerminalControlsAreFoundWithTheirLine() throws {
        let found = try XCTUnwrap(ControlCharacters.firstForbidden(in: "title: ok\nsummary: \u{1B}]0;PWNED\u{07}"))
        XCTAssertEqual(found.line, 2)
        XCTAssertEqual(found.column, 10)
        XCTAssertEqual(found.scalar, "\u{1B}")
        XCTAssertNotNil(ControlCharacters.firstForbidden(in: "C1: \u{9B}2J"))
        XCTAssertNil(ControlCharacters.firstForbidden(in: "tabs\tand\r\nline ends are text; العربية ትግርኛ"))
    }

    func testOutputIsStrippedOfControlsAndOverrides() {
        XCTAssertEqual(ControlCharacters.stripped("a\u{1B}[2Jb\u{1B}cc \u{202E}evil\u{202C}\n"), "a[2Jbcc evil\n")
    }

    func testALogLineCannotBeForged() {
        let message = "refused: topic/nope\n2026-12-03T07:00:00Z info wegwijs.kiosk: FORGED\u{1B}]0;PWNED\u{07}"
        let escaped = ControlCharacters.escapedForLog(message)
        XCTAssertFalse(escaped.contains("\n"))
        XCTAssertFalse(escaped.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertTrue(escaped.contains("\\n2026-12-03"))
        XCTAssertTrue(escaped.contains("\\u{1B}]0;PWNED\\u{7}"))
    }
}
