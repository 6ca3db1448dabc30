import Foundation
import XCTest
@testable import WegwijsText

final class WrapTests: XCTestCase {
    func testEmptyParagraphGivesOneEmptyLine() {
        for text in ["", " \t\n ", "\u{200F}\u{0007}"] {
            XCTAssertEqual(TextLayout.wrap(text, width: 10, direction: .rightToLeft), [.empty], hex(text))
        }
        XCTAssertEqual(TextLayout.wrap("Hallo", width: 0, direction: .leftToRight), [])
    }

    func testSpacesTabsAndNewlinesCollapse() {
        let lines = TextLayout.wrap("  Welkom \t in\n\nNederland  ", width: 80, direction: .leftToRight)
        XCTAssertEqual(lines, [VisualLine(text: "Welkom in Nederland", width: 19)])
    }

    func testControlCharactersAreStripped() {
        let lines = TextLayout.wrap("Hallo\u{0007} wereld\u{200B}!\u{00AD}\u{FEFF}\u{1B}", width: 80, direction: .leftToRight)
        XCTAssertEqual(lines, [VisualLine(text: "Hallo wereld!", width: 13)])
    }

    func testSanitizeKeepsBidiControlsForTheAlgorithm() {
        XCTAssertEqual(TextLayout.sanitize("a\tb\u{1B}[31mc\u{200F}\u{AD}"), "a b[31mc\u{200F}")
    }

    func testBidiControlsNeverReachTheOutput() {
        let text = "\u{202B}abc\u{202C} \u{2067}مرحبا\u{2069} \u{200F}x\u{200E}\u{061C} ل\u{200D}"
        for mode in [BidiMode.app, .terminal] {
            for line in TextLayout.wrap(text, width: 6, direction: .leftToRight, mode: mode) {
                XCTAssertFalse(line.text.unicodeScalars.contains(where: DisplayWidth.isInvisibleControl), hex(line.text))
            }
        }
    }

    func testUkrainianDecomposed() {
        let text = "Якщо вам потрібна допомога, зателефонуйте до гарячої лінії за номером 0800-500-335."
        let lines = TextLayout.wrap(text.decomposedStringWithCanonicalMapping, width: 20, direction: .leftToRight)
        let expected = ["Якщо вам потрібна", "допомога,", "зателефонуйте до", "гарячої лінії за", "номером", "0800-500-335."]
        XCTAssertEqual(lines.map { hex($0.text) }, expected.map { hex($0.decomposedStringWithCanonicalMapping) })
        XCTAssertEqual(lines.map(\.width), [17, 9, 16, 16, 7, 13])
    }

    func testTigrinya() {
        let lines = TextLayout.wrap("ሓበሬታ ብዛዕባ ስራሕ፣ ገዛን ጥዕናን ኣብ ኔዘርላንድ።", width: 12, direction: .leftToRight)
        XCTAssertEqual(lines, [
            VisualLine(text: "ሓበሬታ ብዛዕባ", width: 9),
            VisualLine(text: "ስራሕ፣ ገዛን", width: 8),
            VisualLine(text: "ጥዕናን ኣብ", width: 7),
            VisualLine(text: "ኔዘርላንድ።", width: 7),
        ])
    }

    func testLongWordBreaksBetweenGraphemeClusters() {
        let lines = TextLayout.wrap("Zażółć".decomposedStringWithCanonicalMapping, width: 3, direction: .leftToRight)
        XCTAssertEqual(lines.map { hex($0.text) }, [hex("Zaz\u{0307}"), hex("o\u{0301}łc\u{0301}")])
        XCTAssertEqual(lines.map(\.width), [3, 3])
    }

    func testLongWordFillsTheCurrentLineFirst() {
        let lines = TextLayout.wrap("Bel https://www.nlarbeidsinspectie.nl", width: 20, direction: .leftToRight)
        XCTAssertEqual(lines.map(\.text), ["Bel https://www.nlar", "beidsinspectie.nl"])
    }

