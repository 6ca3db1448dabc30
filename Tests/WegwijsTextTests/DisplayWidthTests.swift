import Foundation
import XCTest
@testable import WegwijsText

final class DisplayWidthTests: XCTestCase {
    func testLatinAndPunctuationTakeOneCellEach() {
        XCTAssertEqual(DisplayWidth.of("Wegwijs, 0800-2000!"), 19)
    }

    func testDecomposedPolishIsMeasuredByItsLetters() {
        let nfd = "Zażółć gęślą jaźń".decomposedStringWithCanonicalMapping
        // ł has no decomposition; ż, ó, ć, ę, ś, ą, ź, ń do.
        XCTAssertEqual(nfd.unicodeScalars.count, 25)
        XCTAssertEqual(DisplayWidth.of(nfd), 17)
    }

    func testDecomposedUkrainianShortIAndYi() {
        let nfd = "йти, їжак".decomposedStringWithCanonicalMapping
        XCTAssertEqual(nfd.unicodeScalars.count, 11)
        XCTAssertEqual(DisplayWidth.of(nfd), 9)
        XCTAssertEqual(DisplayWidth.of(Character("и\u{0306}")), 1)
    }

    func testArabicHarakatTakeNoCell() {
        XCTAssertEqual(DisplayWidth.of("مَرْحَبًا"), 5)
        for haraka in ["\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}"] {
            XCTAssertEqual(DisplayWidth.of(haraka.unicodeScalars.first!), 0, hex(haraka))
        }
    }

    func testEthiopicSyllablesTakeOneCell() {
        XCTAssertEqual(DisplayWidth.of("ሰላም ንኹሉ።"), 8)
    }

    func testEastAsianWideTakeTwoCells() {
        XCTAssertEqual(DisplayWidth.of("東京"), 4)
        XCTAssertEqual(DisplayWidth.of("ｗ"), 2) // fullwidth
        XCTAssertEqual(DisplayWidth.of("👍"), 2)
    }

    func testClusterTakesTheCellsOfAllItsSpacingScalars() {
        // xterm and tmux advance per code point: a skin tone is a second emoji cell pair.
        XCTAssertEqual(DisplayWidth.of(Character("👍🏽")), 4)
        XCTAssertEqual(DisplayWidth.of(Character("e\u{0301}")), 1)
    }

    func testControlAndFormatCharactersTakeNoCell() {
        for text in ["\u{0007}", "\u{0085}", "\u{200B}", "\u{200D}", "\u{200F}", "\u{2067}", "\u{FEFF}"] {
            XCTAssertEqual(DisplayWidth.of(text), 0, hex(text))
            XCTAssertTrue(DisplayWidth.isInvisibleControl(text.unicodeScalars.first!), hex(text))
        }
        XCTAssertFalse(DisplayWidth.isInvisibleControl("\u{064E}"), "a haraka is drawn, on its letter")
    }

    func testHangulJamoCombineIntoOneWideCell() {
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}"), 2)
    }

    func testShortcutsAgreeWithTheUnicodeLookups() {
        let presentationForms = Array(UInt32(0xFB50)...0xFDFF) + Array(UInt32(0xFE70)...0xFEFC)
        for value in Array(UInt32(0)..<CommonScalars.limit) + presentationForms {
            let scalar = Unicode.Scalar(value)!
            let category = scalar.properties.generalCategory
            XCTAssertEqual(DisplayWidth.of(scalar), DisplayWidth.lookUpWidth(scalar, category), hex(String(scalar)))
            XCTAssertEqual(DisplayWidth.isInvisibleControl(scalar), DisplayWidth.lookUpInvisible(scalar, category))
        }
    }

    func testGraphemeExtendersBelowTheTableLimitAreMarksOrFormatCharacters() {
        // What CommonScalars.standsAlone relies on; a new Unicode version could change it.
        for value in UInt32(0)..<CommonScalars.limit {
            let scalar = Unicode.Scalar(value)!
            if scalar.properties.isGraphemeExtend {
                XCTAssertFalse(CommonScalars.standsAlone(value), hex(String(scalar)))
            }
        }
    }
}
