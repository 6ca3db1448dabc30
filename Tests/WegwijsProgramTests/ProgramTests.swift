import Foundation
import XCTest
import WegwijsApp
import WegwijsContent
import WegwijsProgram

/// The program loop on a TestBackend: what it derives, asks and draws per key.
final class ProgramTests: XCTestCase {
    static let content: ContentStore = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WegwijsContentTests/Fixtures/minimal")
        let result = ContentLoader.load(content: root.appendingPathComponent("Content"),
                                        translations: root.appendingPathComponent("Translations"))
        precondition(result.errors.isEmpty, "\(result.errors)")
        return result.store
    }()

    /// Counts the queries it is asked; finds the doctor's topic for anything.
    final class CountingSearch: TopicSearch {
        var queries: [String] = []
        func find(_ query: String, language: String, audience: String?, limit: Int) -> [TopicMatch] {
            queries.append(query)
            return [TopicMatch(topicID: "health-doctor", isForAudience: true, snippet: "huisarts", matchedTerms: ["huisarts"]),
                    TopicMatch(topicID: "work-rights", isForAudience: true, snippet: "werk", matchedTerms: [])]
        }
    }

    func run(_ script: [TestBackend.Step], search: CountingSearch) -> Program<TestBackend, FakeClock, AppReducer, Effects> {
        let clock = FakeClock()
        let backend = TestBackend(clock: clock, script: script)
        let state = App.start(language: "nl", audience: "asylum-seeker", size: backend.size, content: Self.content)
        var program = Program(state: state, env: Environment(content: Self.content), backend: backend, clock: clock,
                              reducer: AppReducer(), effects: Effects(buildSearch: { search }))
        program.run()
        return program
    }

    func testEachQueryIsAskedOnceAndChoosingAResultAsksNothing() {
        let search = CountingSearch()
        let program = run(TestBackend.keys(.character("/")) + TestBackend.type("arts") + TestBackend.keys(.down, .up, .down),
                          search: search)
        XCTAssertEqual(search.queries, ["a", "ar", "art", "arts"], "one search per key typed, none for moving the selection")
        XCTAssertEqual(program.state.selection, 1)
        XCTAssertTrue(program.backend.screenText.contains("Uw rechten op het werk"), program.backend.screen.joined(separator: "|"))
    }

    func testTheSearchIndexArrivesAfterTheFirstFrame() {
        let search = CountingSearch()
        let program = run([], search: search)
        XCTAssertEqual(program.backend.frames.count, 1, "one frame, drawn before anything else")
        XCTAssertNotNil(program.env.search)
    }

    func testQuitIsAnEffectTheProgramRuns() {
        let program = run(TestBackend.keys(.character("q"), .down), search: CountingSearch())
        XCTAssertTrue(program.hasQuit)
        XCTAssertEqual(program.backend.script, [.input(.key(.down))], "nothing is read after q")
    }

    func testAClickIsLookedUpInTheFrameOnScreen() {
        let search = CountingSearch()
        // The categories screen: row of "Werk" (the second category) at 80x24.
        let first = run([], search: search)
        let row = first.backend.screen.firstIndex { $0.contains("Werk") }!
        let program = run([.input(.click(column: 10, row: row))], search: search)
        XCTAssertEqual(program.state.screen, .topics(category: "work"))
    }
}
