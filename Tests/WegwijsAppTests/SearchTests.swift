import XCTest
import WegwijsContent
import WegwijsSearch
import WegwijsText
@testable import WegwijsApp

/// The search screen: typing, choosing, leaving, and how results look in every direction.
final class SearchTests: XCTestCase {
    /// The shipped content, in Polish, for a labour migrant, on the categories screen.
    func shippedDriver(_ language: String = "pl", audience: String = "labour-migrant",
                       size: Size = Size(columns: 80, rows: 24)) -> Driver {
        var d = Driver(content: TestContent.shipped, search: TestContent.shippedIndex, size: size)
        d.state = App.start(language: language, audience: audience, size: size, content: d.content)
        return d
    }

    func fixtureDriver(_ language: String, size: Size = Size(columns: 80, rows: 24)) -> Driver {
        var d = Driver(content: TestContent.minimal, search: TestContent.minimalIndex, size: size)
        d.state = App.start(language: language, audience: "labour-migrant", size: size, content: d.content)
        return d
    }

    func testTypingBuildsTheQueryAndResultsAppearAsYouType() {
        var d = shippedDriver()
        d.type("/")
        XCTAssertEqual(d.state.screen, .search)
        XCTAssertEqual(d.state.query, "")
        d.type("lek")
        XCTAssertEqual(d.state.query, "lek")
        XCTAssertTrue(d.screenText.contains("Do lekarza rodzinnego"), "a prefix already finds it:\n\(d.screenText)")
        d.type("arz")
        XCTAssertEqual(d.state.query, "lekarz")
        let text = d.screenText
        XCTAssertTrue(text.contains("lekarz"), "the query is on screen:\n\(text)")
        let titleRow = d.frame.locate("Do lekarza rodzinnego")!.1
        XCTAssertEqual(d.frame[0, titleRow].text, "›", "the first result is selected")
        XCTAssertTrue(d.frame.lines[titleRow + 1].contains("lekarza"), "a snippet under the title:\n\(text)")
    }

    func testF4AndTheKeyBarOpenSearchFromEveryScreen() {
        var d = Driver(content: TestContent.minimal, search: TestContent.minimalIndex)
        XCTAssertTrue(d.screenText.contains("/ Zoeken"), "already on the first screen")
        d.press(.function(4))
        XCTAssertEqual(d.state.screen, .search)
        d.press(.escape)
        XCTAssertEqual(d.state.screen, .language)
        for steps in 0...4 {
            var walk = Driver(content: TestContent.minimal, search: TestContent.minimalIndex)
            for _ in 0..<steps { walk.press(.enter) }
            let before = walk.state.screen
            XCTAssertTrue(walk.screenText.contains("/ Zoeken"), "\(before):\n\(walk.screenText)")
            walk.click("Zoeken")
            XCTAssertEqual(walk.state.screen, .search, "from \(before)")
            walk.click("Terug")
            XCTAssertEqual(walk.state.screen, before)
        }
    }

    func testSearchKeyBarNamesTheKeysThatStillWork() {
        var d = shippedDriver()
        d.type("/")
        let bar = d.frame.lines.last!
        XCTAssertTrue(bar.contains("Esc Wstecz"), bar)
        XCTAssertTrue(bar.contains("F2 Start"), bar)
        XCTAssertTrue(bar.contains("F3 Język"), bar)
        XCTAssertFalse(bar.contains("/ "), "no search entry on the search screen: \(bar)")
        d.type("zus")
        d.press(.function(3))
        XCTAssertEqual(d.state.screen, .language, "F3 changes the language")
        d.perform(.open(d.content.languages.firstIndex { $0.code == "uk" }!))
        XCTAssertEqual(d.state.screen, .search, "back on the search screen, now in Ukrainian")
        XCTAssertEqual(d.state.query, "zus")
        d.press(.function(2))
        XCTAssertEqual(d.state.screen, .categories, "F2 goes to the start")
    }

    /// Backspace takes one grapheme: "é" typed as e + U+0301 (a dead key, or a terminal
    /// that sends scalars one by one), an Arabic letter with its haraka.
    func testBackspaceRemovesOneGrapheme() {
        var d = shippedDriver()
        d.type("/")
        d.press(.character("c"), .character("a"), .character("f"), .character("e"), .character("\u{301}"))
        XCTAssertEqual(d.state.query.count, 4)
        XCTAssertEqual(d.state.query.unicodeScalars.count, 5)
        d.press(.backspace)
        XCTAssertEqual(d.state.query, "caf")
        d.press(.backspace, .backspace, .backspace)
        XCTAssertEqual(d.state.query, "")
        d.press(.backspace)
        XCTAssertEqual(d.state.screen, .search, "Backspace on an empty query stays: only Esc leaves")

        // ط then ب with a fatha (U+064E): two graphemes, three scalars.
        d.press(.character("ط"), .character("ب"), .character("\u{064E}"))
        XCTAssertEqual(d.state.query.count, 2)
        d.press(.backspace)
        XCTAssertEqual(Array(d.state.query.unicodeScalars), ["ط"])
        // A haraka that arrives joined to its letter is one Character too.
        d.press(.character("بُ"))
        d.press(.backspace)
        XCTAssertEqual(d.state.query, "ط")
    }

