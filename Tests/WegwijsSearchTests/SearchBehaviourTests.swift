import XCTest
import WegwijsContent
import WegwijsSearch

/// What the search screen can rely on: no results for nothing, no crash for anything,
/// prefixes while typing, the target group first, snippets in the person's language.
final class SearchBehaviourTests: XCTestCase {
    private let index = ShippedContent.index

    func testEmptyQueriesFindNothing() {
        for query in ["", " ", "   \t\n", "?!.,;", "\u{200F}\u{200E}", "😀👍🏽", "- * ^ :"] {
            XCTAssertEqual(index.search(query, language: "nl", audience: nil), [], query.debugDescription)
        }
    }

    func testAnyInputIsSafe() {
        let nasty = ["\"", "\"\"\"", "huis\"arts", "*", "huis*", "(", ")", "((huisarts", "a:b", "title:huisarts", "^huisarts",
                     "-huisarts", "NEAR(huisarts bus, 2)", "AND", "OR", "NOT", "huisarts OR", "huisarts AND NOT bus",
                     "{title}: x", "\u{0}", "\u{7F}\u{1B}[2J", "\u{0301}\u{0301}", "\u{064B}", "\u{0640}\u{0640}",
                     "\u{202E}evil\u{202C}", "𝕳𝖚𝖎𝖘𝖆𝖗𝖙𝖘", "👨‍👩‍👧‍👦 huisarts", "ﷺ", "ﻃﺒﻴﺐ",
                     String(repeating: "huisarts ", count: 2_000), String(repeating: "x", count: 10_000),
                     String(repeating: "ቋ", count: 500), "a b c d e f g h i j k l m n o p q r s t u v w x y z"]
        for query in nasty {
            for language in ["nl", "ar", "ti", "xx"] {
                for result in index.search(query, language: language, audience: "asylum-seeker") {
                    XCTAssertLessThanOrEqual(result.snippet.count, 120)
                }
            }
        }
        // FTS5 operators are words like any other.
        // (As an operator, "huisarts AND" would be an FTS5 syntax error and find nothing.)
        let withOperatorWord = index.search("huisarts AND", language: "nl", audience: nil).map(\.topicID)
        XCTAssertFalse(withOperatorWord.isEmpty)
        XCTAssertEqual(withOperatorWord, index.search("huisarts and", language: "nl", audience: nil).map(\.topicID))
        XCTAssertEqual(index.search("\"huisarts\"", language: "nl", audience: nil).first?.topicID, "health-huisarts")
    }

    /// Random strings from every script the content has, and the characters that make
    /// trouble, in a fixed sequence: each search returns sane results.
    func testRandomInputIsSafe() {
        let pieces = ["a", "é", "ł", "ß", "ĳ", "huis", "arts", "лі", "к", "ар", "’", "ʼ", "'", "\u{0301}", "ط", "ب", "ي",
                      "\u{064E}", "\u{0651}", "\u{0640}", "ال", "أ", "ة", "ቋ", "ን", "፡", "😀", "👍🏽", "\u{200F}", "\u{00AD}",
                      "\"", "*", "(", ")", ":", "^", "-", " ", " ", " ", "1", "١", "\n", "\u{0}"]
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<400 {
            let query = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let language = ["nl", "en", "pl", "uk", "ar", "ti"].randomElement(using: &generator)!
            let results = index.search(query, language: language, audience: "labour-migrant", limit: 5)
            XCTAssertLessThanOrEqual(results.count, 5)
            for result in results {
                XCTAssertLessThanOrEqual(result.snippet.count, 120, query.debugDescription)
                XCTAssertNotNil(ShippedContent.store.topic(result.topicID))
            }
        }
    }

    func testAnIndexWithoutTopicsFindsNothing() throws {
        let index = try SearchIndex(content: SyntheticContent.store([]))
        XCTAssertEqual(index.search("huisarts", language: "nl", audience: nil), [])
        XCTAssertEqual(index.search("hausarts", language: "nl", audience: nil), [])
    }

