import XCTest
@testable import WegwijsText

/// Arabic paragraphs wrapped and put in visual order. The expected lines were worked
/// out by hand from the bidi algorithm (UAX #9) on the whole paragraph, then checked
/// against fribidi. `r` writes a right-to-left run as it is drawn; `unshaped` takes the
/// presentation forms back to letters (shaping itself is checked in ShapingTests).
final class BidiGoldenTests: XCTestCase {
    // Levels: Arabic 1; "Veilig Thuis" 2; the numbers are isolated, left to right, at 2;
    // the brackets pair around Arabic, so they take the paragraph's direction and mirror.
    func testVeiligThuisAt20() {
        XCTAssertEqual(wrapped(Samples.veiligThuis, 20), [
            "Veilig Thuis " + r("اتصل بـ"),
            "0800-2000 " + r("على الرقم"),
            ".(24/7 " + r("مجاني،") + ")",
        ])
    }

    func testVeiligThuisAt40() {
        XCTAssertEqual(wrapped(Samples.veiligThuis, 40), [
            "0800-2000 " + r("على الرقم") + " Veilig Thuis " + r("اتصل بـ"),
            ".(24/7 " + r("مجاني،") + ")",
        ])
    }

    func testVeiligThuisAt80() {
        XCTAssertEqual(wrapped(Samples.veiligThuis, 80), [
            ".(24/7 " + r("مجاني،") + ") 0800-2000 " + r("على الرقم") + " Veilig Thuis " + r("اتصل بـ"),
        ])
    }

    // The URL is longer than 20 cells: it fills the first line and goes on. Its "//" at
    // the end of the first line stays left to right because levels are resolved on the
    // whole paragraph, where it sits between two Latin letters.
    func testWebsiteAt20() {
        XCTAssertEqual(wrapped(Samples.website, 20), [
            "https:// :" + r("موقع الويب"),
            "www.nlarbeidsinspect",
            r("للإبلاغ عن") + " ie.nl",
            "." + r("الاستغلال"),
        ])
    }

    func testWebsiteAt40() {
        XCTAssertEqual(wrapped(Samples.website, 40), [
            ":" + r("موقع الويب"),
            r("للإبلاغ") + " https://www.nlarbeidsinspectie.nl",
            "." + r("عن الاستغلال"),
        ])
    }

    func testWebsiteAt80() {
        XCTAssertEqual(wrapped(Samples.website, 80), [
            "." + r("للإبلاغ عن الاستغلال") + " https://www.nlarbeidsinspectie.nl :" + r("موقع الويب"),
        ])
    }

    func testWebsiteWidthsAreMeasuredAfterShaping() {
        // للإبلاغ and الاستغلال hold two lam-alef ligatures each: 5 and 8 cells, not 7 and 10.
        let widths = TextLayout.wrap(Samples.website, width: 80, direction: .rightToLeft).map(\.width)
        XCTAssertEqual(widths, [4 + 1 + 6 + 1 + 33 + 1 + 5 + 1 + 2 + 1 + 8])
    }

    // Without isolation the phone number would come out in right-to-left groups
    // ("5678 333 70 31+"): after an Arabic letter its digits are Arabic numbers (W2)
    // and the spaces between them take the paragraph's direction.
    func testPhoneNumberAt20() {
        XCTAssertEqual(wrapped(Samples.inspectie, 20), [
            "Nederlandse " + r("اتصل بـ"),
            r("على") + " Arbeidsinspectie",
            "+31 70 333 " + r("الرقم"),
            r("من الاثنين إلى") + ") 5678",
            ".(" + r("الجمعة"),
        ])
    }

    func testPhoneNumberAt40() {
        XCTAssertEqual(wrapped(Samples.inspectie, 40), [
            r("على") + " Nederlandse Arbeidsinspectie " + r("اتصل بـ"),
            r("من الاثنين إلى") + ") +31 70 333 5678 " + r("الرقم"),
            ".(" + r("الجمعة"),
        ])
    }

    func testPhoneNumberAt80() {
        XCTAssertEqual(wrapped(Samples.inspectie, 80), [
            r("من الاثنين إلى") + ") +31 70 333 5678 " + r("على الرقم")
                + " Nederlandse Arbeidsinspectie " + r("اتصل بـ"),
            ".(" + r("الجمعة"),
        ])
    }

    func testArabicNameAndNumberInsideLeftToRightText() {
        XCTAssertEqual(wrapped("Call مركز الشرطة on 0900-8844.", 80, .leftToRight),
                       ["Call " + r("مركز الشرطة") + " on 0900-8844."])
        // A number right after Arabic: unisolated it would join the Arabic run as
        // "8844-0900".
        XCTAssertEqual(wrapped("Bel مركز 0900-8844 nu", 80, .leftToRight),
                       ["Bel " + r("مركز") + " 0900-8844 nu"])
    }

    func testNumberGluedToAWordIsLeftToTheBidiAlgorithm() {
        XCTAssertEqual(wrapped("مرض COVID-19 منتشر", 80), [r("منتشر") + " COVID-19 " + r("مرض")])
    }

    func testBracketsMirror() {
        XCTAssertEqual(wrapped("(مرحبا)", 80), ["(" + r("مرحبا") + ")"])
        XCTAssertEqual(wrapped("[مرحبا] {هولندا}", 80), ["{" + r("هولندا") + "} [" + r("مرحبا") + "]"])
    }

    func testLatinOnlyRightToLeftParagraph() {
        XCTAssertEqual(wrapped("Veilig Thuis.", 80), [".Veilig Thuis"])
    }

    func testVisualLineDoesNotWrap() {
        let line = Bidi.visualLine("abc مرحبا", baseDirection: .leftToRight)
        XCTAssertEqual(unshaped(line.text), "abc " + r("مرحبا"))
        XCTAssertEqual(line.width, 9)
    }
}