    func testLettersAndDigitsAreTextNotShortcuts() {
        var d = shippedDriver()
        d.type("/")
        d.type("q h l + * 0 1 /")
        XCTAssertEqual(d.state.query, "q h l + * 0 1 /")
        XCTAssertFalse(d.quit, "q typed in search is text, not quit")
        XCTAssertEqual(d.state.screen, .search)
        d.press(.function(10))
        XCTAssertTrue(d.quit, "F10 still quits")
    }

    func testEscReturnsToWhereThePersonWas() {
        var d = shippedDriver()
        d.press(.down)
        d.perform(.open(1))
        let place = d.state.screen
        d.press(.down)
        let selection = d.state.selection
        d.type("/huisarts")
        XCTAssertEqual(d.state.screen, .search)
        d.press(.escape)
        XCTAssertEqual(d.state.screen, place)
        XCTAssertEqual(d.state.selection, selection, "with the same item selected")
    }

    func testOpeningAResultAndGoingBackKeepsTheQuery() {
        var d = shippedDriver()
        d.type("/lekarz")
        d.press(.down)
        let second = d.state.selection
        XCTAssertEqual(second, 1)
        d.press(.up)
        d.press(.enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
        XCTAssertTrue(d.screenText.contains("/ Szukaj"))
        d.press(.backspace)
        XCTAssertEqual(d.state.screen, .search)
        XCTAssertEqual(d.state.query, "lekarz")
        XCTAssertEqual(d.state.selection, 0)
        // Digits are text here, so results are chosen with the arrows, Enter or a click.
        // (Another result of "lekarz" since the content grew to 34 topics.)
        d.click("Pomoc, gdy czujesz")
        XCTAssertEqual(d.state.screen, .topic(id: "health-psychische-hulp"))
        d.press(.escape)
        XCTAssertEqual(d.state.screen, .search)
        // "/" on a topic opened from search goes back to the same search.
        d.press(.enter)
        d.press(.pageDown)
        d.type("/")
        XCTAssertEqual(d.state.screen, .search)
        XCTAssertEqual(d.state.query, "lekarz")
        XCTAssertEqual(d.state.stack.filter { $0 == .search }.count, 1, "never two searches on the way back")
        d.press(.escape)
        XCTAssertEqual(d.state.screen, .categories)
        d.type("/")
        XCTAssertEqual(d.state.query, "", "a new search starts empty")
    }

    func testNothingFoundSaysSoAndOffersTheCategories() {
        var d = fixtureDriver("nl")
        d.type("/xyzzyqw")
        let text = d.screenText
        XCTAssertTrue(text.contains("Niets gevonden."), text)
        XCTAssertTrue(text.contains("Waarover wilt u iets weten?"), text)
        XCTAssertTrue(text.contains("Zorg") && text.contains("Werk"), text)
        XCTAssertFalse(text.contains("Vrije tijd"), "only categories with topics for the group:\n\(text)")
        d.press(.down, .enter)
        XCTAssertEqual(d.state.screen, .topics(category: "work"))
        d.press(.escape)
        XCTAssertEqual(d.state.screen, .search)
        XCTAssertEqual(d.state.query, "xyzzyqw")
    }

    func testAnEmptyQueryShowsAHint() {
        var d = fixtureDriver("nl")
        d.type("/")
        XCTAssertTrue(d.screenText.contains("Typ een woord, in welke taal dan ook."), d.screenText)
        d.type("   ")
        XCTAssertTrue(d.screenText.contains("Typ een woord, in welke taal dan ook."), "spaces are no query")
        d.press(.enter)
        XCTAssertEqual(d.state.screen, .search, "nothing to open")
    }

    func testTopicsOfOtherGroupsComeLastWithANote() {
        var d = shippedDriver("en", audience: "ukrainian", size: Size(columns: 80, rows: 60))
        d.type("/bsn")
        let page = SearchScreen.page(for: d.state, content: d.content, search: d.search)
        let others = page.items.map(\.isOtherGroup)
        XCTAssertTrue(others.contains(true), "the shipped content has BSN topics for other groups")
        XCTAssertEqual(others, others.sorted { !$0 && $1 }, "the person's group first")
        let text = d.screenText
        let note = text.components(separatedBy: "For another group").count - 1
        XCTAssertEqual(note, others.filter { $0 }.count, text)
        let firstOther = page.items.first { $0.isOtherGroup }!.label.text
        let lines = d.frame.lines
        let row = lines.firstIndex { $0.contains(firstOther) }!
        XCTAssertTrue(lines[row + 1].contains("For another group"), text)
    }

    /// The Arabic screen is mirrored: the query and results are right-aligned, and the
    /// highlight sits on the matched word's cells after bidi reordering, both for an
    /// Arabic word and for a Latin word inside an Arabic line.
    func testArabicResultsAreRightAlignedAndHighlightTheMatchedWord() {
        var d = fixtureDriver("ar")
        d.type("/huisarts")
        var frame = d.frame
        var highlighted = highlightedRuns(frame)
        XCTAssertEqual(highlighted.map(\.text), ["huisarts"], frame.lines.joined(separator: "\n"))
        let (x, y) = highlighted[0].start
        let cells = Array(frame.row(y))
        XCTAssertEqual(cells[x..<(x + 8)].map(\.text).joined(), "huisarts", "on the cells that show the word")
        XCTAssertNotEqual(y, Layout.titleRow(d.state.size), "not the query line")
        // The snippet line: Arabic, laid out right to left, ending at the right margin and indent.
        let row = frame.lines[y]
        XCTAssertEqual(row.count, 80 - 2 - 2, "right-aligned at the margin and the snippet's indent: '\(row)'")
        XCTAssertTrue(row.contains("ﺐﻴﺒﻃ"), "shaped and reversed Arabic: '\(row)'")

        d.state.query = "طبيب"
        frame = d.frame
        highlighted = highlightedRuns(frame)
        let word = Bidi.visualLine("طبيب", baseDirection: .rightToLeft).text
        XCTAssertEqual(word, "ﺐﻴﺒﻃ")
        XCTAssertFalse(highlighted.isEmpty, frame.lines.joined(separator: "\n"))
        for run in highlighted { XCTAssertEqual(run.text, word, "the whole word and nothing else") }
        // The title row: right-aligned, with the selection marker at the right edge.
        let titleRow = highlighted[0].start.1
        XCTAssertEqual(frame[79, titleRow].text, "‹")
        XCTAssertEqual(frame.lines[titleRow].count, 80, "title at the right margin")
        XCTAssertTrue(frame.lines[titleRow].hasSuffix("ﺓﺮﺳﻷﺍ ﺐﻴﺒﻃ ‹"), frame.lines[titleRow])
        // The query: right-aligned after the label, the cursor to its left (where Arabic grows).
        let queryRow = Layout.titleRow(d.state.size)
        let cursor = frame.cursor!
        XCTAssertEqual(cursor.y, queryRow)
        XCTAssertEqual(frame[cursor.x, cursor.y].style, .cursor)
        XCTAssertEqual(Array(frame.row(queryRow))[(cursor.x + 1)..<(cursor.x + 5)].map(\.text).joined(), word)
    }

    func testHighlightsFindWholeWordsInMixedLines() {
        let line = TextLayout.singleLine("اتصل بـ Veilig Thuis على الرقم 0800-2000 أو Thuisarts", width: 80, direction: .rightToLeft)
        let ranges = SearchScreen.highlights(in: line, terms: ["Thuis", "الرقم"], direction: .rightToLeft, mode: .app)
        let characters = Array(line.text)
        func text(_ range: Range<Int>) -> String { String(characters[range]) } // one cell per character here
        XCTAssertEqual(ranges.map(text).sorted(), [Bidi.visualLine("الرقم", baseDirection: .rightToLeft).text, "Thuis"].sorted(),
                       "'Thuis' of 'Thuisarts' is not a match: \(line.text)")
    }

    func testTheQueryLineShowsTheEndOfALongQueryAndTheCursorAfterIt() {
        var d = fixtureDriver("nl", size: Size(columns: 40, rows: 12))
        d.type("/huisarts ")
        var frame = d.frame
        let row = Layout.titleRow(d.state.size)
        XCTAssertEqual(frame.lines[row], " Zoeken: huisarts")
        XCTAssertEqual(frame.cursor, Frame.Position(x: 18, y: row), "after the space typed")
        d.type(String(repeating: "abcdefghij", count: 5) + "XYZ")
        frame = d.frame
        XCTAssertTrue(frame.lines[row].hasPrefix(" Zoeken: …"), frame.lines[row])
        XCTAssertTrue(frame.lines[row].hasSuffix("hijXYZ"), frame.lines[row])
        XCTAssertEqual(frame.cursor?.x, 39 - 1, "the cursor in the last cell of the field")
    }

    /// A paste arrives as many characters before the next frame is drawn: the result
    /// must not depend on a view in between.
    func testAPasteOfManyCharactersNeedsNoFrameInBetween() {
        var pasted = shippedDriver("uk", audience: "ukrainian")
        pasted.type("/")
        let text = "сімейний лікар ☺ ቋንቋ طبيب " + String(repeating: "ж", count: 500)
        for character in text {
            pasted.state = App.update(pasted.state, .key(.character(character)), content: pasted.content, search: pasted.search)
        }
        XCTAssertEqual(pasted.state.query, String(text.prefix(SearchScreen.maximumQueryLength)))
        XCTAssertEqual(pasted.state.screen, .search)
        var typed = shippedDriver("uk", audience: "ukrainian")
        typed.type("/")
        for character in text.prefix(30) {
            typed.press(.character(character))
            _ = typed.frame
        }
        pasted.state.query = String(text.prefix(30))
        XCTAssertEqual(pasted.frame, typed.frame, "the same screen, drawn once or after every key")
        XCTAssertTrue(pasted.screenText.contains("лікар"), pasted.screenText)
    }

    func testScriptsOfEveryLanguageCanBeTypedAndFindTheTopic() {
        for (language, query) in [("uk", "лікар"), ("ar", "طبيب"), ("ti", "ሓኪም"), ("pl", "lekarz"), ("nl", "huisarts"),
                                  ("nl", "huisatrs"), ("en", "doctor")] {
            var d = shippedDriver(language, audience: "asylum-seeker")
            d.type("/")
            d.type(query)
            let page = SearchScreen.page(for: d.state, content: d.content, search: d.search)
            XCTAssertEqual(page.kind, .results, "\(language) \(query)")
            XCTAssertTrue(page.items.prefix(3).contains { $0.target == .topic("health-huisarts") }, "\(language) \(query)")
            d.press(.enter)
            guard case .topic(let first) = page.items[0].target else { return XCTFail("\(page.items[0])") }
            XCTAssertEqual(d.state.screen, .topic(id: first), "Enter opens the first result")
        }
    }

    func testEverySizeAndLanguageHasAFullFrame() {
        for language in ["nl", "en", "pl", "uk", "ar", "ti"] {
            for size in [Size(columns: 40, rows: 12), Size(columns: 80, rows: 24), Size(columns: 200, rows: 60)] {
                for query in ["", "a", "huisarts", "xyzzyqw", "طبيب", String(repeating: "ቋ", count: 300)] {
                    var d = shippedDriver(language, audience: "permit-holder", size: size)
                    d.type("/")
                    d.state.query = query
                    let frame = d.frame
                    let body = frame.lines.dropFirst(2).dropLast().joined()
                    XCTAssertFalse(body.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(size) \(query)")
                    for y in 0..<frame.height {
                        let width = frame.row(y).reduce(0) { $0 + ($1.text.isEmpty ? 1 : DisplayWidth.of($1.text)) }
                        XCTAssertEqual(width, size.columns, "\(language) \(size) '\(query)': row \(y)")
                    }
                }
            }
        }
    }

    func testGoldenSearchFrames() {
        for (language, query) in [("nl", "huisarts"), ("ar", "طبيب")] {
            for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
                let name = "\(language)-\(size.columns)x\(size.rows)-search"
                var d = fixtureDriver(language, size: size)
                d.type("/")
                assertGolden(d.frame, "\(name)-1-hint")
                d.type(query)
                assertGolden(d.frame, "\(name)-2-results")
                d.type("xyzzyqw")
                assertGolden(d.frame, "\(name)-3-nothing-found")
            }
        }
    }

    /// The runs of highlighted cells: their text and where they start.
    func highlightedRuns(_ frame: Frame) -> [(text: String, start: (Int, Int))] {
        var runs: [(text: String, start: (Int, Int))] = []
        for y in 0..<frame.height {
            var x = 0
            while x < frame.width {
                guard frame[x, y].style == .highlight else { x += 1; continue }
                let start = x
                var text = ""
                while x < frame.width && frame[x, y].style == .highlight { text += frame[x, y].text; x += 1 }
                runs.append((text, (start, y)))
            }
        }
        return runs
    }
}