    func testTheLastWordIsAPrefixWhileTyping() {
        XCTAssertEqual(index.search("huisar", language: "nl", audience: nil).first?.topicID, "health-huisarts")
        XCTAssertEqual(index.search("lekarz rodz", language: "pl", audience: nil).first?.topicID, "health-huisarts")
        // A space after it: the word is complete, and "huisar" is two edits from "huisarts".
        XCTAssertEqual(index.search("huisar ", language: "nl", audience: nil), [])
    }

    /// People type sentences. "ik" and "ben" must not decide which topic comes first.
    func testWholeSentencesFindTheTopicOfTheirMeaningfulWords() {
        let sentences: [(query: String, language: String, topic: String)] = [
            ("ik ben ziek", "nl", "health-huisarts"),
            ("I am sick", "en", "health-huisarts"),
            ("jestem chory", "pl", "health-huisarts"),
            ("ik heb kiespijn", "nl", "health-tandarts"),
            ("where can I learn Dutch", "en", "language-nederlands-leren"),
        ]
        for sentence in sentences {
            XCTAssertEqual(index.search(sentence.query, language: sentence.language, audience: nil).first?.topicID, sentence.topic,
                           sentence.query)
        }
        // With the filler words the result is the same as without them.
        XCTAssertEqual(index.search("waar kan ik de tandarts vinden ", language: "nl", audience: nil).map(\.topicID),
                       index.search("tandarts vinden ", language: "nl", audience: nil).map(\.topicID))
    }

    func testAQueryOfOnlyFillerWordsStillSearchesAndTheTypedWordIsKept() {
        XCTAssertFalse(index.search("ik ben ", language: "nl", audience: nil).isEmpty)
        // "ben" is being typed: it may become "benzine", so it still counts, as a prefix.
        let typing = index.search("ik ben", language: "nl", audience: nil).map(\.topicID)
        XCTAssertFalse(typing.isEmpty)
        XCTAssertEqual(typing, index.search("ben", language: "nl", audience: nil).map(\.topicID))
        XCTAssertNotEqual(typing, index.search("ben ", language: "nl", audience: nil).map(\.topicID),
                          "a finished 'ben' is a filler word; one being typed is not")
    }

    func testEveryResultIsOnceWithScoresFallingWithinEachGroup() {
        let results = index.search("huisarts", language: "nl", audience: "labour-migrant")
        XCTAssertEqual(Set(results.map(\.topicID)).count, results.count)
        for group in [true, false] {
            let scores = results.filter { $0.isForAudience == group }.map(\.score)
            XCTAssertEqual(scores, scores.sorted(by: >))
        }
        XCTAssertEqual(index.search("huisarts", language: "nl", audience: nil, limit: 2).count, 2)
        XCTAssertEqual(index.search("huisarts", language: "nl", audience: nil, limit: 0), [])
    }

    func testTheTargetGroupsTopicsComeFirst() {
        let results = index.search("BSN", language: "en", audience: "unaccompanied-minor")
        let flags = results.map(\.isForAudience)
        XCTAssertEqual(flags, flags.sorted { $0 && !$1 }, "for the group first, then the others")
        XCTAssertEqual(results.first?.topicID, "registration-amv-voogd")
        // registration-brp-bsn is not for unaccompanied minors: it comes, but after.
        let other = results.first { $0.topicID == "registration-brp-bsn" }
        XCTAssertEqual(other?.isForAudience, false)
        // Without a group every topic is for the person.
        XCTAssertTrue(index.search("BSN", language: "en", audience: nil).allSatisfy(\.isForAudience))
    }

