import Foundation
import XCTest
@testable import WegwijsContent

final class ContentLoaderTests: XCTestCase {
    func testShippedContentLoadsWithoutErrors() {
        let result = Fixtures.load(Fixtures.repositoryRoot)
        XCTAssertEqual(result.errors.map(\.description), [])
        XCTAssertEqual(result.store.languages.map(\.code), ["nl", "en", "pl", "uk", "ar", "ti"])
        XCTAssertEqual(result.store.language("ar")?.direction, .rightToLeft)
        XCTAssertEqual(result.store.audiences.map(\.id),
                       ["asylum-seeker", "unaccompanied-minor", "permit-holder", "ukrainian", "labour-migrant"])
        for required in ["health", "work", "language", "transport", "registration"] {
            XCTAssertEqual(result.store.category(required)?.required, true, required)
        }
    }

    func testEveryInterfaceLabelTheAppUsesIsInTheShippedContent() {
        let store = Fixtures.load(Fixtures.repositoryRoot).store
        for key in UIKey.allCases {
            XCTAssertNotNil(store.uiLabels[key.rawValue], "Content/ui.yaml lacks '\(key.rawValue)'")
        }
    }

    func testTopicFrontMatterBodyAndGroupPartsAreRead() throws {
        let store = Fixtures.loadMinimal()
        let topic = try XCTUnwrap(store.topic("health-doctor"))
        XCTAssertEqual(topic.category, "health")
        XCTAssertEqual(topic.audiences, ["asylum-seeker", "labour-migrant"])
        XCTAssertEqual(topic.keywords, ["huisarts", "dokter"])
        XCTAssertEqual(topic.body.map(\.kind), [.paragraph, .heading, .item, .item, .paragraph, .paragraph])
        XCTAssertEqual(topic.body[4].audiences, ["asylum-seeker"])
        XCTAssertEqual(topic.body[4].line, 30)
        XCTAssertEqual(topic.contacts.count, 2)
        XCTAssertEqual(topic.contacts[0].hours?.isAlwaysOpen, true)
        XCTAssertEqual(topic.contacts[1].hours?.rules?.first?.times, ["09:00-18:00"])
        XCTAssertEqual(topic.contacts[1].audiences, ["labour-migrant"])
    }

    func testEachKindOfBadInputIsNamedWithFileAndLineAndLeftOut() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        // Malformed front matter (a tab-broken YAML mapping).
        try Fixtures.write("""
        ---
        id: broken-yaml
        title: [unclosed
        ---
        Tekst.
        """, to: "Content/topics/a-broken-yaml.md", in: root)
        // Unknown target group and category.
        try Fixtures.write("""
        ---
        id: unknown-refs
        category: dance
        audiences: [asylum-seeker, tourist]
        title: T
        summary: S
        reviewed: 2026-11-29
        sources: [https://example.org]
        ---
        Tekst.
        """, to: "Content/topics/b-unknown.md", in: root)
        // Duplicate id (same as work-rights).
        try Fixtures.write("""
        ---
        id: work-rights
        category: work
        audiences: [labour-migrant]
        title: Dubbel
        summary: S
        reviewed: 2026-11-29
        sources: [https://example.org]
        ---
        Tekst.
        """, to: "Content/topics/z-duplicate.md", in: root)
        // No target group, and an unclosed group part.
        try Fixtures.write("""
        ---
        id: no-audience
        category: work
        audiences: []
        title: T
        summary: S
        reviewed: 2026-11-29
        sources: [https://example.org]
        ---
        ::: for labour-migrant
        Tekst.
        """, to: "Content/topics/c-no-audience.md", in: root)
        // A PO syntax error and an entry for a topic that does not exist.
        let po = root.appendingPathComponent("Translations/pl.po")
        var text = try String(contentsOf: po, encoding: .utf8)
        text += "\nmsgctxt \"topic/ghost/title\"\nmsgid \"Spook\"\nmsgstr \"Duch\"\n\nmsgid \"x\"\nmsgstr \"broken\n"
        try text.write(to: po, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count

        let result = Fixtures.load(root)
        let messages = result.errors.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        func expect(_ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertTrue(messages.contains { $0.contains(fragment) }, "missing \(fragment) in\n\(messages.joined(separator: "\n"))",
                          file: file, line: line)
        }
        expect("Content/topics/a-broken-yaml.md:3: invalid YAML")
        expect("Content/topics/b-unknown.md:3: unknown category 'dance'")
        expect("Content/topics/b-unknown.md:4: unknown target group 'tourist'")
        expect("Content/topics/z-duplicate.md:2: duplicate topic id 'work-rights': already used in")
        expect("Content/topics/c-no-audience.md:4: a topic needs at least one target group")
        expect("Content/topics/c-no-audience.md:10: '::: for' is not closed")
        expect("Translations/pl.po:\(lines - 6): entry for topic 'ghost', which does not exist")
        expect("Translations/pl.po:\(lines - 1): expected a string in double quotes")
        // The valid topics are all still there, the invalid ones left out.
        XCTAssertEqual(result.store.topics.map(\.id).sorted(), ["health-doctor", "work-rights"])
        XCTAssertEqual(result.store.topic("work-rights")?.title, "Uw rechten op het werk", "the first of two duplicates wins")
    }

