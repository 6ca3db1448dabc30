import XCTest
@testable import WegwijsContent
import WegwijsText
@testable import WegwijsApp

/// Issue 11 item 7: the glossary words of a topic page on their own screen (key,
/// digits-only keypad and tap), marked in the page, and found by search.
final class GlossaryTests: XCTestCase {
    /// The fixture with two glossary words its doctor topic uses; "huisarts" has a
    /// machine translation in Arabic and Tigrinya, "huisartsenpost" has none (the
    /// honest fallback shows).
    static let content: ContentStore = {
        var store = TestContent.minimal
        let huisarts = GlossaryTerm(term: "huisarts", forms: ["huisartsen"],
                                    explanation: "De dokter voor alle gewone klachten. Bij ziekte gaat u eerst naar de huisarts.")
        let post = GlossaryTerm(term: "huisartsenpost",
                                explanation: "De huisarts voor 's avonds, 's nachts en in het weekend, als uw eigen huisarts dicht is en het niet kan wachten. Bel altijd eerst.")
        store.glossary = [huisarts, post]
        let machine = [
            "ar": "الطبيب لكل الشكاوى العادية. عند المرض تذهب أولاً إلى طبيب العائلة.",
            "ti": "ንኹሉ ልሙድ ሕማም ዝሪኢ ሓኪም። ምስ ሓመምኩም ቅድም ናብ ሓኪም ስድራቤት ኪዱ።",
        ]
        for (language, text) in machine {
            store.catalogs[language]?.entries[POEntry.key(context: huisarts.context, id: huisarts.explanation)] =
                Translation(text: text, state: .machine, line: 1)
        }
        return store
    }()

    /// On the fixture's doctor topic, with the shipped commands.
    func onDoctorTopic(_ language: String, size: Size = Size(columns: 80, rows: 24)) -> Driver {
        var d = Driver(content: Self.content, language: language, size: size)
        d.commands = Command.standard
        d.state = App.start(language: language, audience: "labour-migrant", size: size, content: d.content)
        d.state.stack += [.topics(category: "health"), .topic(id: "health-doctor")]
        d.state.savedSelections += [0, 0]
        return d
    }

    func testGoldenGlossaryFrames() {
        for (language, size) in [("nl", Size(columns: 80, rows: 24)), ("ar", Size(columns: 80, rows: 24)),
                                 ("ti", Size(columns: 40, rows: 12))] {
            var d = onDoctorTopic(language, size: size)
            assertGolden(d.frame, "\(language)-\(size.columns)x\(size.rows)-glossary-1-topic")
            d.press(.character("w"))
            assertGolden(d.frame, "\(language)-\(size.columns)x\(size.rows)-glossary-2-words")
        }
    }

    func testTheKeyBarNamesTheKeyInTheReadersLanguageOnlyWhereThePageHasWords() {
        var d = onDoctorTopic("nl")
        XCTAssertTrue(d.frame.lines.last!.contains("w Woorden"), d.screenText)
        XCTAssertTrue(onDoctorTopic("pl").frame.lines.last!.contains("w Słowa"), "in the reader's language")
        d.press(.character("0"))
        XCTAssertFalse(d.frame.lines.last!.contains("Woorden"), "a menu has no words key:\n\(d.screenText)")
        // A topic without glossary words offers no key.
        var rights = onDoctorTopic("nl")
        rights.state.stack[rights.state.stack.count - 1] = .topic(id: "work-rights")
        XCTAssertFalse(rights.frame.lines.last!.contains("Woorden"), rights.screenText)
        rights.press(.character("w"))
        XCTAssertEqual(rights.state.screen, .topic(id: "work-rights"))
    }

    func testWordsListTheExplanationsAndBackReturnsToTheSamePlace() {
        var d = onDoctorTopic("nl")
        d.press(.down, .down, .down)
        let scroll = d.state.scroll
        XCTAssertGreaterThan(scroll, 0)
        d.press(.character("w"))
        XCTAssertEqual(d.state.screen, .glossary(terms: ["huisarts", "huisartsenpost"], returnScroll: scroll))
        let text = d.screenText
        XCTAssertTrue(text.contains("Woorden uitgelegd"), text)
        XCTAssertTrue(text.contains("De dokter voor alle gewone klachten."), text)
        XCTAssertTrue(text.contains("huisartsenpost"), text)
        d.press(.character("0"))
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        XCTAssertEqual(d.state.scroll, scroll, "back returns to the same place on the page")
    }

