import XCTest
@testable import WegwijsContent

/// A person always sees text, and is told honestly what it is.
final class FallbackTests: XCTestCase {
    let store = Fixtures.loadMinimal()

    func testReviewedTranslationIsShownAsIs() {
        let text = store.localize("De huisarts", context: "topic/health-doctor/title", language: "en")
        XCTAssertEqual(text, Localized(text: "The GP", language: "en"))
    }

    func testMachineTranslationIsShownAndMarked() {
        let text = store.localize("De huisarts", context: "topic/health-doctor/title", language: "pl")
        XCTAssertEqual(text.text, "Lekarz rodzinny")
        XCTAssertTrue(text.isMachineTranslation)
        XCTAssertNil(text.fallback)
    }

    func testOutdatedTranslationIsNeverShownAndFallsBack() {
        let text = store.localize("Bij ziekte gaat u eerst naar de huisarts.", context: "topic/health-doctor/summary", language: "ar")
        XCTAssertEqual(text.text, "When you are ill, you go to the GP first.")
        XCTAssertEqual(text.language, "en")
        XCTAssertEqual(text.fallback, .outdated)
    }

    func testMissingTranslationFallsThroughTheChainToDutch() {
        let text = store.localize("Iedereen die in Nederland werkt, krijgt minstens het minimumloon.",
                                  context: "topic/work-rights/paragraph", language: "ti")
        XCTAssertEqual(text.language, "nl")
        XCTAssertEqual(text.fallback, .missing)
    }

    func testInterfaceLabelsFallBackToo() {
        XCTAssertEqual(store.ui("back", "ar"), "رجوع")
        XCTAssertEqual(store.uiLocalized("back", "ar").isMachineTranslation, true)
        XCTAssertEqual(store.ui("back", "nl"), "Terug")
    }

    func testDutchIsTheSourceAndNeverMarked() {
        let text = store.localize("De huisarts", context: "topic/health-doctor/title", language: "nl")
        XCTAssertEqual(text, Localized(text: "De huisarts", language: "nl"))
    }
}
