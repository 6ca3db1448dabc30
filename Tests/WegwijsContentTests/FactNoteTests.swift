import Foundation
import XCTest
@testable import WegwijsContent

/// Issue 11 item 4: the reader sees when a fact held and where to check it, from the
/// data and interface labels, in their language.
final class FactNoteTests: XCTestCase {
    let wage = Fact(id: "minimumloon", kind: .amount,
                    dates: FactDates(asOf: "2026-01-01", checked: "2026-11-29", checkBy: "2027-01-01"),
                    checkAt: "https://www.rijksoverheid.nl/onderwerpen/minimumloon")

    func testTheDutchNoteIsBuiltFromTheFactAndTheLabels() {
        let store = Fixtures.loadMinimal()
        XCTAssertEqual(store.factNote(wage, language: "nl"),
                       "(bedrag op 1 januari 2026 — kijk voor het bedrag van nu op rijksoverheid.nl)")
        var rule = wage
        rule.kind = .rule
        rule.dates.asOf = "2026-06-12"
        XCTAssertEqual(store.factNote(rule, language: "nl"), "(regel op 12 juni 2026; kijk of dit nog zo is op rijksoverheid.nl)")
    }

    func testEachKindHasItsOwnLabelAndEveryMonthItsName() {
        let store = Fixtures.loadMinimal()
        let notes = Fact.Kind.allCases.map { kind -> String in
            var fact = wage
            fact.kind = kind
            return store.factNote(fact, language: "nl")
        }
        XCTAssertEqual(Set(notes).count, Fact.Kind.allCases.count)
        let months = (1...12).map { FactNote.date(String(format: "2026-%02d-03", $0)) { store.ui($0.rawValue, "nl") } }
        XCTAssertEqual(months.first, "3 januari 2026")
        XCTAssertEqual(months.last, "3 december 2026")
        XCTAssertEqual(Set(months).count, 12)
    }

    func testTheNoteIsInTheReadersLanguageWithItsOwnDateOrder() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let po = root.appendingPathComponent("Translations/en.po")
        let entries = """

        msgctxt "ui/fact-amount"
        msgid "(bedrag op {date} — kijk voor het bedrag van nu op {site})"
        msgstr "(amount on {date} — check the current amount at {site})"

        msgctxt "ui/fact-date-format"
        msgid "{day} {month} {year}"
        msgstr "{month} {day}, {year}"

        msgctxt "ui/month-1"
        msgid "januari"
        msgstr "January"
        """
        try (try String(contentsOf: po, encoding: .utf8) + entries).write(to: po, atomically: true, encoding: .utf8)
        let store = Fixtures.load(root).store
        XCTAssertEqual(store.factNote(wage, language: "en"), "(amount on January 1, 2026 — check the current amount at rijksoverheid.nl)")
    }

    func testMarkersInATextBecomeNotesAndAnUnknownOneIsDropped() {
        let store = Fixtures.loadMinimal()
        let topic = Topic(id: "t", category: "work", audiences: ["labour-migrant"], title: "T", summary: "S", facts: [wage])
        XCTAssertEqual(store.withFactNotes("Het minimumloon is €14,71 per uur. [fact:minimumloon] Meer.", of: topic, language: "nl"),
                       "Het minimumloon is €14,71 per uur. (bedrag op 1 januari 2026 — kijk voor het bedrag van nu op rijksoverheid.nl) Meer.")
        XCTAssertEqual(store.withFactNotes("Tekst. [fact:onbekend]", of: topic, language: "nl"), "Tekst.")
        XCTAssertEqual(FactMarker.removing(from: "Tekst. [fact:minimumloon] Meer."), "Tekst. Meer.")
        XCTAssertEqual(FactMarker.ids(in: "[fact:a] [fact:] [fact:B] [fact:c-2]"), ["a", "c-2"])
    }
}