    func testWideCharacterNeverStraddlesTheEdge() {
        let lines = TextLayout.wrap("東京都庁", width: 3, direction: .leftToRight)
        XCTAssertEqual(lines, [VisualLine(text: "東", width: 2), VisualLine(text: "京", width: 2),
                               VisualLine(text: "都", width: 2), VisualLine(text: "庁", width: 2)])
    }

    func testEveryLineFitsAtEveryWidth() {
        for mode in [BidiMode.app, .terminal] {
            for direction in [TextDirection.leftToRight, .rightToLeft] {
                for width in 1...100 {
                    let lines = TextLayout.wrap(Samples.mixed, width: width, direction: direction, mode: mode)
                    XCTAssertFalse(lines.isEmpty)
                    for line in lines {
                        let context = "\(mode) \(direction) width \(width): \(line.text)"
                        XCTAssertLessThanOrEqual(line.width, width, context)
                        XCTAssertEqual(line.width, DisplayWidth.of(line.text), context)
                        XCTAssertFalse(line.text.unicodeScalars.contains(where: DisplayWidth.isInvisibleControl), context)
                    }
                }
            }
        }
    }

    func testNoLineBreaksInsideAGraphemeCluster() {
        // In terminal mode lines stay in logical order: their clusters, one after the
        // other, must be the paragraph's (less spaces, controls, and clusters wider than
        // the line). A cluster cut in two would show up as two different Characters.
        let clusters = Array(TextLayout.sanitize(Samples.mixed)).filter { character in
            character != " " && !character.unicodeScalars.allSatisfy(DisplayWidth.isInvisibleControl)
        }
        for width in 1...100 {
            let lines = TextLayout.wrap(Samples.mixed, width: width, direction: .leftToRight, mode: .terminal)
            let laidOut = lines.flatMap { Array($0.text) }.filter { $0 != " " }
            XCTAssertEqual(laidOut, clusters.filter { DisplayWidth.of($0) <= width }, "width \(width)")
        }
    }

    func testNoLeftToRightLineStartsWithAMark() {
        for width in 1...40 {
            for line in TextLayout.wrap(Samples.mixed, width: width, direction: .leftToRight) {
                guard let first = line.text.unicodeScalars.first else { continue }
                XCTAssertNotEqual(first.properties.generalCategory, .nonspacingMark, "width \(width): \(line.text)")
            }
        }
    }

    func testTerminalModeKeepsLogicalOrderUnshaped() {
        let lines = TextLayout.wrap(Samples.veiligThuis, width: 40, direction: .rightToLeft, mode: .terminal)
        XCTAssertEqual(lines.map { hex($0.text) }, [
            hex("اتصل بـ Veilig Thuis على الرقم 0800-2000"), hex("(مجاني، 24/7)."),
        ])
        XCTAssertEqual(lines.map(\.width), [40, 14])
        // Unshaped, so no ligature: six cells, where the app mode draws five.
        XCTAssertEqual(TextLayout.wrap("السلام", width: 80, direction: .rightToLeft, mode: .terminal),
                       [VisualLine(text: "السلام", width: 6)])
        XCTAssertEqual(TextLayout.wrap("السلام", width: 80, direction: .rightToLeft).map(\.width), [5])
    }

    func testDetectDirection() {
        XCTAssertEqual(TextLayout.detectDirection("مرحبا Hallo"), .rightToLeft)
        XCTAssertEqual(TextLayout.detectDirection("0800-2000 اتصل"), .rightToLeft)
        XCTAssertEqual(TextLayout.detectDirection("Hallo مرحبا"), .leftToRight)
        XCTAssertEqual(TextLayout.detectDirection("ሰላም"), .leftToRight)
        // Isolated text does not count (rule P2).
        XCTAssertEqual(TextLayout.detectDirection("\u{2067}مرحبا\u{2069} Hallo"), .leftToRight)
        XCTAssertNil(TextLayout.detectDirection("112 (24/7)"))
        XCTAssertNil(TextLayout.detectDirection(""))
    }
}
