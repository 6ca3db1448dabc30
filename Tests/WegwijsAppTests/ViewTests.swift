import XCTest
import WegwijsContent
import WegwijsText
@testable import WegwijsApp

final class ViewTests: XCTestCase {
    /// Golden frames of every screen at 80x24 and 40x12 in Dutch, Polish, Tigrinya and
    /// Arabic (mirrored: right-aligned, numbers and markers on the right).
    func testGoldenFrames() {
        for language in ["nl", "pl", "ti", "ar"] {
            for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
                let name = "\(language)-\(size.columns)x\(size.rows)"
                var d = Driver(content: TestContent.minimal, language: language, size: size)
                assertGolden(d.frame, "\(name)-1-language")
                d.perform(.open(d.content.languages.firstIndex { $0.code == language }!))
                assertGolden(d.frame, "\(name)-2-audience")
                d.perform(.open(1))
                assertGolden(d.frame, "\(name)-3-categories")
                d.perform(.open(0))
                assertGolden(d.frame, "\(name)-4-topics")
                d.perform(.open(0))
                assertGolden(d.frame, "\(name)-5-topic")
            }
        }
    }

    func testTooSmallShowsANoticeInTheLanguageAndNeverCrashes() {
        var d = Driver(content: TestContent.minimal, language: "pl", size: Size(columns: 39, rows: 12))
        XCTAssertTrue(d.screenText.contains("Powiększ okno"), d.screenText)
        for size in [Size(columns: 1, rows: 1), Size(columns: 0, rows: 0), Size(columns: 300, rows: 100),
                     Size(columns: 40, rows: 11), Size(columns: 2, rows: 50)] {
            d.state = App.update(d.state, .resize(size), content: d.content)
            let frame = d.frame
            XCTAssertEqual(frame.width, size.columns)
            XCTAssertEqual(frame.height, size.rows)
        }
    }

    func testEveryScreenInEveryLanguageAndSizeShowsText() {
        let content = TestContent.shipped
        for language in content.languages {
            for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 200, rows: 60)] {
                for audience in content.audiences {
                    var state = App.start(language: language.code, audience: audience.id, size: size, content: content)
                    var screens = [state]
                    for category in content.categories(for: audience.id) {
                        state.stack = [.language, .audience, .categories, .topics(category: category.id)]
                        screens.append(state)
                        for topic in content.topics(in: category.id, for: audience.id) {
                            state.stack.append(.topic(id: topic.id))
                            screens.append(state)
                            state.stack.removeLast()
                        }
                    }
                    for screen in screens {
                        let frame = App.view(screen, content: content)
                        let body = frame.lines.dropFirst().dropLast().joined()
                        XCTAssertFalse(body.trimmingCharacters(in: .whitespaces).isEmpty,
                                       "empty screen: \(language.code) \(audience.id) \(screen.screen) \(size)")
                        for y in 0..<frame.height {
                            let width = frame.row(y).reduce(0) { $0 + ($1.text.isEmpty ? 1 : DisplayWidth.of($1.text)) }
                            XCTAssertEqual(width, size.columns, "row \(y) is not exactly the width")
                        }
                    }
                }
            }
        }
    }

    func testAPersonSeesOnlyThePartsForTheirGroup() {
        var d = Driver(content: TestContent.minimal)
        d.state = App.start(language: "nl", audience: "asylum-seeker", size: Size(columns: 80, rows: 40), content: d.content)
        d.perform(.open(0)); d.perform(.open(0))
        XCTAssertTrue(d.screenText.contains("In het azc gaat u naar GZA."))
        XCTAssertFalse(d.screenText.contains("U zoekt zelf een huisarts."))
        XCTAssertFalse(d.screenText.contains("Juridisch Loket"), "a contact for another group is left out")
        XCTAssertTrue(d.screenText.contains("Veilig Thuis"))
        XCTAssertTrue(d.screenText.contains("Open: dag en nacht, elke dag"))
        d.state = App.start(language: "nl", audience: "labour-migrant", size: Size(columns: 80, rows: 40), content: d.content)
        d.perform(.open(0)); d.perform(.open(0))
        XCTAssertFalse(d.screenText.contains("In het azc gaat u naar GZA."))
        XCTAssertTrue(d.screenText.contains("U zoekt zelf een huisarts."))
        XCTAssertTrue(d.screenText.contains("Open: ma–vr 09:00–18:00"))
    }

    func testTheScreenSaysWhatIsNotTranslatedOrNotChecked() {
        var d = Driver(content: TestContent.minimal)
        d.state = App.start(language: "pl", audience: "labour-migrant", size: Size(columns: 80, rows: 30), content: d.content)
        d.perform(.open(1)); d.perform(.open(0))
        XCTAssertEqual(d.state.screen, .topic(id: "work-rights"))
        XCTAssertTrue(d.screenText.contains("Jeszcze nieprzetłumaczone: pokazano w języku English, Nederlands."), d.screenText)
        d.state = App.start(language: "pl", audience: "labour-migrant", size: Size(columns: 80, rows: 30), content: d.content)
        d.perform(.open(0)); d.perform(.open(0))
        XCTAssertTrue(d.screenText.contains("Tłumaczenie maszynowe, jeszcze niesprawdzone przez tłumacza."), d.screenText)
        d.state = App.start(language: "en", audience: "labour-migrant", size: Size(columns: 80, rows: 30), content: d.content)
        d.perform(.open(0)); d.perform(.open(0))
        XCTAssertFalse(d.screenText.contains("Machine translation"), "reviewed English carries no note")
    }

    func testAnOutdatedTranslationIsReplacedAndSaidSo() {
        var d = Driver(content: TestContent.minimal)
        d.state = App.start(language: "ar", audience: "asylum-seeker", size: Size(columns: 80, rows: 30), content: d.content)
        d.perform(.open(0)); d.perform(.open(0))
        let text = d.screenText
        XCTAssertTrue(text.contains("When you are ill, you go to the GP first."), text)
        XCTAssertFalse(d.frame.lines.contains { $0.contains("تذهب أولًا") || $0.contains("ﺗﺬﻫﺐ") }, "the outdated Arabic summary is not shown")
    }

    func testSelectionIsMarkedBeyondColour() {
        let d = Driver(content: TestContent.minimal)
        let frame = d.frame
        let (_, row) = frame.locate("Nederlands")!
        XCTAssertEqual(frame[0, row].text, "›", "a marker, not only a colour")
        // The bar runs from after the number to the right margin, plus the marker.
        XCTAssertEqual(frame.row(row).filter { $0.style == .selected }.count, (80 - 2) - (2 + 2) + 1)
    }
}

