import XCTest
import WegwijsContent
@testable import WegwijsApp

/// Walking every path with arrows, digits and clicks, as a person would.
final class NavigationTests: XCTestCase {
    func testArrowsAndEnterWalkLanguageGroupCategoryTopicAndBack() {
        var d = Driver(content: TestContent.minimal)
        XCTAssertEqual(d.state.screen, .language)
        d.press(.down, .down, .enter) // Polski
        XCTAssertEqual(d.state.language, "pl")
        XCTAssertEqual(d.state.screen, .audience)
        XCTAssertTrue(d.screenText.contains("Kim jesteś?"), d.screenText)
        d.press(.down, .enter) // labour migrant
        XCTAssertEqual(d.state.audience, "labour-migrant")
        XCTAssertEqual(d.state.screen, .categories)
        XCTAssertTrue(d.screenText.contains("1. Zdrowie"))
        XCTAssertTrue(d.screenText.contains("2. Praca"))
        XCTAssertFalse(d.screenText.contains("Czas wolny"), "a category without topics for the group is not offered")
        d.press(.enter, .enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        XCTAssertTrue(d.screenText.contains("Lekarz rodzinny"))
        d.press(.backspace)
        XCTAssertEqual(d.state.screen, .topics(category: "health"))
        d.press(.left)
        XCTAssertEqual(d.state.screen, .categories)
        XCTAssertEqual(d.state.selection, 0, "the selection is kept on the way back")
    }

    func testDigitsAloneWalkEveryStepAndZeroGoesBack() {
        var d = Driver(content: TestContent.minimal)
        d.type("2"); d.press(.enter)
        XCTAssertEqual(d.state.language, "en")
        d.type("1"); d.press(.enter)
        XCTAssertEqual(d.state.audience, "asylum-seeker")
        d.type("2"); d.press(.enter)
        XCTAssertEqual(d.state.screen, .topics(category: "work"))
        d.type("1"); d.press(.enter)
        XCTAssertEqual(d.state.screen, .topic(id: "work-rights"))
        d.type("0")
        XCTAssertEqual(d.state.screen, .topics(category: "work"))
        d.type("0"); d.type("0")
        XCTAssertEqual(d.state.screen, .audience)
    }

    func testTwoDigitNumbersReachItemTenAndBeyond() {
        // A category with twelve topics: more than one digit is needed.
        var content = TestContent.minimal
        let template = content.topic("work-rights")!
        content.topics = (1...12).map { n in
            var topic = template
            topic.id = "topic-\(n)"
            topic.title = "Onderwerp \(n)"
            return topic
        }
        var d = Driver(content: content)
        d.state = App.start(language: "nl", audience: "labour-migrant", size: Size(columns: 80, rows: 24), content: content)
        d.perform(.open(0))
        XCTAssertEqual(d.state.screen, .topics(category: "work"))
        d.type("1")
        XCTAssertEqual(d.state.selection, 0)
        d.type("0")
        XCTAssertEqual(d.state.selection, 9, "'1' then '0' is item 10")
        d.type("12")
        XCTAssertEqual(d.state.selection, 11)
        d.press(.enter)
        XCTAssertEqual(d.state.screen, .topic(id: "topic-12"))
        XCTAssertTrue(d.screenText.contains("Onderwerp 12"))
    }

    func testMouseClicksAloneWalkEveryStep() {
        var d = Driver(content: TestContent.minimal)
        d.click("ትግርኛ")
        XCTAssertEqual(d.state.language, "ti")
        d.click("ክሰርሕ እየ መጺአ")
        XCTAssertEqual(d.state.audience, "labour-migrant")
        d.click("ጥዕና")
        XCTAssertEqual(d.state.screen, .topics(category: "health"))
        d.click("ሓኪም ስድራቤት")
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        d.click("ንድሕሪት") // back, in the key bar
        XCTAssertEqual(d.state.screen, .topics(category: "health"))
        d.click("ቋንቋ") // change language, in the key bar
        XCTAssertEqual(d.state.screen, .language)
        d.click("English")
        XCTAssertEqual(d.state.language, "en")
        XCTAssertEqual(d.state.screen, .topics(category: "health"), "changing language keeps the person where they were")
        d.click("Start")
        XCTAssertEqual(d.state.screen, .categories)
    }

    func testChangingLanguageOnATopicPageKeepsThePageAndItsScroll() {
        var d = Driver(content: TestContent.minimal)
        d.type("1"); d.press(.enter)
        d.type("2"); d.press(.enter)
        d.press(.enter, .enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        d.type("+")
        XCTAssertEqual(d.state.screen, .language)
        XCTAssertEqual(d.state.selection, 0, "the current language is preselected")
        d.type("4"); d.press(.enter)
        XCTAssertEqual(d.state.language, "ar")
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        XCTAssertTrue(d.screenText.contains("الطوارئ") || d.screenText.contains("ﺉﺭﺍﻮﻄﻟﺍ"), d.screenText)
    }

    func testInARightToLeftScreenBackPointsRight() {
        var d = Driver(content: TestContent.minimal)
        d.state = App.start(language: "ar", audience: "asylum-seeker", size: d.state.size, content: d.content)
        d.press(.left)
        XCTAssertEqual(d.state.screen, .topics(category: "health"), "left goes forward in Arabic")
        d.press(.right)
        XCTAssertEqual(d.state.screen, .categories, "right goes back in Arabic")
    }

    func testHomeGoesToTheCategoriesOfTheChosenGroup() {
        var d = Driver(content: TestContent.minimal)
        d.press(.enter, .enter, .enter, .enter, .enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        d.type("*")
        XCTAssertEqual(d.state.screen, .categories)
        d.press(.backspace)
        XCTAssertEqual(d.state.screen, .audience)
        XCTAssertEqual(d.state.selection, 0)
    }

    func testStartingWithLanguageAndGroupOpensAtTheCategories() {
        let state = App.start(language: "ar", audience: "asylum-seeker", size: Size(columns: 80, rows: 24), content: TestContent.minimal)
        XCTAssertEqual(state.screen, .categories)
        XCTAssertEqual(state.audience, "asylum-seeker")
        var d = Driver(content: TestContent.minimal)
        d.state = state
        d.press(.backspace)
        XCTAssertEqual(d.state.screen, .audience)
        XCTAssertEqual(d.state.selection, 0, "the group chosen on the command line is selected")
    }

    func testQuitOnlyWhenAllowed() {
        var d = Driver(content: TestContent.minimal)
        d.config = AppConfig(allowQuit: false)
        d.type("q")
        XCTAssertFalse(d.quit)
        XCTAssertFalse(d.screenText.contains("q "), "no quit key shown at the kiosk")
        d.config = AppConfig(allowQuit: true)
        d.type("q")
        XCTAssertTrue(d.quit)
    }

    func testTopicPageScrollsAndStopsAtTheEnd() {
        var d = Driver(content: TestContent.minimal, size: Size(columns: 40, rows: 12))
        d.press(.enter, .down, .enter, .enter, .enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        XCTAssertTrue(d.screenText.contains("↓"), "a long page says there is more:\n\(d.screenText)")
        for _ in 0..<100 { d.press(.down) }
        let bottom = d.state.scroll
        XCTAssertGreaterThan(bottom, 0)
        XCTAssertTrue(d.screenText.contains("https://www.rijksoverheid.nl/"), "the last line is reachable:\n\(d.screenText)")
        XCTAssertFalse(d.screenText.contains("↓"), "nothing more below the end")
        d.press(.up)
        XCTAssertEqual(d.state.scroll, bottom - 1, "one key up after the end scrolls at once")
    }
}