    func testDigitsOnlyKeypadReachesTheWordsWithEnter() {
        var d = onDoctorTopic("pl")
        d.press(.enter)
        XCTAssertEqual(d.state.screen, .glossary(terms: ["huisarts", "huisartsenpost"], returnScroll: 0))
        d.press(.enter) // nothing further to open: stays
        XCTAssertEqual(d.state.stack.count, 6)
        d.press(.character("0"))
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
    }

    func testATapOnTheKeyBarEntryOpensTheWords() {
        var d = onDoctorTopic("ar")
        // The entry's text is shaped Arabic on screen: tap the middle of its hotspot, as a finger would.
        let frame = d.frame
        guard let spot = frame.hotspots.first(where: { $0.action == .command("glossary") }) else {
            return XCTFail("no tap target for the words:\n\(d.screenText)")
        }
        XCTAssertEqual(spot.row, frame.height - 1, "in the key bar")
        let middle = (spot.columns.lowerBound + spot.columns.upperBound) / 2
        d.perform(frame.action(atColumn: middle, row: spot.row)!)
        guard case .glossary = d.state.screen else { return XCTFail("not on the words screen:\n\(d.screenText)") }
        XCTAssertTrue(d.screenText.contains("huisartsenpost"), d.screenText)
        // The Dutch explanation without a translation says so.
        XCTAssertTrue(d.screenText.contains("Nederlands"), d.screenText)
    }

    func testTheWordsAreMarkedInThePageText() {
        let d = onDoctorTopic("nl")
        let frame = d.frame
        guard let (x, y) = frame.locate("Bij ziekte gaat u eerst naar de huisarts.") else { return XCTFail(d.screenText) }
        let start = x + "Bij ziekte gaat u eerst naar de ".count
        XCTAssertEqual((start..<(start + 8)).map { frame[$0, y].style }, Array(repeating: .highlight, count: 8))
        XCTAssertEqual(frame[x, y].style, .normal, "only the word is marked")
        // "Huisarts" at the start of a title is marked too, "huisartsenpost" as its own word.
        let (px, py) = frame.locate("huisartsenpost")!
        XCTAssertEqual(frame[px + 13, py].style, .highlight)
    }

    func testSearchFindsGlossaryWordsNextToTheTopics() {
        for (query, term) in [("verwijsbrief", "verwijsbrief"), ("BSN", "BSN"), ("leefgeld", "leefgeld"), ("bsn", "BSN")] {
            var d = Driver(content: TestContent.shipped, search: TestContent.shippedIndex)
            d.state = App.start(language: "nl", audience: "labour-migrant", size: d.state.size, content: d.content)
            d.type("/")
            d.type(query)
            let items = App.page(d.state, d.env).search?.items ?? []
            guard let index = items.firstIndex(where: { $0.target == .word(term) }) else {
                XCTFail("'\(query)' finds no word:\n\(d.screenText)")
                continue
            }
            XCTAssertLessThanOrEqual(index, 1, "the word is on the first screen, after the best topic")
            XCTAssertTrue(d.screenText.contains("Uitleg van een woord"), d.screenText)
            d.state.selection = index
            d.press(.enter)
            XCTAssertEqual(d.state.screen, .glossary(terms: [term], returnScroll: 0))
            XCTAssertTrue(d.screenText.contains(d.content.glossary.first { $0.term == term }!.explanation.prefix(30)), d.screenText)
            d.press(.escape)
            XCTAssertEqual(d.state.screen, .search, "back to the results")
            XCTAssertEqual(d.state.query, query)
        }
    }

    func testTopicResultsKeepTheirOrderAroundTheWord() {
        let topics = (0..<3).map { SearchItem(label: Localized(text: "t\($0)", language: "nl"), snippet: nil, matchedTerms: [],
                                               snippetSource: nil, isOtherGroup: false, target: .topic("t\($0)")) }
        var word = topics[0]
        word.target = .word("BSN")
        XCTAssertEqual(GlossarySearch.merged(topics: topics, words: [word]).map(\.target),
                       [.topic("t0"), .word("BSN"), .topic("t1"), .topic("t2")])
        XCTAssertEqual(GlossarySearch.merged(topics: [], words: [word]).map(\.target), [.word("BSN")])
    }

    func testAVanishedWordLeavesTheScreen() {
        var d = onDoctorTopic("nl")
        d.press(.character("w"))
        var emptied = Self.content
        emptied.glossary = []
        let next = App.reconcile(d.state, with: emptied)
        XCTAssertEqual(next.screen, .topic(id: "health-doctor"))
    }
}