/// Issue 11 item 4 on screen: a topic page shows the fact note, never the marker.
final class FactNoteViewTests: XCTestCase {
    func testATopicPageReplacesTheMarkerWithTheNote() {
        var content = TestContent.minimal
        let fact = Fact(id: "minimumloon", kind: .amount,
                        dates: FactDates(asOf: "2026-01-01", checked: "2026-11-29", checkBy: "2027-01-01"),
                        checkAt: "https://www.rijksoverheid.nl/onderwerpen/minimumloon")
        content.topics.append(Topic(id: "work-wage", category: "work", audiences: ["labour-migrant"], title: "Loon", summary: "S",
                                    reviewed: "2026-11-29", sources: ["https://www.rijksoverheid.nl/"], facts: [fact],
                                    body: [Block(kind: .paragraph, text: "Het minimumloon is €14,71 per uur. [fact:minimumloon]", line: 9)]))
        let topic = content.topics.last!
        let text = PlainText.topic(topic, content: content, language: "nl", audience: "labour-migrant", width: 200)
        XCTAssertTrue(text.contains("Het minimumloon is €14,71 per uur. (bedrag op 1 januari 2026 — kijk voor het bedrag van nu op rijksoverheid.nl)"), text)
        XCTAssertFalse(text.contains("[fact:"), text)
    }
}

/// Issue 11 items 5 and 6 on screen.
final class SourcesAndContactDescriptionViewTests: XCTestCase {
    func topic(sources: [String], secondary: [String]) -> Topic {
        Topic(id: "work-x", category: "work", audiences: ["labour-migrant"], title: "T", summary: "S", reviewed: "2026-11-29",
              sources: sources, secondarySources: secondary, body: [Block(kind: .paragraph, text: "Tekst.", line: 9)])
    }

    func testSecondarySourcesAreShownOnlyWhenThereIsNoOfficialOne() {
        let content = TestContent.minimal
        var text = PlainText.topic(topic(sources: ["https://www.rijksoverheid.nl/"], secondary: ["https://nieuws.example.nl/a"]),
                                   content: content, language: "nl", audience: "labour-migrant")
        XCTAssertTrue(text.contains("https://www.rijksoverheid.nl/"), text)
        XCTAssertFalse(text.contains("nieuws.example.nl"), text)
        text = PlainText.topic(topic(sources: [], secondary: ["https://nieuws.example.nl/a"]),
                               content: content, language: "nl", audience: "labour-migrant")
        XCTAssertTrue(text.contains("Bronnen:\n  https://nieuws.example.nl/a"), text)
    }

    func testAContactDescriptionIsShownUnderTheNameInTheReadersLanguage() throws {
        var content = TestContent.minimal
        var page = topic(sources: ["https://www.rijksoverheid.nl/"], secondary: [])
        page.contacts = [Contact(organisation: "Politie", phone: "0900-8844", description: "Politie — als het geen spoed is")]
        content.topics.append(page)
        content.catalogs["en"] = Catalog(language: "en", file: "en.po", poFile: POFile(entries: [
            POEntry(context: "topic/work-x/contact-description", id: "Politie — als het geen spoed is",
                    string: "Police — when it is not an emergency"),
        ]))
        let dutch = PlainText.topic(page, content: content, language: "nl", audience: "labour-migrant")
        XCTAssertTrue(dutch.contains("Politie\n  Politie — als het geen spoed is\n"), dutch)
        let english = PlainText.topic(page, content: content, language: "en", audience: "labour-migrant")
        XCTAssertTrue(english.contains("Politie\n  Police — when it is not an emergency\n"), english)
        let arabic = PlainText.topic(page, content: content, language: "ar", audience: "labour-migrant")
        XCTAssertTrue(arabic.contains("Police — when it is not an emergency"), "falls back to English, with the page's note: \(arabic)")
    }
}
