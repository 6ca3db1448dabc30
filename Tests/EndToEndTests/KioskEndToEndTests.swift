import Foundation
import XCTest

/// The town-hall kiosk, end to end in tmux: what a visitor can and cannot do to it,
/// the idle reset, live content updates, the git-pull set-up, and key mashing.
final class KioskEndToEndTests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (make test installs it)")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-kiosk-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TmuxSession.repositoryRoot.appendingPathComponent("Tests/WegwijsContentTests/Fixtures/minimal"), to: scratch)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: scratch) }

    /// A kiosk on a scratch copy of the fixture, with its own settings and log file.
    func startKiosk(idle: Int = 600, countdown: Int = 5, content: URL? = nil, columns: Int = 80, rows: Int = 24,
                    pollSeconds: Int = 1) throws -> TmuxSession {
        let settings = scratch.appendingPathComponent("kiosk.yaml")
        try """
        idle-seconds: \(idle)
        countdown-seconds: \(countdown)
        admin-sequence: [F12, x, y, z]
        content-poll-seconds: \(pollSeconds)
        log-file: \(scratch.appendingPathComponent("kiosk.log").path)
        """.write(to: settings, atomically: true, encoding: .utf8)
        let contentDirectory = (content ?? scratch).appendingPathComponent("Content").path
        return try TmuxSession("\(TmuxSession.binary.shellQuoted) --kiosk --kiosk-config \(settings.path.shellQuoted) --content \(contentDirectory.shellQuoted)",
                               columns: columns, rows: rows)
    }

    var log: String { (try? String(contentsOf: scratch.appendingPathComponent("kiosk.log"), encoding: .utf8)) ?? "" }

    func testQuitKeysAndInteractiveSignalsDoNothingAndSigtermEndsCleanly() throws {
        let kiosk = try startKiosk()
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("q")
        try kiosk.send("C-c")
        try kiosk.send("C-z")
        try kiosk.send("C-\\\\")
        let pid = try XCTUnwrap(kiosk.programPID())
        for signal in [SIGINT, SIGQUIT, SIGTSTP] { kill(pid, signal) }
        Thread.sleep(forTimeInterval: 0.5)
        try kiosk.send("Down", "Enter")
        let screen = try kiosk.waitFor("Who are you?")
        XCTAssertFalse(screen.contains("[exit"), "still running:\n\(screen)")
        XCTAssertFalse(screen.contains(" q "), "no quit key in the bar")
        kill(pid, SIGTERM)
        let after = try kiosk.waitFor("[exit ")
        XCTAssertTrue(after.contains("echo icanon"), "terminal restored after SIGTERM:\n\(after)")
    }

    /// When the kiosk's terminal goes away (the window closes, xterm dies), the kiosk
    /// ends instead of reading from a dead terminal forever: its SIGHUP is then a
    /// hangup, not a request to reload.
    func testTheKioskEndsWhenItsTerminalIsGone() throws {
        let kiosk = try startKiosk()
        try kiosk.waitFor("Kies uw taal")
        let pid = try XCTUnwrap(kiosk.programPID())
        try TmuxSession.tmux(["kill-session", "-t", kiosk.name])
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertNotEqual(kill(pid, 0), 0, "the kiosk is still running without a terminal")
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    func testTheAdministratorsKeySequenceEndsTheKiosk() throws {
        let kiosk = try startKiosk()
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("F12", "x", "y")
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertFalse(try kiosk.screen().contains("[exit"), "not yet: one key short")
        try kiosk.send("z")
        let screen = try kiosk.waitFor("[exit 0]")
        XCTAssertTrue(screen.contains("echo icanon"), screen)
        XCTAssertTrue(log.contains("ended by the administrator's key sequence"), log)
    }

    func testAfterIdleTimeACountdownThenAFreshStartWithNothingLeft() throws {
        let kiosk = try startKiosk(idle: 4, countdown: 3)
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("3", "Enter")                      // Polski
        try kiosk.waitFor("Kim jesteś?")
        try kiosk.send("/")
        try kiosk.sendLiteral("lekarz")
        try kiosk.waitFor("lekarz")
        // The countdown shows (in Dutch here: the fixture has no Polish for it).
        let countdown = try kiosk.waitFor("Bent u er nog?", timeout: 6)
        XCTAssertTrue(countdown.contains("lekarz"), "the page is still there under the countdown:\n\(countdown)")
        try kiosk.waitFor("Kies uw taal", timeout: 8)        // and then the fresh start
        try kiosk.send("/")
        let search = try kiosk.waitFor("Typ een woord")
        XCTAssertFalse(search.contains("lekarz"), "the previous visitor's search is gone:\n\(search)")
        XCTAssertTrue(log.contains("idle reset"), log)
        XCTAssertFalse(log.contains("lekarz"), "nothing a visitor types is logged")
    }

    func testLiveUpdatesGoodAreShownBadAreRefusedAndAVanishedTopicLeadsBack() throws {
        let kiosk = try startKiosk()
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter")
        try kiosk.waitFor("In the asylum centre you go to GZA.")
        let topic = scratch.appendingPathComponent("Content/topics/health-doctor.md")
        let original = try String(contentsOf: topic, encoding: .utf8)

        // A good update: a new Dutch sentence appears (English has no translation yet).
        try original.replacingOccurrences(of: "In het azc gaat u naar GZA.", with: "In het azc gaat u naar de praktijk van GZA.")
            .write(to: topic, atomically: true, encoding: .utf8)
        try kiosk.waitFor("In het azc gaat u naar de praktijk van GZA.", timeout: 8)
        XCTAssertTrue(log.contains("content reloaded"), log)

        // A bad update: refused as a whole, the screen keeps the last good content.
        try "---\nid: broken\ncategory: nowhere\n---\n".write(to: scratch.appendingPathComponent("Content/topics/broken.md"), atomically: true, encoding: .utf8)
        let deadline = Date().addingTimeInterval(8)
        while !log.contains("content update refused") && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        XCTAssertTrue(log.contains("content update refused"), log)
        XCTAssertTrue(log.contains("broken.md"), "the log names the file:\n\(log)")
        XCTAssertTrue(try kiosk.screen().contains("In het azc gaat u naar de praktijk van GZA."))

        // The topic on screen disappears (and with it its category), its translations
        // made obsolete the usual way: back to the categories.
        try FileManager.default.removeItem(at: scratch.appendingPathComponent("Content/topics/broken.md"))
        try FileManager.default.removeItem(at: topic)
        let (status, output) = try runWegwijs(["translations", "update", "--content", scratch.appendingPathComponent("Content").path])
        XCTAssertEqual(status, 0, output)
        let screen = try kiosk.waitFor("What would you like to know about?", timeout: 8)
        XCTAssertTrue(screen.contains("1. Work"), screen)
    }

    /// `systemctl reload` (ExecReload sends SIGHUP) loads new content at once, without
    /// waiting for the next poll; the kiosk keeps running and drawing.
    func testSighupReloadsTheContentAtOnce() throws {
        let kiosk = try startKiosk(pollSeconds: 3600)
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("2", "Enter", "1", "Enter", "1", "Enter", "1", "Enter")
        try kiosk.waitFor("In the asylum centre you go to GZA.")
        let topic = scratch.appendingPathComponent("Content/topics/health-doctor.md")
        try String(contentsOf: topic, encoding: .utf8)
            .replacingOccurrences(of: "In het azc gaat u naar GZA.", with: "In het azc gaat u naar het spreekuur van GZA.")
            .write(to: topic, atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertFalse(try kiosk.screen().contains("spreekuur"), "with an hour between polls, nothing changes by itself")
        let pid = try XCTUnwrap(kiosk.programPID())
        kill(pid, SIGHUP)
        let screen = try kiosk.waitFor("In het azc gaat u naar het spreekuur van GZA.", timeout: 5)
        XCTAssertFalse(screen.contains("[exit"), "a reload is not a hangup:\n\(screen)")
        XCTAssertTrue(log.contains("content reloaded"), log)
        XCTAssertEqual(kill(pid, 0), 0, "still running")
        kill(pid, SIGTERM)
        try kiosk.waitFor("[exit ")
    }

    /// The set-up for many kiosks: content in a git repository, each kiosk pulls it on a
    /// timer (deploy/wegwijs-content-pull.service runs exactly `git pull --ff-only
    /// --quiet`), and the running kiosk picks the change up by itself.
    func testAGitPullOfTheContentRepositoryReachesTheScreen() throws {
        func git(_ arguments: [String], in directory: URL) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Wegwijs test", "-c", "user.email=test@example.invalid",
                                 "-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
        }
        let origin = scratch.appendingPathComponent("origin.git"), editor = scratch.appendingPathComponent("editor")
        let kioskClone = scratch.appendingPathComponent("kiosk-clone")
        try git(["init", "--bare", origin.path], in: scratch)
        try git(["clone", "--quiet", origin.path, editor.path], in: scratch)
        for folder in ["Content", "Translations"] {
            try FileManager.default.copyItem(at: scratch.appendingPathComponent(folder), to: editor.appendingPathComponent(folder))
        }
        try git(["add", "."], in: editor)
        try git(["commit", "--quiet", "-m", "content"], in: editor)
        try git(["push", "--quiet", "origin", "HEAD:main"], in: editor)
        try git(["clone", "--quiet", "--branch", "main", origin.path, kioskClone.path], in: scratch)

        let kiosk = try startKiosk(content: kioskClone)
        try kiosk.waitFor("Kies uw taal")
        try kiosk.send("1", "Enter", "1", "Enter")
        try kiosk.waitFor("1. Zorg")
        let categories = editor.appendingPathComponent("Content/categories.yaml")
        try String(contentsOf: categories, encoding: .utf8).replacingOccurrences(of: "name: Zorg,", with: "name: Zorg en gezondheid,")
            .write(to: categories, atomically: true, encoding: .utf8)
        try git(["commit", "--quiet", "-am", "rename a category"], in: editor)
        try git(["push", "--quiet", "origin", "HEAD:main"], in: editor)
        try git(["pull", "--ff-only", "--quiet"], in: kioskClone) // what the timer's service runs
        try kiosk.waitFor("1. Zorg en gezondheid", timeout: 8)
    }

    /// A child at the kiosk: thousands of random keys, clicks, pastes and resizes
    /// (down to 1x1 and up to 300x100). The kiosk must still run and draw. CI runs a
    /// short version; WEGWIJS_MASH_KEYS=20000 runs the long one.
    func testKeyMashingNeverStopsOrBlanksTheKiosk() throws {
        let count = Int(ProcessInfo.processInfo.environment["WEGWIJS_MASH_KEYS"] ?? "") ?? 2_000
        let kiosk = try startKiosk()
        try kiosk.waitFor("Kies uw taal")
        var random = SystemRandomNumberGenerator()
        let named = ["Up", "Down", "Left", "Right", "Enter", "BSpace", "Escape", "Home", "End", "PPage", "NPage", "Tab",
                     "F1", "F2", "F3", "F4", "F10", "C-c", "C-z", "C-d", "q", "/", "*", "+", "0", "9", "Space"]
        let texts = ["lekarz", "طبيب", "ሓኪም", "лікар", "huisarts", "€ 14,71 “quotes”", String(repeating: "x", count: 300)]
        var sent = 0
        while sent < count {
            switch Int.random(in: 0..<20, using: &random) {
            case 0:
                let sizes = [(1, 1), (300, 100), (39, 11), (40, 12), (80, 24), (2, 50), (120, 8)]
                let (columns, rows) = sizes.randomElement(using: &random)!
                try kiosk.resize(columns: columns, rows: rows)
            case 1:
                try kiosk.sendLiteral(texts.randomElement(using: &random)!) // a paste
            case 2, 3:
                let x = Int.random(in: 1...80, using: &random), y = Int.random(in: 1...24, using: &random)
                try kiosk.sendLiteral("\u{1B}[<0;\(x);\(y)M\u{1B}[<0;\(x);\(y)m") // a tap
            default:
                try kiosk.send((0..<10).map { _ in named.randomElement(using: &random)! })
            }
            sent += 10
        }
        try kiosk.resize(columns: 80, rows: 24)
        try kiosk.send("Escape")
        let screen = try kiosk.waitFor("Wegwijs", timeout: 10)
        XCTAssertFalse(screen.contains("[exit"), "the kiosk ended:\n\(screen)")
        XCTAssertGreaterThan(screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count, 3,
                             "the screen is drawn:\n\(screen)")
        print("key mashing: \(sent) keys, clicks, pastes and resizes; the kiosk still runs and draws")
    }
}