    func testSnippetIsInTheRequestedLanguageAroundTheMatch() {
        let arabic = index.search("verwijsbrief", language: "ar", audience: nil)
        XCTAssertEqual(arabic.first?.topicID, "health-huisarts")
        let snippet = arabic.first?.snippet ?? ""
        XCTAssertTrue(snippet.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, snippet)
        XCTAssertTrue(snippet.contains("verwijsbrief"), snippet)
        XCTAssertEqual(arabic.first?.matchedTerms, ["verwijsbrief"])

        let polish = index.search("huisarts", language: "pl", audience: nil)
        XCTAssertTrue(polish.first?.snippet.contains("lekarza") ?? false, polish.first?.snippet ?? "")
    }

    func testSnippetFallsBackLikeThePage() {
        // Tigrinya topics are not translated yet: the snippet is what the page shows,
        // the fallback. Whatever ti.po has, it is the text topicText gives.
        let store = ShippedContent.store
        let result = index.search("family doctor", language: "ti", audience: nil).first
        XCTAssertEqual(result?.topicID, "health-huisarts")
        let topic = store.topic("health-huisarts")!
        let shown = [store.topicText(topic, .title, topic.title, "ti").text, store.topicText(topic, .summary, topic.summary, "ti").text]
            + topic.body.map { store.topicText(topic, $0.segmentKind, $0.text, "ti").text }
        let snippet = (result?.snippet ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "…"))
        XCTAssertTrue(shown.contains { $0.contains(snippet) }, snippet)
    }

    func testMatchedTermsAreWordsOfTheSnippetAsWritten() {
        for (query, language) in [("طَبِيب", "ar"), ("PŁACA minimalna", "pl"), ("прийомна сім'я", "uk"), ("Huisarts", "nl"),
                                  ("hausarts", "en"), ("ubezp", "pl"), ("تامين صحى", "ar")] {
            let results = index.search(query, language: language, audience: nil)
            XCTAssertFalse(results.isEmpty, query)
            for result in results {
                XCTAssertLessThanOrEqual(result.snippet.count, 120)
                for term in result.matchedTerms {
                    XCTAssertTrue(result.snippet.contains(term), "\(term) not in \(result.snippet)")
                }
            }
            XCTAssertFalse(results[0].matchedTerms.isEmpty, "\(query): \(results[0].snippet)")
        }
        let arabic = index.search("تأمين صحي", language: "ar", audience: nil)[0]
        XCTAssertEqual(arabic.matchedTerms, ["التأمين", "الصحي"])   // the article is part of the word as written
        let ukrainian = index.search("прийомна сім'я", language: "uk", audience: nil)[0]
        XCTAssertTrue(ukrainian.matchedTerms.contains("сім’я"), "\(ukrainian.matchedTerms)")
    }

    func testLongTextsAreCutToAWindowAroundTheMatch() {
        let long = String(repeating: "Eerst komt er een lange inleiding over iets anders. ", count: 6)
            + "Dan staat hier het woord verwijsbrief, en daarna " + String(repeating: "nog veel meer tekst. ", count: 10)
        let index = SyntheticContent.index([SyntheticContent.topic("lang", title: "Titel", body: [long])])
        let result = index.search("verwijsbrief", language: "nl", audience: nil)[0]
        XCTAssertLessThanOrEqual(result.snippet.count, 120)
        XCTAssertTrue(result.snippet.hasPrefix("…") && result.snippet.hasSuffix("…"), result.snippet)
        XCTAssertTrue(result.snippet.contains("verwijsbrief"))
        XCTAssertEqual(result.matchedTerms, ["verwijsbrief"])
    }

    func testMachineTranslationsAreFoundOutdatedOnesAreNot() {
        let topic = SyntheticContent.topic("zorg", title: "De zorgverzekering",
                                           body: ["Eerste alinea.", "Tweede alinea.", "Derde alinea."])
        func entry(_ text: String, _ translation: String, fuzzy: Bool, previous: String? = nil) -> POEntry {
            var entry = POEntry(context: "topic/zorg/paragraph", id: text, string: translation, flags: fuzzy ? ["fuzzy"] : [])
            entry.previousID = previous
            return entry
        }
        let store = SyntheticContent.store([topic], translations: ("en", [
            entry("Eerste alinea.", "Reviewed paragraph about kangaroos.", fuzzy: false),
            entry("Tweede alinea.", "Machine paragraph about giraffes.", fuzzy: true),
            entry("Derde alinea.", "Outdated paragraph about penguins.", fuzzy: true, previous: "Oude derde alinea."),
        ]))
        let index = try! SearchIndex(content: store)
        XCTAssertEqual(index.search("kangaroos", language: "en", audience: nil).map(\.topicID), ["zorg"])
        XCTAssertEqual(index.search("giraffes", language: "en", audience: nil).map(\.topicID), ["zorg"])
        XCTAssertEqual(index.search("penguins", language: "en", audience: nil), [])
        // The Dutch source is always there.
        XCTAssertEqual(index.search("derde alinea", language: "en", audience: nil).map(\.topicID), ["zorg"])
    }

    func testArabicFindsWordsWithAndWithoutTheArticle() {
        let index = SyntheticContent.index([
            SyntheticContent.topic("met", title: "Onderwerp", keywords: ["الطبيب"]),
            SyntheticContent.topic("zonder", title: "Onderwerp", keywords: ["مستشفى"]),
        ])
        XCTAssertEqual(index.search("طبيب ", language: "ar", audience: nil).map(\.topicID), ["met"])
        XCTAssertEqual(index.search("المستشفى ", language: "ar", audience: nil).map(\.topicID), ["zonder"])
        XCTAssertEqual(index.search("بالمستشفى ", language: "ar", audience: nil).map(\.topicID), ["zonder"])
        // Three letters must remain: الم ("pain") is not ال + م.
        XCTAssertEqual(index.search("م ", language: "ar", audience: nil), [])
    }

    /// Tigrinya in its own script, with words from ti.po's interface labels (ርክብ
    /// contact, ተሌፎን telephone, ኣድራሻ address) as a translated title.
    func testTigrinyaTranslationsAreSearchedInTheirScript() throws {
        let topic = SyntheticContent.topic("contact", title: "Contact en telefoon")
        let title = POEntry(context: "topic/contact/title", id: "Contact en telefoon", string: "ርክብ፡ ተሌፎን ኣድራሻ")
        let index = try SearchIndex(content: SyntheticContent.store([topic], translations: ("ti", [title])))
        for query in ["ተሌፎን", "ተሌ", "ተሌፎነ", "ርክብ ኣድራሻ"] {
            let result = index.search(query, language: "ti", audience: nil).first
            XCTAssertEqual(result?.topicID, "contact", query)
            XCTAssertEqual(result?.snippet, "ርክብ፡ ተሌፎን ኣድራሻ", query)
        }
        XCTAssertEqual(index.search("ተሌፎን", language: "ti", audience: nil).first?.matchedTerms, ["ተሌፎን"])
    }

    /// Tigrinya in its own script: every topic whose Tigrinya title is translated
    /// (reviewed or machine) is found by that title. ti.po is being translated now;
    /// this covers the script as soon as it has topic texts.
    func testTigrinyaTitlesFindTheirTopic() throws {
        let store = ShippedContent.store
        let translated = store.topics.compactMap { topic -> (Topic, String)? in
            let title = store.topicText(topic, .title, topic.title, "ti")
            return title.language == "ti" && title.fallback == nil ? (topic, title.text) : nil
        }
        guard !translated.isEmpty else { throw XCTSkip("ti.po has no topic translations yet") }
        for (topic, title) in translated {
            let ids = index.search(title, language: "ti", audience: nil).prefix(3).map(\.topicID)
            XCTAssertTrue(ids.contains(topic.id), "\(title): \(ids)")
        }
    }
}

/// A small deterministic random generator (SplitMix64), so a failing input can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
