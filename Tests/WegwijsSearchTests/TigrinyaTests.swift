import XCTest
@testable import WegwijsSearch

/// Tigrinya spelling variants and affixes (issue 17 item 2, defect 8).
final class TigrinyaTests: XCTestCase {
    func testSpellingVariantsFoldToOneForm() {
        XCTAssertEqual(SearchNormalizer.normalize("ሐኪም"), SearchNormalizer.normalize("ሓኪም"))
        XCTAssertEqual(SearchNormalizer.normalize("ፀሓይ"), SearchNormalizer.normalize("ጸሓይ"))
        XCTAssertEqual(SearchNormalizer.normalize("ሠናይ"), SearchNormalizer.normalize("ሰናይ"))
        XCTAssertEqual(SearchNormalizer.normalize("አስናን"), SearchNormalizer.normalize("ኣስናን"))
    }

    func testPossessivesAndPrefixesComeOffWithTheVowelRestored() {
        XCTAssertEqual(TigrinyaAffixes.stems("ሓኪመይ".utf8).last.map { String(decoding: $0, as: UTF8.self) }, "ሓኪም")
        XCTAssertEqual(TigrinyaAffixes.stems("ሞግዚተይ".utf8).last.map { String(decoding: $0, as: UTF8.self) }, "ሞግዚት")
        XCTAssertEqual(TigrinyaAffixes.stems("ሞግዚትኩም".utf8).last.map { String(decoding: $0, as: UTF8.self) }, "ሞግዚት")
        XCTAssertEqual(TigrinyaAffixes.stems("ናብሓኪም".utf8).last.map { String(decoding: $0, as: UTF8.self) }, "ሓኪም")
        XCTAssertTrue(TigrinyaAffixes.stems("ስራ".utf8).isEmpty, "a word without affixes keeps its vowel")
    }

    func testMyGuardianAndMyDoctorFindTheirTopics() {
        let index = ShippedContent.index
        XCTAssertEqual(index.search("ሞግዚተይ", language: "ti", audience: "unaccompanied-minor").first?.topicID,
                       "registration-amv-voogd")
        XCTAssertEqual(index.search("ሓኪመይ", language: "ti", audience: "unaccompanied-minor").first?.topicID, "health-huisarts")
        XCTAssertEqual(index.search("ሐኪም", language: "ti", audience: "unaccompanied-minor").first?.topicID, "health-huisarts")
    }

    func testAnExtraWordNeverRemovesTheTopic() {
        let ids = ShippedContent.index.search("tandarts kosten", language: "nl", audience: "asylum-seeker").map(\.topicID)
        XCTAssertTrue(ids.contains("health-tandarts"))
    }
}
