import XCTest
import WegwijsContent
@testable import WegwijsApp

/// A new key is one `Command`: its key, its key-bar label and what it does.
final class CommandTests: XCTestCase {
    /// On a topic page, "t" shows it in English.
    let english = Command(id: "english", keys: [.character("t")], barKey: "t", label: .language, keep: 2) { state, _ in
        guard case .topic = state.screen, state.language != "en" else { return nil }
        var next = state
        next.language = "en"
        return next
    }

    func driver() -> Driver {
        var d = Driver(content: TestContent.minimal, search: TestContent.minimalIndex)
        d.commands = [english]
        d.press(.enter, .enter, .enter, .enter)
        XCTAssertEqual(d.state.screen, .topic(id: "health-doctor"))
        return d
    }

    func testTheKeyRunsItWhereItAppliesAndTheKeyBarShowsIt() {
        var d = driver()
        XCTAssertTrue(d.frame.lines.last?.contains("t Taal") ?? false, d.screenText)
        d.press(.character("t"))
        XCTAssertEqual(d.state.language, "en")
        XCTAssertFalse(d.frame.lines.last?.contains(" t ") ?? true, "done: it no longer applies, so it is not offered")
    }

    func testATapOnItsEntryRunsIt() {
        var d = driver()
        d.click("t Taal")
        XCTAssertEqual(d.state.language, "en")
    }

    func testOnTheSearchScreenItsKeyIsText() {
        var d = driver()
        d.press(.character("/"))
        d.type("t")
        XCTAssertEqual(d.state.query, "t")
        XCTAssertEqual(d.state.language, "nl")
    }
}
