import Foundation
import XCTest
@testable import WegwijsContent

/// Issue 11 items 4-6, 9: what `wegwijs check` refuses before content is published.
/// Each test fails without the rule it names; the clock is fixed by passing `today`.
final class EditorialChecksTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws { root = try Fixtures.scratchCopy() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    /// A topic with one fact and one time-bound contact; `replacing` edits it.
    func writeTopic(_ replacing: [(String, String)] = [], body: String = "Het minimumloon is €14,71 per uur. [fact:minimumloon]") throws {
        var text = """
        ---
        id: minimum-wage
        category: work
        audiences: [labour-migrant]
        title: Het minimumloon
        summary: Wat u minstens verdient.
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
        ---
        \(body)
        """
        for (old, new) in replacing {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        try Fixtures.write(text, to: "Content/topics/minimum-wage.md", in: root)
    }

    /// Diagnostics (loader and editorial) about the test topic, as "line: message".
    func problems(today: String? = "2026-12-03", termLists: [TermList] = []) -> [String] {
        let result = Fixtures.load(root)
        let all = result.diagnostics + EditorialChecks.run(result.store, today: today, termLists: termLists)
        return all.filter { $0.file.hasSuffix("/minimum-wage.md") }.map { "\($0.line): \($0.severity == .warning ? "warning: " : "")\($0.message)" }
    }

    func testAValidTimeBoundTopicPassesAllButTheTranslationRule() throws {
        try writeTopic()
        XCTAssertEqual(problems().filter { !$0.contains("translation in") }, [])
    }

    func testAFactPastItsCheckByDateIsAnErrorOnItsLine() throws {
        try writeTopic()
        XCTAssertFalse(problems(today: "2027-01-01").contains { $0.contains("had to be checked") }, "the check-by day itself is fine")
        let later = problems(today: "2027-01-02")
        XCTAssertTrue(later.contains { $0.hasPrefix("8: fact 'minimumloon' had to be checked by 2027-01-01") }, "\(later)")
    }

    func testAContactPastItsCheckByDateIsAnError() throws {
        try writeTopic()
        let found = problems(today: "2027-06-02")
        XCTAssertTrue(found.contains { $0.hasPrefix("15: contact 'Juridisch Loket' had to be checked by 2027-06-01") }, "\(found)")
    }

    func testAMarkerWithoutFactAndAFactWithoutMarkerAreErrors() throws {
        try writeTopic(body: "Het minimumloon is €14,71 per uur. [fact:minimumloom]")
        let found = problems()
        XCTAssertTrue(found.contains("24: marker [fact:minimumloom] has no fact 'minimumloom' in the front matter's 'facts:' list"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("8: fact 'minimumloon' is not marked in the text") }, "\(found)")
    }

    func testReviewedLaterThanAFactsCheckIsAnError() throws {
        try writeTopic([("reviewed: 2026-11-29", "reviewed: 2026-12-03")])
        let found = problems()
        XCTAssertTrue(found.contains { $0.hasPrefix("21: reviewed 2026-12-03 is later than the last check of fact 'minimumloon'") }, "\(found)")
    }

    func testATimeBoundContactWithoutItsDatesIsAnError() throws {
        try writeTopic([("    as-of: 2026-11-01\n    checked: 2026-11-29\n    check-by: 2027-06-01\n", "")])
        let found = problems()
        XCTAssertTrue(found.contains("15: contact 'Juridisch Loket' has a phone, address or hours, so it needs as-of, checked, check-by (dates like 2026-12-03)"), "\(found)")
    }

    func testAContactWithoutDescriptionIsAnError() throws {
        try writeTopic([("    description: Gratis advies over werk en geld\n", "")])
        XCTAssertTrue(problems().contains { $0.hasPrefix("15: contact 'Juridisch Loket' needs a 'description:'") })
    }

    func testAnUntranslatedOrOutdatedContactDescriptionIsAnErrorPerLanguage() throws {
        try writeTopic()
        let po = root.appendingPathComponent("Translations")
        try appendEntry("msgctxt \"topic/minimum-wage/contact-description\"\nmsgid \"Gratis advies over werk en geld\"\nmsgstr \"Free advice on work and money\"\n",
                        to: po.appendingPathComponent("en.po"))
        try appendEntry("#, fuzzy\nmsgctxt \"topic/minimum-wage/contact-description\"\nmsgid \"Gratis advies over werk en geld\"\nmsgstr \"Porady\"\n",
                        to: po.appendingPathComponent("pl.po"))
        try appendEntry("#, fuzzy\n#| msgid \"Advies\"\nmsgctxt \"topic/minimum-wage/contact-description\"\nmsgid \"Gratis advies over werk en geld\"\nmsgstr \"ምኽሪ\"\n",
                        to: po.appendingPathComponent("ti.po"))
        let result = Fixtures.load(root)
        let found = EditorialChecks.run(result.store, today: nil).map(\.description)
        let about = found.filter { $0.contains("description of 'Juridisch Loket'") }
        XCTAssertFalse(about.contains { $0.contains(" en ") || $0.contains("/en.po") }, "en is translated: \(about)")
        XCTAssertFalse(about.contains { $0.contains(" pl ") || $0.contains("/pl.po") }, "a machine translation counts: \(about)")
        XCTAssertTrue(about.contains { $0.contains("/ti.po:") && $0.contains("the ti translation of the description") && $0.contains("is outdated") }, "\(about)")
        XCTAssertTrue(about.contains { $0.contains("/minimum-wage.md:15: the description of 'Juridisch Loket' has no ar translation") }, "\(about)")
    }

    func testTestAndAcceptanceHostsAreRefusedAndPlainHTTPIsReported() throws {
        try writeTopic([("sources: [https://www.rijksoverheid.nl/]",
                         "sources:\n  - https://accep-www.hollandzorg.com/nl/zorg\n  - http://www.vrouwennop.nl/\nsecondary-sources:\n  - https://www-acc.example.nl/"),
                        ("check-at: https://www.rijksoverheid.nl/onderwerpen/minimumloon", "check-at: https://test.rijksoverheid.nl/minimumloon")])
        let found = problems()
        XCTAssertTrue(found.contains { $0.hasPrefix("23: source https://accep-www.hollandzorg.com/nl/zorg is a test or acceptance site") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("24: warning: source http://www.vrouwennop.nl/ is plain http") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("26: secondary source https://www-acc.example.nl/ is a test or acceptance site") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("8: check-at of fact 'minimumloon' https://test.rijksoverheid.nl/minimumloon is a test") }, "\(found)")
    }

    func testTheTestHostRule() {
        for url in ["https://accep-www.ind.nl/x", "https://acc.ind.nl", "https://test.example.nl", "https://tst.duo.nl",
                    "https://staging.site.nl", "https://www-acc.site.nl", "https://ind-test.nl", "http://acceptatie.site.nl:8080/a"] {
            XCTAssertTrue(SourceHosts.isTestHost(url), url)
        }
        for url in ["https://www.ind.nl", "https://www.testbedrijf.nl", "https://accountant.nl", "https://www.contest.nl/test",
                    "https://www.rijksoverheid.nl/test.html", "https://www.acc.nl"] {
            XCTAssertFalse(SourceHosts.isTestHost(url), url)
        }
    }

    func testATranslationThatDropsAFactMarkerIsRefused() throws {
        try writeTopic()
        try appendEntry("msgctxt \"topic/minimum-wage/paragraph\"\nmsgid \"Het minimumloon is €14,71 per uur. [fact:minimumloon]\"\nmsgstr \"The minimum wage is €14.71 an hour.\"\n",
                        to: root.appendingPathComponent("Translations/en.po"))
        let result = Fixtures.load(root)
        XCTAssertTrue(result.errors.contains { $0.file.hasSuffix("/en.po") && $0.message.hasPrefix("fact markers differ: the Dutch has [fact:minimumloon], the translation none") },
                      "\(result.errors)")
        let topic = try XCTUnwrap(result.store.topic("minimum-wage"))
        XCTAssertEqual(result.store.topicText(topic, .paragraph, topic.body[0].text, "en").fallback, .missing,
                       "the reader gets the Dutch with its note, not a translation without it")
    }

    func testTermListViolationsAreNamedWithThePOLine() throws {
        try writeTopic()
        try Fixtures.write("- term: huisarts\n  forms: [huisartsen]\n  explanation: De dokter voor gewone klachten.\n",
                           to: "Content/glossary.yaml", in: root)
        try appendEntry("msgctxt \"topic/minimum-wage/summary\"\nmsgid \"Wat u minstens verdient.\"\nmsgstr \"What you earn at least.\"\n",
                        to: root.appendingPathComponent("Translations/en.po"))
        let (list, diagnostics) = TermList.parse("verdient:\n  use: earn\n  avoid: [make]\nhuisarts:\n  use: [GP, family doctor]\n",
                                                 language: "en", file: "Translations/terms/en.yaml")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(list.entries.map(\.use), [["earn"], ["GP", "family doctor"]])
        var store = Fixtures.load(root).store
        XCTAssertEqual(EditorialChecks.run(store, today: nil, termLists: [list]).filter { $0.file.hasSuffix("en.po") }, [],
                       "'earn' is used")
        // health-doctor's "De huisarts is een dokter ..." is "The GP is ..." in en.po: fine.
        // Now the avoided form, and a missing rendering.
        let avoid = TermList(language: "en", file: "Translations/terms/en.yaml",
                             entries: [.init(term: "verdient", use: ["earn"], avoid: ["at least"], line: 1),
                                       .init(term: "huisartsen", use: ["doctors"], avoid: [], line: 2),
                                       .init(term: "huisarts", use: ["family doctor"], avoid: [], line: 3)])
        store = Fixtures.load(root).store
        let found = EditorialChecks.run(store, today: nil, termLists: [avoid]).filter { $0.file.hasSuffix("en.po") }.map(\.message)
        XCTAssertTrue(found.contains("'verdient' is translated as 'at least', which Translations/terms/en.yaml says to avoid: use 'earn'"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("the Dutch has 'huisarts' but the translation lacks 'family doctor' (Translations/terms/en.yaml:3)") }, "\(found)")
        XCTAssertFalse(found.contains { $0.contains("'huisartsen'") }, "no Dutch text has 'huisartsen': \(found)")
    }

    func appendEntry(_ entry: String, to url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "\n" + entry).write(to: url, atomically: true, encoding: .utf8)
    }
}
