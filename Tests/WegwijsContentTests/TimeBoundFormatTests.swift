import Foundation
import XCTest
@testable import WegwijsContent

/// Issue 11 items 4-7: the front-matter fields for time-bound facts, contact
/// descriptions and dates, topic order, secondary sources, and the glossary.
final class TimeBoundFormatTests: XCTestCase {
    static let topicWithEveryNewField = """
    ---
    id: minimum-wage
    category: work
    audiences: [labour-migrant]
    title: Het minimumloon
    summary: Wat u minstens verdient.
    order: 2
    facts:
      - id: minimumloon
        kind: amount
        as-of: 2026-01-01
        checked: 2026-11-29
        check-by: 2027-01-01
        check-at: https://www.rijksoverheid.nl/onderwerpen/minimumloon
    contacts:
      - organisation: Juridisch Loket
        description: Gratis advies over werk en geld
        phone: "0900-8020"
        as-of: 2026-11-01
        checked: 2026-11-29
        check-by: 2027-06-01
    reviewed: 2026-11-29
    sources: [https://www.rijksoverheid.nl/]
    secondary-sources: [https://www.example.org/uitleg]
    ---
    Het minimumloon is €14,71 per uur. [fact:minimumloon]
    """

    func testTheNewFieldsAreReadIntoTheModel() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write(Self.topicWithEveryNewField, to: "Content/topics/minimum-wage.md", in: root)
        let result = Fixtures.load(root)
        XCTAssertEqual(result.errors.map(\.description), [])
        let topic = try XCTUnwrap(result.store.topic("minimum-wage"))
        XCTAssertEqual(topic.order, 2)
        XCTAssertEqual(topic.facts, [Fact(id: "minimumloon", kind: .amount,
                                          dates: FactDates(asOf: "2026-01-01", checked: "2026-11-29", checkBy: "2027-01-01"),
                                          checkAt: "https://www.rijksoverheid.nl/onderwerpen/minimumloon", line: 9)])
        XCTAssertEqual(topic.contacts.first?.description, "Gratis advies over werk en geld")
        XCTAssertEqual(topic.contacts.first?.dates, FactDates(asOf: "2026-11-01", checked: "2026-11-29", checkBy: "2027-06-01"))
        XCTAssertEqual(topic.sources, ["https://www.rijksoverheid.nl/"])
        XCTAssertEqual(topic.secondarySources, ["https://www.example.org/uitleg"])
        XCTAssertEqual(FactMarker.ids(in: topic.body[0].text), ["minimumloon"])
    }

    func testTopicsOfACategoryFollowTheirOrderThenTheUnorderedByID() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        for (id, order) in [("b-second", "order: 2\n"), ("a-third", ""), ("c-first", "order: 1\n")] {
            try Fixtures.write("""
            ---
            id: \(id)
            category: work
            audiences: [labour-migrant]
            title: T
            summary: S
            \(order)reviewed: 2026-11-29
            sources: [https://www.rijksoverheid.nl/]
            ---
            Tekst.
            """, to: "Content/topics/\(id).md", in: root)
        }
        let result = Fixtures.load(root)
        XCTAssertEqual(result.errors.map(\.description), [])
        XCTAssertEqual(result.store.topics(in: "work", for: "labour-migrant").map(\.id),
                       ["c-first", "b-second", "a-third", "work-rights"])
    }

    func testTheGlossaryIsLoadedAndItsExplanationsAreTranslationSegments() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("""
        - term: huisarts
          forms: [huisartsen]
          explanation: De dokter voor gewone klachten.
        - term: BSN
          explanation: Uw burgerservicenummer.
        """, to: "Content/glossary.yaml", in: root)
        let result = Fixtures.load(root)
        XCTAssertEqual(result.errors.map(\.description), [])
        XCTAssertEqual(result.store.glossary, [
            GlossaryTerm(term: "huisarts", forms: ["huisartsen"], explanation: "De dokter voor gewone klachten.", line: 1),
            GlossaryTerm(term: "BSN", forms: [], explanation: "Uw burgerservicenummer.", line: 4),
        ])
        let contexts = SourceSegments.all(result.store).map(\.context)
        XCTAssertTrue(contexts.contains("glossary/huisarts"))
        XCTAssertTrue(contexts.contains("glossary/BSN"))
    }

    func testAContactDescriptionIsATranslationSegment() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write(Self.topicWithEveryNewField, to: "Content/topics/minimum-wage.md", in: root)
        let segments = SourceSegments.all(Fixtures.load(root).store)
        XCTAssertTrue(segments.contains { $0.context == "topic/minimum-wage/contact-description" && $0.text == "Gratis advies over werk en geld" })
    }

    func testBadFactEntriesAreNamedWithTheirLine() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("""
        ---
        id: bad-facts
        category: work
        audiences: [labour-migrant]
        title: T
        summary: S
        facts:
          - id: loon
            kind: salary
            as-of: 1 januari
            checked: 2026-11-29
            check-by: 2027-01-01
            check-at: rijksoverheid.nl
        reviewed: 2026-11-29
        sources: [https://www.rijksoverheid.nl/]
        ---
        Tekst. [fact:loon]
        """, to: "Content/topics/bad-facts.md", in: root)
        let errors = Fixtures.load(root).errors.map(\.description)
        XCTAssertTrue(errors.contains { $0.contains("/bad-facts.md:9: fact kind 'salary' is unknown") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.contains("/bad-facts.md:10: as-of must be a date") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.contains("/bad-facts.md:13: check-at must be a web address") }, "\(errors)")
    }

    func testTheSnapshotKeepsTheNewFields() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write(Self.topicWithEveryNewField, to: "Content/topics/minimum-wage.md", in: root)
        try Fixtures.write("- term: huisarts\n  explanation: De dokter.\n", to: "Content/glossary.yaml", in: root)
        let result = Fixtures.load(root)
        let bytes = ContentSnapshot.encode(result)
        let decoded = try bytes.withUnsafeBytes { buffer in
            var reader = SnapshotReader(buffer)
            return try ContentSnapshot.decode(&reader)
        }
        XCTAssertEqual(decoded.store.topics, result.store.topics)
        XCTAssertEqual(decoded.store.glossary, result.store.glossary)
    }
}

final class GlossaryMatcherTests: XCTestCase {
    let matcher = GlossaryMatcher([
        GlossaryTerm(term: "huisarts", forms: ["huisartsen"], explanation: "De dokter."),
        GlossaryTerm(term: "eigen risico", explanation: "Wat u zelf betaalt."),
        GlossaryTerm(term: "BSN", explanation: "Uw nummer."),
        GlossaryTerm(term: "huisartsenpost", explanation: "'s Nachts."),
    ])

    func testTermsAreFoundAsWholeWordsCaseInsensitiveInOrder() {
        XCTAssertEqual(matcher.terms(in: "Uw BSN-nummer staat op de brief. Ga naar de Huisarts.").map(\.term), ["BSN", "huisarts"])
        XCTAssertEqual(matcher.terms(in: "Bel 's nachts de huisartsenpost.").map(\.term), ["huisartsenpost"],
                       "'huisarts' is not found inside 'huisartsenpost'")
        XCTAssertEqual(matcher.terms(in: "Alle huisartsen hier. Het eigen  risico is €385.").map(\.term), ["huisarts", "eigen risico"])
        XCTAssertEqual(matcher.terms(in: "Het eigen huis, risico's.").map(\.term), [], "words of a term must follow each other")
        XCTAssertEqual(matcher.terms(in: "").map(\.term), [])
    }
}
