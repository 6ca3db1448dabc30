import XCTest
@testable import WegwijsSearch

/// Typo budgets per script, the edit distance behind them, and what they let through
/// in a real index.
final class TypoBudgetTests: XCTestCase {
    func testLatinAndCyrillicFollowTypesense() {
        for (word, edits) in [("bus", 0), ("gp", 0), ("taal", 1), ("fiets", 1), ("lekarz", 1), ("huisarts", 2),
                              ("тбц", 0), ("лікар", 1), ("страхування", 2)] {
            XCTAssertEqual(TypoBudget.edits(for: word), edits, word)
        }
        XCTAssertEqual((1...9).map { TypoBudget.edits(length: $0, script: .alphabetic) }, [0, 0, 0, 1, 1, 1, 2, 2, 2])
    }

    func testArabicGetsItsSecondEditEarlier() {
        XCTAssertEqual((1...9).map { TypoBudget.edits(length: $0, script: .arabic) }, [0, 0, 0, 1, 1, 2, 2, 2, 2])
        XCTAssertEqual(TypoBudget.edits(for: "عمل"), 0)       // a bare root
        XCTAssertEqual(TypoBudget.edits(for: "طبيب"), 1)
        XCTAssertEqual(TypoBudget.edits(for: "مستشفي"), 2)
        // Measured after normalisation: harakat do not count.
        XCTAssertEqual(TypoBudget.edits(for: SearchNormalizer.normalize("طَبِيبٌ")), 1)
    }

    func testEthiopicCountsSyllables() {
        XCTAssertEqual((1...7).map { TypoBudget.edits(length: $0, script: .ethiopic) }, [0, 0, 1, 1, 1, 2, 2])
        XCTAssertEqual(WordScript(of: "ቋንቋ"), .ethiopic)
        XCTAssertEqual(TypoBudget.edits(for: "ስራ"), 0)
        XCTAssertEqual(TypoBudget.edits(for: "ቋንቋ"), 1)
        XCTAssertEqual(TypoBudget.edits(for: "ተሌፎን"), 1)
    }

    func testNumbersAreNeverFuzzy() {
        for number in ["112", "0800", "9292", "b1"] {
            XCTAssertEqual(WordScript(of: number), .numeric, number)
            XCTAssertEqual(TypoBudget.edits(for: number), 0, number)
        }
    }

    func testDamerauLevenshteinDistance() {
        var distance = EditDistance()
        func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        XCTAssertEqual(distance.distance(codes("lekazr"), codes("lekarz"), limit: 2, prefix: false), 1)   // swap
        XCTAssertEqual(distance.distance(codes("hausarts"), codes("huisarts"), limit: 2, prefix: false), 2)
        XCTAssertEqual(distance.distance(codes("insurence"), codes("insurance"), limit: 2, prefix: false), 1)
        XCTAssertEqual(distance.distance(codes("strahuvanja"), codes("strahuvannja"), limit: 1, prefix: false), 1)
        XCTAssertNil(distance.distance(codes("bus"), codes("trein"), limit: 2, prefix: false))
        // While typing: the distance to the closest prefix.
        XCTAssertEqual(distance.distance(codes("huisarst"), codes("huisartsenpost"), limit: 2, prefix: true), 1)
        XCTAssertEqual(distance.distance(codes("huisar"), codes("huisartsenpost"), limit: 1, prefix: true), 0)
        XCTAssertNil(distance.distance(codes("fiets"), codes("huisartsenpost"), limit: 1, prefix: true))
    }

    /// The budgets at work in an index: one topic per word, each searched with typos.
    func testBudgetsInAnIndex() {
        let words = ["bus", "taal", "huisarts",                  // Latin: 3, 4, 8 letters
                     "лікар",                                   // Cyrillic: 5
                     "عمل", "طبيب", "مستشفي",                    // Arabic: 3, 4, 6 letters
                     "ስራ", "ቋንቋ", "ተሌፎን",                      // Ethiopic (from ti.po): 2, 3, 4 syllables
                     "0800"]
        let index = SyntheticContent.index(words.enumerated().map { number, word in
            SyntheticContent.topic("word-\(number)", title: "Onderwerp", keywords: [word])
        })
        func finds(_ query: String, _ word: String) -> Bool {
            // A space after the query: the word is complete, no prefix matching.
            let expected = "word-\(words.firstIndex(of: word)!)"
            return index.search(query + " ", language: "nl", audience: nil).contains { $0.topicID == expected }
        }
        // Latin and Cyrillic.
        XCTAssertFalse(finds("bas", "bus"))
        XCTAssertTrue(finds("tall", "taal"))
        XCTAssertFalse(finds("tlla", "taal"))
        XCTAssertTrue(finds("hausarts", "huisarts"))
        XCTAssertFalse(finds("hauserst", "huisarts"))
        XCTAssertTrue(finds("лікра", "лікар"))
        // Arabic: no edit on a three-letter root, one from four letters, two from six.
        XCTAssertFalse(finds("عمر", "عمل"))
        XCTAssertTrue(finds("طبيت", "طبيب"))
        XCTAssertFalse(finds("طبتت", "طبيب"))
        XCTAssertTrue(finds("مصتشفا", "مستشفي"))
        // Ethiopic: a changed syllable in three syllables, none in two.
        XCTAssertFalse(finds("ስሪ", "ስራ"))
        XCTAssertTrue(finds("ቋንቁ", "ቋንቋ"))
        XCTAssertTrue(finds("ተሌፎነ", "ተሌፎን"))
        XCTAssertFalse(finds("ተለፎነ", "ተሌፎን"))
        // Numbers: exact only.
        XCTAssertFalse(finds("0900", "0800"))
        XCTAssertTrue(finds("0800", "0800"))
    }
}
