import XCTest
import WegwijsContent
@testable import WegwijsApp

/// The app knows no idle rule (that is the kiosk's, WegwijsKiosk.IdlePolicy): it draws
/// the countdown it is given, in the reader's language, and time alone changes nothing.
final class CountdownViewTests: XCTestCase {
    func driver() -> Driver {
        var d = Driver(content: TestContent.shipped, language: "pl")
        d.state = App.start(language: "pl", audience: "labour-migrant", size: d.state.size, content: d.content)
        d.press(.enter, .enter)
        return d
    }

    func testTheCountdownShowsInTheReadersLanguageOverThePage() {
        var d = driver()
        XCTAssertFalse(d.screenText.contains("zacznie od nowa"))
        d.state.countdown = 14
        XCTAssertTrue(d.screenText.contains("Za 14 s Wegwijs zacznie od nowa"), d.screenText)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
    }

    func testTimeAloneChangesNothingInTheApp() {
        var d = driver()
        let before = d.state
        d.state = App.update(d.state, .tick(1_000_000), content: d.content, config: AppConfig(allowQuit: false))
        XCTAssertEqual(d.state.screen, before.screen)
        XCTAssertNil(d.state.countdown)
    }
}
