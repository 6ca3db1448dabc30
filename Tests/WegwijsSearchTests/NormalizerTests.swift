import XCTest
import WegwijsContent
@testable import WegwijsSearch

/// Every rule of `SearchNormalizer`, one test each.
final class NormalizerTests: XCTestCase {
    private func assertNormalizes(_ input: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(SearchNormalizer.normalize(input), expected, "normalising \(input.debugDescription)",
                       file: file, line: line)
    }

    func testNFCFirst() {
        // Decomposed and precomposed input are one word.
        assertNormalizes("Oekrai\u{0308}ne", "oekraine")
        XCTAssertEqual(SearchNormalizer.normalize("Oekrai\u{0308}ne"), SearchNormalizer.normalize("Oekraïne"))
        // Decomposed й stays й (NFC composes it before marks are dropped).
        assertNormalizes("краи\u{0306}", "край")
        // Decomposed أ (alef + hamza above) is folded like the precomposed one.
        assertNormalizes("\u{0627}\u{0654}\u{0645}\u{0646}", "امن")
    }

    func testCaseFolding() {
        assertNormalizes("HUISARTS DigiD", "huisarts digid")
        assertNormalizes("ДОЗВІЛ НА РОБОТУ", "дозвіл на роботу")
        assertNormalizes("Ґанок Єдність Їжак", "ґанок єдність їжак")
        assertNormalizes("İstanbul", "istanbul")
    }

    func testLatinDiacriticsAreFolded() {
        assertNormalizes("coördinator beëdigde cliëntondersteuning", "coordinator beedigde clientondersteuning")
        assertNormalizes("Płaca minimalna, Łódź, zaświadczenie", "placa minimalna lodz zaswiadczenie")
        assertNormalizes("ąćęńóśźż ĄĆĘŃÓŚŹŻ", "acenoszz acenoszz")
        assertNormalizes("Straße ẞ", "strasse ss")
        assertNormalizes("Ĳsland ĳs", "ijsland ijs")
        assertNormalizes("Ærø œuvre Đakovo", "aero oeuvre dakovo")
        assertNormalizes("Tiếng Việt", "tieng viet")
    }

    func testArabicRemovesTatweelAndHarakat() {
        assertNormalizes("طـبـيـب", "طبيب")
        assertNormalizes("طَبِيب", "طبيب")
        assertNormalizes("التَّأْمِينُ الصِّحِّيُّ", "التامين الصحي")
        assertNormalizes("مًٌٍَُِّْ", "م")               // every haraka U+064B–U+0652
        assertNormalizes("هٰذا", "هذا")                  // superscript alef U+0670
    }

    func testArabicFoldsLetterVariants() {
        assertNormalizes("آمن أحمد إسلام", "امن احمد اسلام")
        assertNormalizes("مستشفى", "مستشفي")
        assertNormalizes("رخصة قيادة", "رخصه قياده")
        // Letters Lucene's normaliser leaves alone stay: hamza on waw and yeh.
        assertNormalizes("مؤسسة طوارئ", "مؤسسه طوارئ")
    }

    func testArabicIndicDigitsBecomeASCII() {
        assertNormalizes("١١٢", "112")
        assertNormalizes("۰۸۰۰", "0800")
    }

    func testUkrainianApostrophesAreUnified() {
        for apostrophe in ["\u{2019}", "\u{02BC}", "'", "`", "\u{2018}"] {
            assertNormalizes("сім\(apostrophe)я", "сімя")
            assertNormalizes("здоров\(apostrophe)я", "здоровя")
        }
        // At the edge of a word an apostrophe only separates.
        assertNormalizes("'huis' ’лікар’", "huis лікар")
        // Dutch and English plurals and possessives: one word too.
        assertNormalizes("auto's driver’s", "autos drivers")
    }

    func testStressMarkIsDropped() {
        assertNormalizes("лі\u{0301}кар заво\u{0301}д", "лікар завод")
    }

    func testEthiopicIsLeftAsItIs() {
        assertNormalizes("ቋንቋ ተሌፎን", "ቋንቋ ተሌፎን")
        // The Ethiopic word space and full stop separate words.
        XCTAssertEqual(SearchNormalizer.words("ቋንቋ፡ተሌፎን።"), ["ቋንቋ", "ተሌፎን"])
    }

    func testWordSplitting() {
        XCTAssertEqual(SearchNormalizer.words("OV-chipkaart, 9292.nl (reisplanner)!"), ["ov", "chipkaart", "9292", "nl", "reisplanner"])
        XCTAssertEqual(SearchNormalizer.words("€14,71 per uur"), ["14", "71", "per", "uur"])
        XCTAssertEqual(SearchNormalizer.words("  \t\n "), [])
        XCTAssertEqual(SearchNormalizer.words("😀 huisarts 👍🏽"), ["huisarts"])
        XCTAssertEqual(SearchNormalizer.words("\"huis\" * ( ) : ^ - NEAR(arts)"), ["huis", "near", "arts"])
    }

    func testInvisibleCharactersNeitherSplitNorShow() {
        XCTAssertEqual(SearchNormalizer.words("ver\u{00AD}wijs\u{00AD}brief"), ["verwijsbrief"])    // soft hyphens
        XCTAssertEqual(SearchNormalizer.words("\u{200F}طبيب\u{200F} \u{061C}عيادة"), ["طبيب", "عياده"])  // RLM, ALM
        XCTAssertEqual(SearchNormalizer.words("\u{2067}DigiD\u{2069}"), ["digid"])                // bidi isolates
        XCTAssertEqual(SearchNormalizer.words("huis\u{200B}arts"), ["huis", "arts"])              // zero-width space splits
    }

    func testWordSpansPointIntoTheOriginalText() {
        let text = "Сім’я і здоров’я, «Huisarts»."
        let spans = SearchNormalizer.wordSpans(text)
        XCTAssertEqual(spans.map { String(text[$0.range]) }, ["Сім’я", "і", "здоров’я", "Huisarts"])
        XCTAssertEqual(spans.map(\.word), ["сімя", "і", "здоровя", "huisarts"])
        let arabic = "التَّأْمِينُ الصحي"
        XCTAssertEqual(SearchNormalizer.wordSpans(arabic).map { String(arabic[$0.range]) }, ["التَّأْمِينُ", "الصحي"])
    }

    /// Index and query go through the same function, and normalising twice changes
    /// nothing: every text of the shipped content, in every language.
    func testNormalisationIsIdempotentOnTheShippedContent() {
        let store = ShippedContent.store
        var texts: [String] = []
        for topic in store.topics {
            texts += [topic.title, topic.summary] + topic.keywords + topic.body.map(\.text)
        }
        for catalog in store.catalogs.values {
            texts += catalog.entries.values.map(\.text)
        }
        XCTAssertGreaterThan(texts.count, 1000)
        for text in texts {
            let once = SearchNormalizer.normalize(text)
            XCTAssertEqual(SearchNormalizer.normalize(once), once, text)
            XCTAssertEqual(SearchNormalizer.words(text), once.split(separator: " ").map(String.init), text)
        }
    }
}
