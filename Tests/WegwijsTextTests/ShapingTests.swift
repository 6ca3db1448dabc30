import XCTest
@testable import WegwijsText

/// Arabic joining and shaping, checked code point by code point.
final class ShapingTests: XCTestCase {
    private func line(_ text: String, width: Int = 80) -> VisualLine {
        let lines = TextLayout.wrap(text, width: width, direction: .rightToLeft)
        XCTAssertEqual(lines.count, 1)
        return lines[0]
    }

    func testLetterFormsAndLamAlefLigature() {
        // السلام: alef isolated, lam initial, seen medial, lam-alef final (the
        // placeholder fribidi leaves for the lam is gone), meem isolated.
        // عليكم: ain initial, lam, yeh, kaf medial, meem final.
        let greeting = line("السلام عليكم")
        XCTAssertEqual(hex(greeting.text), hex(
            "\u{FEE2}\u{FEDC}\u{FEF4}\u{FEE0}\u{FECB} \u{FEE1}\u{FEFC}\u{FEB4}\u{FEDF}\u{FE8D}"))
        XCTAssertEqual(greeting.width, 11)
        XCTAssertEqual(DisplayWidth.of(greeting.text), 11)
    }

    func testLamAlefAloneIsOneCell() {
        XCTAssertEqual(line("لا"), VisualLine(text: "\u{FEFB}", width: 1))
        XCTAssertEqual(line("لأن"), VisualLine(text: "\u{FEE5}\u{FEF7}", width: 2))
    }

    func testHarakatFollowTheirLetter() {
        // A terminal puts a combining mark on the cell before it: each haraka must come
        // right after its letter in the visual string.
        let marhaban = line("مَرْحَبًا")
        XCTAssertEqual(hex(marhaban.text), hex(
            "\u{FE8E}\u{FE92}\u{064B}\u{FEA3}\u{064E}\u{FEAE}\u{0652}\u{FEE3}\u{064E}"))
        XCTAssertEqual(marhaban.width, 5)
    }

    func testWordBrokenInsideKeepsItsJoiningFormsAndMarks() {
        // Shaped on the whole paragraph, so the pieces of a word still join up, and
        // every haraka stays with its letter.
        let lines = TextLayout.wrap("مَرْحَبًا", width: 2, direction: .rightToLeft)
        XCTAssertEqual(lines.map { hex($0.text) }, [
            hex("\u{FEAE}\u{0652}\u{FEE3}\u{064E}"),
            hex("\u{FE92}\u{064B}\u{FEA3}\u{064E}"),
            hex("\u{FE8E}"),
        ])
        XCTAssertEqual(lines.map(\.width), [2, 2, 1])
    }

    func testLineNeverBreaksInsideTheLigature() {
        // سلام at 2 cells: seen, then lam-alef, then meem; never lam | alef.
        let lines = TextLayout.wrap("سلام", width: 2, direction: .rightToLeft)
        XCTAssertEqual(lines.map { hex($0.text) }, [hex("\u{FEFC}\u{FEB3}"), hex("\u{FEE1}")])
    }

    func testJoinersDecideFormsAndAreDropped() {
        XCTAssertEqual(line("ل\u{200D}"), VisualLine(text: "\u{FEDF}", width: 1))
        XCTAssertEqual(line("بب").text, "\u{FE90}\u{FE91}")
        XCTAssertEqual(line("ب\u{200C}ب").text, "\u{FE8F}\u{FE8F}")
    }

    func testSkinToneStaysAfterItsEmojiInRightToLeftText() {
        let thanks = line("شكرا 👍🏽")
        XCTAssertEqual(Array(thanks.text.unicodeScalars.prefix(2)), ["\u{1F44D}", "\u{1F3FD}"])
        XCTAssertEqual(thanks.width, 4 + 1 + 4)
    }
}
