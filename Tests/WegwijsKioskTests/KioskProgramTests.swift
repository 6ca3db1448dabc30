import Foundation
import XCTest
import WegwijsApp
import WegwijsContent
import WegwijsProgram
@testable import WegwijsKiosk

/// The kiosk's rules through the real program loop, on a TestBackend with a fake
/// clock: 90 idle seconds pass in microseconds, and nothing here needs tmux.
final class KioskProgramTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WegwijsContentTests/Fixtures/minimal")
    static let content: ContentStore = {
        let result = ContentLoader.load(content: root.appendingPathComponent("Content"),
                                        translations: root.appendingPathComponent("Translations"))
        precondition(result.errors.isEmpty, "\(result.errors)")
        return result.store
    }()

    /// What the effects did, seen from the test.
    final class Recorder {
        var logs: [LogEvent] = []
        var reloads: [Bool] = []
        var snapshots = 0
        /// What the next reloads give: new content, or nil (unchanged or refused).
        var nextContent: [ContentStore?] = []
    }

    let admin: [Key] = [.function(12), .function(12), .character("w"), .character("e")]
    let config = AppConfig(allowQuit: false)
    let idle = IdlePolicy(idleSeconds: 90, countdownSeconds: 15)

    typealias KioskProgram = Program<TestBackend, FakeClock, KioskReducer, Effects>

    /// A visitor on the doctor's topic (opened with Enter twice from their subjects),
    /// then `script`; the program runs until the script ends. `untouched`: nobody
    /// there, the start screen as the kiosk shows it after a reset.
    func run(_ script: [TestBackend.Step], recorder: Recorder, untouched: Bool = false) -> KioskProgram {
        let clock = FakeClock()
        let backend = TestBackend(clock: clock, script: (untouched ? [] : TestBackend.keys(.enter, .enter)) + script)
        let visitor = App.start(language: "nl", audience: "asylum-seeker", size: backend.size, content: Self.content)
        let state = untouched ? App.freshStart(from: visitor, content: Self.content) : visitor
        let effects = Effects(writeSnapshot: { recorder.snapshots += 1 },
                              reload: { force in
                                  recorder.reloads.append(force)
                                  guard !recorder.nextContent.isEmpty, let fresh = recorder.nextContent.removeFirst() else { return nil }
                                  return (fresh, nil)
                              },
                              log: { recorder.logs.append($0) })
        var program = Program(state: state, env: Environment(content: Self.content, config: config), backend: backend,
                              clock: clock, reducer: KioskReducer(adminSequence: admin, pollSeconds: 5, idle: idle), effects: effects)
        program.run()
        return program
    }

    func testAfterTheIdleTimeTheNextVisitorStartsAfreshAndTheResetIsLoggedOnce() {
        let recorder = Recorder()
        let readingOn = run([.wait(60), .wait(29)], recorder: recorder)
        XCTAssertEqual(readingOn.state.screen, .topic(id: "health-doctor"), "89 s: still reading")
        XCTAssertFalse(recorder.logs.contains(.idleReset))

        let reset = run([.wait(60), .wait(29), .wait(1), .wait(15), .wait(200)], recorder: recorder)
        XCTAssertEqual(reset.state.stack, [.language])
        XCTAssertNil(reset.state.audience)
        XCTAssertTrue(reset.backend.screenText.contains("Kies uw taal"), reset.backend.screenText)
        XCTAssertEqual(recorder.logs.filter { $0 == .idleReset }.count, 1, "the language screen left idle is no new reset")
    }

    func testTheCountdownShowsItsSecondsAndAKeyKeepsTheSession() {
        let recorder = Recorder()
        let counting = run([.wait(95)], recorder: recorder)
        XCTAssertTrue(counting.backend.screenText.contains("Over 10 seconden begint Wegwijs opnieuw"), counting.backend.screenText)
        let kept = run([.wait(95)] + TestBackend.keys(.down) + [.wait(70)], recorder: recorder)
        XCTAssertEqual(kept.state.screen, .topic(id: "health-doctor"), "the key said 'still here'; 70 s since is not even the countdown")
        XCTAssertEqual(kept.state.scroll, 0, "the key that stopped the countdown did nothing else")
        XCTAssertFalse(kept.backend.screenText.contains("begint Wegwijs opnieuw"))
    }

    /// UX defect 13: the countdown starts after idle-seconds (90), as the README says,
    /// and lasts countdown-seconds (15); the reset comes after both.
    func testTheCountdownStartsAfterTheIdleSecondsAndTheResetAfterTheCountdown() {
        let recorder = Recorder()
        let before = run([.wait(80)], recorder: recorder)
        XCTAssertFalse(before.backend.screenText.contains("begint Wegwijs opnieuw"), "80 s is not yet 90:\n\(before.backend.screenText)")
        let counting = run([.wait(104)], recorder: recorder)
        XCTAssertTrue(counting.backend.screenText.contains("Over 1 seconden begint Wegwijs opnieuw"), counting.backend.screenText)
        XCTAssertEqual(counting.state.screen, .topic(id: "health-doctor"))
        XCTAssertFalse(recorder.logs.contains(.idleReset))
        let reset = run([.wait(105)], recorder: recorder)
        XCTAssertEqual(reset.state.stack, [.language])
        XCTAssertEqual(recorder.logs.filter { $0 == .idleReset }.count, 1)
    }

    /// Reliability D9 / UX defect 13: nobody at the kiosk, the start screen untouched:
    /// nothing to reset, so no countdown nags the empty hall and no reset is logged.
    func testTheUntouchedStartScreenShowsNoCountdownAndIsNeverReset() {
        let recorder = Recorder()
        for seconds in [80.0, 95, 104, 200, 1_000] {
            let program = run([.wait(seconds)], recorder: recorder, untouched: true)
            XCTAssertFalse(program.backend.screenText.contains("begint Wegwijs opnieuw"), "\(seconds) s:\n\(program.backend.screenText)")
            XCTAssertTrue(program.backend.screenText.contains("Kies uw taal"))
        }
        let nagging = run(Array(repeating: .wait(5), count: 60), recorder: recorder, untouched: true)
        XCTAssertFalse(nagging.backend.screenText.contains("begint Wegwijs opnieuw"))
        XCTAssertFalse(recorder.logs.contains(.idleReset), "\(recorder.logs)")
    }

    /// A visitor's search text is gone for the next one, and the next visitor starts in
    /// the source language.
    func testTheResetClearsTheSearchText() {
        let recorder = Recorder()
        let reset = run(TestBackend.keys(.character("/")) + TestBackend.type("huisarts") + [.wait(106)], recorder: recorder)
        XCTAssertEqual(reset.state.query, "")
        XCTAssertEqual(reset.state.language, "nl")
        XCTAssertEqual(reset.state.stack, [.language])
    }

    /// A tap anywhere during the countdown keeps the session, like a key.
    func testATapOnTheCountdownKeepsTheSession() {
        let recorder = Recorder()
        let kept = run([.wait(95), .input(.click(column: 1, row: 1)), .wait(80)], recorder: recorder)
        XCTAssertEqual(kept.state.screen, .topic(id: "health-doctor"))
        XCTAssertFalse(kept.backend.screenText.contains("begint Wegwijs opnieuw"))
    }

    func testNewContentIsPolledAndShownWithTheReaderKeptInPlace() {
        let recorder = Recorder()
        var changed = Self.content
        changed.topics[changed.topics.firstIndex { $0.id == "health-doctor" }!].title = "De HUISARTS"
        recorder.nextContent = [changed]
        let program = run([.wait(5)], recorder: recorder)
        XCTAssertEqual(recorder.reloads, [false], "one poll after five seconds")
        XCTAssertEqual(program.state.screen, .topic(id: "health-doctor"))
        XCTAssertTrue(program.backend.screenText.contains("De HUISARTS"), program.backend.screenText)
    }

    func testARefusedUpdateKeepsTheContentAndTheReader() {
        let recorder = Recorder()
        recorder.nextContent = [nil]
        let program = run([.wait(5)] + TestBackend.keys(.down), recorder: recorder)
        XCTAssertEqual(recorder.reloads, [false])
        XCTAssertEqual(program.state.screen, .topic(id: "health-doctor"))
        XCTAssertTrue(program.backend.screenText.contains("De huisarts"), program.backend.screenText)
    }

    func testSIGHUPReloadsAtOnce() {
        let recorder = Recorder()
        let program = run([.input(.signal(SIGHUP))], recorder: recorder)
        XCTAssertEqual(recorder.reloads, [true])
        XCTAssertEqual(program.state.screen, .topic(id: "health-doctor"))
    }

    func testTheAdministratorsSequenceEndsTheKioskAndNothingElseDoes() {
        let recorder = Recorder()
        let program = run(TestBackend.keys(.character("q"), .function(10)) + TestBackend.keys(admin[0], admin[1], admin[2], admin[3])
                          + TestBackend.keys(.backspace), recorder: recorder)
        XCTAssertTrue(program.hasQuit)
        XCTAssertEqual(recorder.logs, [.adminExit], "q and F10 did not end it; the program ended at the sequence")
        XCTAssertEqual(program.backend.script, [.input(.key(.backspace))], "nothing after the sequence was read")
        XCTAssertEqual(program.state.screen, .topic(id: "health-doctor"))
    }

    func testSIGTERMStopsTheKioskAndSaysSo() {
        let recorder = Recorder()
        let program = run([.input(.signal(SIGTERM))], recorder: recorder)
        XCTAssertTrue(program.hasQuit)
        XCTAssertEqual(recorder.logs, [.stoppedBySignal(SIGTERM)])
        XCTAssertEqual(recorder.snapshots, 1, "the snapshot is written once, after the first frame")
    }
}

final class KioskSetupTests: XCTestCase {
    func testAMissingDefaultFileMeansTheDefaultsAndANamedOneMustExist() throws {
        try XCTSkipIf(FileManager.default.fileExists(atPath: KioskConfig.defaultPath), "a kiosk's own settings are installed here")
        let (config, warnings) = try KioskConfig.load(path: nil)
        XCTAssertEqual(config, KioskConfig())
        XCTAssertEqual(warnings.count, 1)
        XCTAssertThrowsError(try KioskConfig.load(path: "/nonexistent/kiosk.yaml"))
    }

    func testABrokenFileStopsTheKioskWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString).yaml")
        try "idle-seconds: soon\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try KioskConfig.load(path: file.path)) { error in
            XCTAssertTrue("\(error)".contains("\(file.path):1: idle-seconds"), "\(error)")
        }
    }

    func testTheAppAtTheKioskCannotQuitAndResetsWhenIdle() {
        var settings = KioskConfig()
        settings.idleSeconds = 60
        let app = settings.appConfig(bidiMode: .app)
        XCTAssertFalse(app.allowQuit)
        XCTAssertEqual(settings.reducer.idle, IdlePolicy(idleSeconds: 60, countdownSeconds: 15))
    }
}
