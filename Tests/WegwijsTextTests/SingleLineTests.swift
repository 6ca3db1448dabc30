import XCTest
@testable import WegwijsText

final class SingleLineTests: XCTestCase {
    func testFits() {
        XCTAssertEqual(TextLayout.singleLine("Wegwijs", width: 7, direction: .leftToRight),
                       VisualLine(text: "Wegwijs", width: 7))
        let arabic = TextLayout.singleLine("مرحبا", width: 10, direction: .rightToLeft)
        XCTAssertEqual(unshaped(arabic.text), r("مرحبا"))
        XCTAssertEqual(arabic.width, 5)
    }

    func testTruncatedLeftToRight() {
        XCTAssertEqual(TextLayout.singleLine("Nederlandse Arbeidsinspectie", width: 15, direction: .leftToRight),
                       VisualLine(text: "Nederlandse Ar…", width: 15))
        // No space before the ellipsis.
        XCTAssertEqual(TextLayout.singleLine("Nederlandse Arbeidsinspectie", width: 13, direction: .leftToRight),
                       VisualLine(text: "Nederlandse…", width: 12))
    }

    func testEllipsisEndsUpOnTheLeftOfRightToLeftText() {
        let arabic = TextLayout.singleLine("مرحبا بكم في هولندا", width: 8, direction: .rightToLeft)
        XCTAssertEqual(unshaped(arabic.text), "…" + r("مرحبا ب"))
        XCTAssertEqual(arabic.width, 8)
        // Cut inside a Latin name: the ellipsis still goes at the paragraph's end.
        let name = TextLayout.singleLine(Samples.veiligThuis, width: 12, direction: .rightToLeft)
        XCTAssertEqual(unshaped(name.text), "…Vei " + r("اتصل بـ"))
        XCTAssertEqual(name.width, 12)
    }

    func testWidthIsMeasuredAfterShaping() {
        // السلام is five cells with its lam-alef: it fits before the ellipsis in six.
        let greeting = TextLayout.singleLine("السلام عليكم", width: 6, direction: .rightToLeft)
        XCTAssertEqual(unshaped(greeting.text), "…" + r("السلام"))
        XCTAssertEqual(greeting.width, 6)
        let unshapedGreeting = TextLayout.singleLine("السلام عليكم", width: 6, direction: .rightToLeft, mode: .terminal)
        XCTAssertEqual(unshapedGreeting, VisualLine(text: "السلا…", width: 6))
    }

    func testTinyWidths() {
        XCTAssertEqual(TextLayout.singleLine("Wegwijs", width: 1, direction: .leftToRight), VisualLine(text: "…", width: 1))
        XCTAssertEqual(TextLayout.singleLine("Wegwijs", width: 0, direction: .leftToRight), .empty)
    }

    func testNeverWiderThanAsked() {
        for width in 1...60 {
            for direction in [TextDirection.leftToRight, .rightToLeft] {
                let line = TextLayout.singleLine(Samples.mixed, width: width, direction: direction)
                XCTAssertLessThanOrEqual(line.width, width)
                XCTAssertEqual(line.width, DisplayWidth.of(line.text))
            }
        }
    }
}