    func testBinaryInvalidUTF8AndHugeFilesGiveAClearErrorNotACrash() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let topics = root.appendingPathComponent("Content/topics")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF]).write(to: topics.appendingPathComponent("binary.md"))
        try Data("---\nid: x\ntitle: caf".utf8 + [0xE9] + "\n---\n".utf8).write(to: topics.appendingPathComponent("latin1.md"))
        try Data(repeating: 0x61, count: ContentLoader.maximumFileSize + 1).write(to: topics.appendingPathComponent("huge.md"))
        try Data("---\nid: trunc".utf8).write(to: topics.appendingPathComponent("truncated.md"))
        let messages = Fixtures.load(root).errors.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        XCTAssertTrue(messages.contains { $0.hasPrefix("Content/topics/binary.md:2: binary data") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Content/topics/latin1.md:3: not valid UTF-8") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Content/topics/huge.md:1: file is") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Content/topics/truncated.md:1: the front matter is not closed") }, "\(messages)")
    }

    /// Windows (CR LF) and old Mac (CR) line ends load as LF does. YAML counts a lone CR
    /// as a line break: unless every parser does, a diagnostic names a line the file
    /// does not have (found by `make fuzz`).
    func testFilesWithWindowsOrOldMacLineEndsLoadTheSame() throws {
        for lineEnd in ["\r\n", "\r"] {
            let root = try Fixtures.scratchCopy()
            defer { try? FileManager.default.removeItem(at: root) }
            for path in ["Content/topics/health-doctor.md", "Content/audiences.yaml", "Translations/pl.po"] {
                let url = root.appendingPathComponent(path)
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacingOccurrences(of: "\n", with: lineEnd).write(to: url, atomically: true, encoding: .utf8)
            }
            let result = Fixtures.load(root)
            XCTAssertEqual(result.errors, [], lineEnd.debugDescription)
            func withoutPath(_ topic: Topic?) -> Topic? { topic.map { var t = $0; t.file = ""; return t } }
            XCTAssertEqual(withoutPath(result.store.topic("health-doctor")), withoutPath(Fixtures.loadMinimal().topic("health-doctor")),
                           "the same topic, line numbers included (\(lineEnd.debugDescription))")
            XCTAssertEqual(result.store.ui("back", "pl"), "Wstecz", lineEnd.debugDescription)
        }
    }

    /// A translation with another phone number, or a placeholder gone, is refused with
    /// its file and line, and the reader gets the fallback instead of a wrong number.
    func testATranslationWithOtherNumbersOrPlaceholdersIsRefused() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let po = root.appendingPathComponent("Translations/pl.po")
        let text = try String(contentsOf: po, encoding: .utf8)
        try text.replacingOccurrences(of: "msgstr \"Dzwoń pod 112, gdy czyjeś życie jest zagrożone.\"",
                                      with: "msgstr \"Dzwoń pod 211, gdy czyjeś życie jest zagrożone.\"")
            .write(to: po, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("Dzwoń pod 112") }! // the msgstr line
        let result = Fixtures.load(root)
        let problem = try XCTUnwrap(result.errors.first { $0.message.contains("numbers differ") }, "\(result.errors)")
        XCTAssertTrue(problem.file.hasSuffix("Translations/pl.po"))
        XCTAssertTrue((line - 3...line + 1).contains(problem.line), "entry line \(problem.line), msgstr on line \(line + 1)")
        XCTAssertTrue(problem.message.contains("112") && problem.message.contains("211"), problem.message)
        let shown = result.store.topicText(result.store.topic("health-doctor")!, .item, "Bel 112 als iemand in levensgevaar is.", "pl")
        XCTAssertFalse(shown.text.contains("211"), "never the wrong number: \(shown.text)")
        XCTAssertTrue(shown.text.contains("112"), shown.text)

        // Digits may be written the Arabic way, and separators may change.
        XCTAssertNil(ContentLoader.numberProblem(source: "Bel 0800-2000 of 112.", translation: "اتصل بـ ٠٨٠٠ ٢٠٠٠ أو 112."))
        XCTAssertNil(ContentLoader.numberProblem(source: "€14,71 per uur", translation: "€14.71 per hour"))
        XCTAssertNotNil(ContentLoader.numberProblem(source: "binnen 5 dagen", translation: "within 4 days"))
        XCTAssertNotNil(ContentLoader.numberProblem(source: "Bel 113.", translation: "Call 113 or 0800-0113."), "a number added is a fact added")
        XCTAssertNotNil(ContentLoader.placeholderProblem(source: "Nog {seconds} seconden", translation: "A few seconds left"))
    }

    func testAddingALanguageTakesOneLineAndOnePOFile() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let languages = root.appendingPathComponent("Content/languages.yaml")
        try (String(contentsOf: languages, encoding: .utf8) + "  - {code: ro, name: Română, direction: ltr}\n")
            .write(to: languages, atomically: true, encoding: .utf8)
        try Fixtures.write("""
        msgid ""
        msgstr "Language: ro\\n"

        msgctxt "ui/back"
        msgid "Terug"
        msgstr "Înapoi"
        """, to: "Translations/ro.po", in: root)
        let result = Fixtures.load(root)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.store.language("ro")?.fallback, ["en", "nl"])
        XCTAssertEqual(result.store.ui("back", "ro"), "Înapoi")
        XCTAssertEqual(result.store.ui("home", "ro"), "Start", "labels not translated yet fall back to English")
    }

    func testAPOFileForAnUndeclaredLanguageIsAnError() throws {
        let root = try Fixtures.scratchCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.write("msgid \"\"\nmsgstr \"\"\n", to: "Translations/de.po", in: root)
        let messages = Fixtures.load(root).errors.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        XCTAssertEqual(messages, ["Translations/de.po:1: language 'de' is not declared in Content/languages.yaml: add a line there"])
    }

    func testReviewsOlderThanTwelveMonthsAreWarnedAbout() {
        let result = Fixtures.load(Fixtures.minimal, today: "2027-12-01")
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        XCTAssertTrue(warnings.contains("Tests/WegwijsContentTests/Fixtures/minimal/Content/topics/health-doctor.md:18: warning: last reviewed 2026-11-29, more than 12 months ago: check the facts"), "\(warnings)")
        XCTAssertTrue(Fixtures.load(Fixtures.minimal, today: "2027-11-28").diagnostics.isEmpty)
    }

    func testOpeningHoursSyntax() throws {
        XCTAssertEqual(try OpeningHours.parse("Mo-Fr 08:30-17:00; Sa 10:00-12:00").rules?.count, 2)
        XCTAssertTrue(try OpeningHours.parse("24/7").isAlwaysOpen)
        XCTAssertThrowsError(try OpeningHours.parse("Maandag 9-5"))
        XCTAssertThrowsError(try OpeningHours.parse("Mo 09:00-17:60"))
    }
}
