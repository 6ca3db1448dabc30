import XCTest
import WegwijsApp
import WegwijsContent
import WegwijsProgram

/// Issue 15: a scripted session on the TestBackend produces the right `.count` effects:
/// a view per topic opening, one search per finished query (not per key), and none at
/// all unless the kiosk turned usage counts on.
final class UsageCountTests: XCTestCase {
    final class Recorder { var counts: [UsageCount] = [] }

    func counts(_ script: [TestBackend.Step], countUsage: Bool = true) -> [UsageCount] {
        let clock = FakeClock()
        let backend = TestBackend(clock: clock, script: script)
        let content = ProgramTests.content
        let state = App.start(language: "nl", audience: "asylum-seeker", size: backend.size, content: content)
        let recorder = Recorder()
        let search = ProgramTests.CountingSearch()
        var program = Program(state: state, env: Environment(content: content, config: AppConfig(countUsage: countUsage)),
                              backend: backend, clock: clock, reducer: AppReducer(),
                              effects: Effects(buildSearch: { search }, count: { recorder.counts.append($0) }))
        program.run()
        return recorder.counts
    }

    func testEachTopicOpeningCountsOneViewAndScrollingCountsNothing() {
        let counts = counts(TestBackend.keys(.enter, .enter, .down, .down, .pageDown, .escape, .enter))
        XCTAssertEqual(counts.count, 2, "\(counts)")
        guard case .topicView(let language, let group, let topic)? = counts.first else { return XCTFail("\(counts)") }
        XCTAssertEqual(language, "nl")
        XCTAssertEqual(group, "asylum-seeker")
        XCTAssertEqual(counts[0], counts[1], "back and open again is a second visit of the same topic: \(topic)")
    }

    func testAQueryIsCountedOnceWhenAResultIsOpenedNotPerKey() {
        let counts = counts(TestBackend.keys(.character("/")) + TestBackend.type("arts") + TestBackend.keys(.enter))
        XCTAssertEqual(counts, [.search(language: "nl", query: "arts", found: true),
                                .topicView(language: "nl", group: "asylum-seeker", topic: "health-doctor")])
    }

    func testBackToTheSearchAndLeavingItDoesNotCountTheSameQueryAgain() {
        let counts = counts(TestBackend.keys(.character("/")) + TestBackend.type("arts") + TestBackend.keys(.enter, .escape, .escape))
        XCTAssertEqual(counts.filter { if case .search = $0 { return true } else { return false } }.count, 1, "\(counts)")
    }

    func testLeavingTheSearchScreenCountsTheQuery() {
        let counts = counts(TestBackend.keys(.character("/")) + TestBackend.type("werk") + TestBackend.keys(.escape))
        XCTAssertEqual(counts, [.search(language: "nl", query: "werk", found: true)])
    }

    func testLeavingAnEmptySearchCountsNothing() {
        XCTAssertEqual(counts(TestBackend.keys(.character("/"), .escape)), [])
    }

    func testNothingIsCountedWithoutTheSetting() {
        let script = TestBackend.keys(.enter, .enter, .escape, .character("/")) + TestBackend.type("arts") + TestBackend.keys(.enter)
        XCTAssertEqual(counts(script, countUsage: false), [])
        XCTAssertFalse(counts(script).isEmpty, "the same session counts with the setting on")
    }
}
