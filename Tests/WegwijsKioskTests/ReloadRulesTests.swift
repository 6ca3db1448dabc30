import XCTest
@testable import WegwijsKiosk

final class StablePollTests: XCTestCase {
    func testLoadsOnlyAfterTwoEqualPolls() {
        var poll = StablePoll(loadedKey: [1])
        XCTAssertFalse(poll.observe([1]), "unchanged content is not reloaded")
        XCTAssertFalse(poll.observe([2]), "first sight of new bytes: maybe half-written")
        XCTAssertFalse(poll.observe([3]), "still changing")
        XCTAssertTrue(poll.observe([3]), "stable for two polls")
        XCTAssertFalse(poll.observe([3]), "loaded once only")
    }

    func testUnreadableIsNeverLoaded() {
        var poll = StablePoll(loadedKey: [1])
        XCTAssertFalse(poll.observe(nil))
        XCTAssertFalse(poll.observe(nil))
    }
}

final class ReloadPolicyTests: XCTestCase {
    let old = ReloadPolicy.Summary(entriesPerLanguage: ["nl": 100, "en": 100], warnings: 2)

    func testAcceptsAnOrdinaryEdit() {
        let new = ReloadPolicy.Summary(entriesPerLanguage: ["nl": 101, "en": 99], warnings: 1)
        XCTAssertEqual(ReloadPolicy().decide(old: old, new: new), .accept)
    }

    func testRefusesALostLanguage() {
        let new = ReloadPolicy.Summary(entriesPerLanguage: ["nl": 100], warnings: 2)
        XCTAssertEqual(ReloadPolicy().decide(old: old, new: new), .refuse(reason: "language en is missing"))
    }

    func testRefusesLosingMostEntries() {
        let new = ReloadPolicy.Summary(entriesPerLanguage: ["nl": 100, "en": 10], warnings: 2)
        guard case .refuse = ReloadPolicy().decide(old: old, new: new) else { return XCTFail("accepted") }
    }

    func testRefusesMoreWarnings() {
        let new = ReloadPolicy.Summary(entriesPerLanguage: ["nl": 100, "en": 100], warnings: 3)
        guard case .refuse = ReloadPolicy().decide(old: old, new: new) else { return XCTFail("accepted") }
    }
}
