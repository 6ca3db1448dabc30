import XCTest
import WegwijsContent
@testable import WegwijsApp

/// The kiosk's idle reset, driven by clock ticks as the terminal loop sends them.
final class IdleTests: XCTestCase {
    let kiosk = AppConfig(allowQuit: false, idle: IdlePolicy(idleSeconds: 90, countdownSeconds: 15))

    /// A visitor reading a topic in Polish, on the shipped content (which has the
    /// countdown's Polish text).
    func driver(_ config: AppConfig) -> Driver {
        var d = Driver(content: TestContent.shipped, language: "pl")
        d.config = config
        d.state = App.update(d.state, .tick(1000), content: d.content, config: config)
        d.state = App.start(language: "pl", audience: "labour-migrant", size: d.state.size, content: d.content)
        d.state = App.update(d.state, .tick(1000), content: d.content, config: config)
        d.press(.enter, .enter)
        return d
    }

    func tick(_ d: inout Driver, _ now: Double) { d.state = App.update(d.state, .tick(now), content: d.content, config: d.config) }

    func testAfterTheIdleTimeEverythingTheVisitorLeftIsGone() {
        var d = driver(kiosk)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
        d.type("/")
        d.type("lekarz")
        XCTAssertEqual(d.state.query, "lekarz")
        tick(&d, 1000 + 89)
        XCTAssertEqual(d.state.query, "lekarz", "not yet")
        tick(&d, 1000 + 90)
        XCTAssertEqual(d.state.screen, .language)
        XCTAssertEqual(d.state.stack, [.language])
        XCTAssertNil(d.state.audience)
        XCTAssertEqual(d.state.query, "")
        XCTAssertEqual(d.state.language, "nl", "the next visitor starts in the source language")
        XCTAssertTrue(d.screenText.contains("Kies uw taal"))
    }

    func testACountdownInTheReadersLanguageAndATouchKeepsTheSession() {
        var d = driver(kiosk)
        tick(&d, 1000 + 74)
        XCTAssertFalse(d.screenText.contains("Wegwijs zacznie od nowa"), "no countdown before the last 15 seconds")
        tick(&d, 1000 + 76)
        XCTAssertTrue(d.screenText.contains("Za 14 s Wegwijs zacznie od nowa"), d.screenText)
        d.press(.backspace) // "I am still here": consumed, nothing else happens
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
        XCTAssertFalse(d.screenText.contains("zacznie od nowa"))
        tick(&d, 1000 + 76 + 89)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"), "the idle time starts again from the touch")
    }

    func testATapOnTheCountdownKeepsTheSession() {
        var d = driver(kiosk)
        tick(&d, 1000 + 80)
        d.click("zacznie od nowa")
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
        tick(&d, 1000 + 80 + 80)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
    }

    func testOutsideTheKioskTimeChangesNothing() {
        var d = driver(AppConfig())
        tick(&d, 1_000_000)
        XCTAssertEqual(d.state.screen, .topic(id: "health-huisarts"))
        XCTAssertNil(App.countdown(d.state, config: d.config))
    }
}
