import Foundation
import XCTest

/// The real binary in a real terminal: keys in with send-keys, the screen read back
/// with capture-pane. Uses the small test fixture so the screens are stable.
final class BrowseEndToEndTests: XCTestCase {
    let fixture = "--content Tests/WegwijsContentTests/Fixtures/minimal/Content"

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (make test installs it)")
    }

    func command(_ arguments: String = "") -> String { "\(TmuxSession.binary.shellQuoted) \(fixture) \(arguments)" }

    func testWalkLanguageGroupCategoryTopicBackChangeLanguageAndHome() throws {
        let tui = try TmuxSession(command())
        try tui.waitFor("Kies uw taal")
        try tui.send("Down", "Down", "Enter")                // Polski
        try tui.waitFor("Kim jesteś?")
        try tui.send("Down", "Enter")                        // labour migrant
        try tui.waitFor("2. Praca")
        try tui.send("Enter")                                // Zdrowie
        try tui.waitFor("1. Lekarz rodzinny")
        try tui.send("Enter")
        var screen = try tui.waitFor("Sam szukasz lekarza rodzinnego.")
        XCTAssertTrue(screen.contains("Tłumaczenie maszynowe, jeszcze niesprawdzone przez tłumacza."), screen)
        XCTAssertFalse(screen.contains("W azc"), "only the labour migrants' part")
        try tui.send("BSpace")
        try tui.waitFor("1. Lekarz rodzinny")
        try tui.send("Enter")
        try tui.waitFor("Sam szukasz lekarza rodzinnego.")
        try tui.send("+")                                    // change language
        try tui.waitFor("Wybierz język")
        try tui.send("2", "Enter")                           // English
        screen = try tui.waitFor("You find a GP yourself.")
        XCTAssertTrue(screen.contains("The GP"), "still on the same topic, now in English:\n\(screen)")
        try tui.send("*")                                    // home
        screen = try tui.waitFor("What would you like to know about?")
        XCTAssertTrue(screen.contains("1. Health care"), screen)
        try tui.send("q")
        screen = try tui.waitFor("[exit 0]")
        XCTAssertTrue(screen.contains("echo icanon"), "the terminal is restored after q:\n\(screen)")
    }

    func testDigitsOnlyWalkThePath() throws {
        let tui = try TmuxSession(command())
        try tui.waitFor("Kies uw taal")
        for (keys, expected) in [("2", "Who are you?"), ("1", "What would you like to know about?"), ("2", "Your rights at work"),
                                 ("1", "You get at least the minimum wage.")] {
            try tui.send(keys)
            try tui.send("Enter")
            try tui.waitFor(expected)
        }
        try tui.send("0")
        try tui.waitFor("1. Your rights at work")
    }

    /// Pasted text is text: its line breaks are spaces, not Enter (bracketed paste, as
    /// xterm, VTE and tmux send it), so pasting a line does not open a result.
    func testPastingALineIntoTheSearchDoesNotOpenAResult() throws {
        let tui = try TmuxSession(command("--lang pl --audience labour-migrant"))
        try tui.waitFor("O czym chcesz się dowiedzieć?")
        try tui.send("/")
        try tui.waitFor("Wpisz słowo, w dowolnym języku.")
        let buffer = "wegwijs-paste-\(tui.name)"
        try TmuxSession.tmux(["set-buffer", "-b", buffer, "lekarz\nrodzinny\n"])
        try TmuxSession.tmux(["paste-buffer", "-p", "-d", "-b", buffer, "-t", tui.name])
        let screen = try tui.waitFor("Szukaj: lekarz rodzinny")
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertFalse(try tui.screen().contains("Sam szukasz lekarza rodzinnego."), "a pasted newline opened a topic:\n\(screen)")
        XCTAssertTrue(screen.contains("Lekarz rodzinny"), screen)
        // A real Enter after the paste still opens the first result.
        try tui.send("Enter")
        try tui.waitFor("Sam szukasz lekarza rodzinnego.")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    /// "/" opens search from anywhere; what is typed, in any script, is the query (also
    /// q, which elsewhere quits); Enter opens a result, Esc or Backspace come back to
    /// the search with the query kept, Esc leaves it.
    func testSearchByTypingInAnyScript() throws {
        let tui = try TmuxSession(command("--lang pl --audience labour-migrant"))
        try tui.waitFor("O czym chcesz się dowiedzieć?")
        try tui.send("Down")
        try tui.send("/")
        var screen = try tui.waitFor("Wpisz słowo, w dowolnym języku.")
        XCTAssertTrue(screen.contains("Esc Wstecz"), "the key bar names the keys that work here:\n\(screen)")
        try tui.sendLiteral("lekarz")
        // The whole query first: results already show while it is half typed.
        screen = try tui.waitFor("Szukaj: lekarz")
        XCTAssertTrue(screen.contains("Lekarz rodzinny"), screen)
        try tui.send("Enter")
        try tui.waitFor("Sam szukasz lekarza rodzinnego.")
        try tui.send("Escape")
        try tui.waitFor("Szukaj: lekarz")
        for _ in 0..<6 { try tui.send("BSpace") }
        try tui.waitFor("Wpisz słowo, w dowolnym języku.")
        // Arabic typed on a Polish screen: found through the Arabic translation, shown in Polish.
        try tui.sendLiteral("طبيب")
        screen = try tui.waitFor("Szukaj: ﺐﻴﺒﻃ")
        XCTAssertTrue(screen.contains("Lekarz rodzinny"), "found through Arabic, the query shaped:\n\(screen)")
        for _ in 0..<4 { try tui.send("BSpace") }
        try tui.waitFor("Wpisz słowo, w dowolnym języku.")
        // A typo, with a q in it that must not quit.
        try tui.sendLiteral("huisatrq")
        try tui.send("BSpace")
        try tui.sendLiteral("s")
        // Wait for the whole query: "Lekarz rodzinny" is already found at "huisatr".
        screen = try tui.waitFor("Szukaj: huisatrs")
        XCTAssertTrue(screen.contains("Lekarz rodzinny"), screen)
        try tui.send("Enter")
        try tui.waitFor("Sam szukasz lekarza rodzinnego.")
        try tui.send("BSpace")
        try tui.waitFor("Szukaj: huisatrs")
        try tui.send("Escape")
        screen = try tui.waitFor("O czym chcesz się dowiedzieć?")
        XCTAssertTrue(screen.contains("› 2. Praca"), "back where the person was, the same item selected:\n\(screen)")
        XCTAssertTrue(screen.contains("/ Szukaj"), screen)
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    func testMouseClicksAloneWalkThePath() throws {
        let tui = try TmuxSession(command())
        try tui.waitFor("Kies uw taal")
        func click(_ text: String) throws {
            let screen = try tui.screen()
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let row = lines.firstIndex(where: { $0.contains(text) }),
                  let range = lines[row].range(of: text) else {
                XCTFail("'\(text)' not on screen:\n\(screen)")
                return
            }
            let column = lines[row].distance(from: lines[row].startIndex, to: range.lowerBound)
            // An xterm SGR mouse press and release, 1-based, as a terminal sends them for a click or touch.
            try tui.sendLiteral("\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m")
        }
        try click("English")
        try tui.waitFor("Who are you?")
        try click("I came here to work")
        try tui.waitFor("What would you like to know about?")
        try click("Health care")
        try tui.waitFor("1. The GP")
        try click("The GP")
        try tui.waitFor("You find a GP yourself.")
        try click("Back")
        try tui.waitFor("1. The GP")
        try click("Language")
        try tui.waitFor("Choose your language")
        try click("Polski")
        try tui.waitFor("1. Lekarz rodzinny")
    }

    func testReflowsOnResizeAndShowsANoticeWhenTooSmall() throws {
        let tui = try TmuxSession(command("--lang en --audience labour-migrant"), columns: 80, rows: 24)
        try tui.waitFor("What would you like to know about?")
        try tui.send("Enter", "Enter")
        var screen = try tui.waitFor("The GP (huisarts) is a doctor for common complaints.")
        try tui.resize(columns: 40, rows: 12)
        // tmux clips the old screen at once; the wrapped line shows the app's own redraw.
        screen = try tui.waitFor("common complaints.")
        XCTAssertTrue(screen.contains("The GP (huisarts) is a doctor for"), "wrapped to 40 columns:\n\(screen)")
        XCTAssertTrue(screen.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try tui.resize(columns: 30, rows: 10)
        try tui.waitFor("Please make the window larger")
        try tui.resize(columns: 100, rows: 30)
        screen = try tui.waitFor("The GP (huisarts) is a doctor for common complaints.")
        XCTAssertTrue(screen.contains("Start"), "the key bar is back:\n\(screen)")
    }

    /// The Arabic topic page in a real terminal equals, line for line, the golden frame
    /// the pure view produces (Tests/WegwijsAppTests/Golden): shaped, reordered and
    /// right-aligned by Wegwijs, because tmux, like xterm, does no bidi. Also under LANG=C.
    func testArabicTopicPageShowsTheExpectedVisualLines() throws {
        let golden = try String(contentsOf: TmuxSession.repositoryRoot
            .appendingPathComponent("Tests/WegwijsAppTests/Golden/ar-80x24-5-topic.txt"), encoding: .utf8)
        let expected = golden.split(separator: "\n").map { line -> String in
            var text = String(line.dropLast()) // the "|" that marks the frame's edge
            while text.last == " " { text.removeLast() }
            return text
        }
        for environment in [["LANG": "C.UTF-8"], ["LANG": "C", "LC_ALL": "C"]] {
            // The golden walk: Arabic, the second target group, its first category and topic.
            let tui = try TmuxSession(command("--lang ar --audience labour-migrant"), environment: environment)
            try tui.waitFor("Wegwijs")
            try tui.send("Enter")
            try tui.waitFor(".1") // a right-to-left list: the full stop on the left of the number
            try tui.send("Enter")
            let deadline = Date().addingTimeInterval(10)
            var screen: [String] = []
            while Date() < deadline {
                screen = try tui.screen().split(separator: "\n", omittingEmptySubsequences: false).prefix(24).map(String.init)
                if screen == expected { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            XCTAssertEqual(screen, expected, "under \(environment)")
        }
    }

    /// Colours where the terminal has them; with NO_COLOR (or --no-color) none at all,
    /// and the bars and the selection still stand out through reverse video.
    func testColoursAndNoColor() throws {
        let coloured = try TmuxSession(command())
        try coloured.waitFor("Kies uw taal")
        XCTAssertTrue(try coloured.screenWithAttributes().contains("\u{1B}[44m"), "the header has a blue background")
        for (label, arguments, environment) in [("NO_COLOR", "", ["NO_COLOR": "1"]), ("--no-color", "--no-color", [:])] {
            let tui = try TmuxSession(command(arguments), environment: environment)
            try tui.waitFor("Kies uw taal")
            let screen = try tui.screenWithAttributes()
            // SGR 30-38 and 40-48 set a colour (39 and 49 are the terminal's defaults).
            XCTAssertNil(screen.range(of: #"\x1B\[([0-9]+;)*[34][0-8](;[0-9]+)*m"#, options: .regularExpression),
                         "\(label): a colour escape in:\n\(screen.debugDescription)")
            XCTAssertTrue(screen.contains("7m"), "\(label): reverse video marks the bars and the selection")
        }
    }

    func testSignalsEndTheProgramAndRestoreTheTerminal() throws {
        for (signal, name) in [(SIGTERM, "TERM"), (SIGINT, "INT"), (SIGHUP, "HUP"), (SIGQUIT, "QUIT")] {
            let tui = try TmuxSession(command())
            try tui.waitFor("Kies uw taal")
            let pid = try XCTUnwrap(tui.programPID(), "no program running")
            XCTAssertEqual(kill(pid, signal), 0)
            let screen = try tui.waitFor("[exit ")
            XCTAssertTrue(screen.contains("echo icanon"), "SIG\(name): terminal not restored:\n\(screen)")
            XCTAssertFalse(screen.contains("Kies uw taal"), "SIG\(name): the app's screen was left behind:\n\(screen)")
        }
    }

    /// Reliability audit D12: a crash (a Swift trap is SIGTRAP or SIGILL) used to leave
    /// the terminal raw, without echo and with mouse tracking on.
    func testACrashStillRestoresTheTerminal() throws {
        for (signal, name) in [(SIGSEGV, "SEGV"), (SIGABRT, "ABRT"), (SIGTRAP, "TRAP"), (SIGBUS, "BUS"), (SIGILL, "ILL")] {
            let tui = try TmuxSession(command(), environment: ["SWIFT_BACKTRACE": "enable=no"])
            try tui.waitFor("Kies uw taal")
            let pid = try XCTUnwrap(tui.programPID(), "no program running")
            XCTAssertEqual(kill(pid, signal), 0)
            let screen = try tui.waitFor("[exit ")
            XCTAssertTrue(screen.contains("echo icanon"), "SIG\(name): terminal not restored:\n\(screen)")
        }
    }

    func testCtrlCEndsTheProgramCleanly() throws {
        let tui = try TmuxSession(command())
        try tui.waitFor("Kies uw taal")
        try tui.send("C-c")
        let screen = try tui.waitFor("[exit ")
        XCTAssertTrue(screen.contains("echo icanon"), screen)
    }

    func testWorksUnderLangCAndShowsEthiopic() throws {
        let tui = try TmuxSession(command("--lang ti"), environment: ["LANG": "C", "LC_ALL": "C"])
        try tui.waitFor("ቋንቋኹም ምረጹ")
    }

    func testInvalidTopicsAreLeftOutAndNamedBeforeTheScreenStarts() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-e2e-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TmuxSession.repositoryRoot.appendingPathComponent("Tests/WegwijsContentTests/Fixtures/minimal"), to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        try "---\nid: bad\ncategory: nowhere\n---\n".write(to: broken.appendingPathComponent("Content/topics/bad.md"), atomically: true, encoding: .utf8)
        let tui = try TmuxSession("\(TmuxSession.binary.shellQuoted) --content \(broken.path)/Content")
        try tui.waitFor("Kies uw taal")
        try tui.send("q")
        let screen = try tui.waitFor("[exit 0]")
        XCTAssertTrue(screen.contains("Content/topics/bad.md:2:"), screen)
        XCTAssertTrue(screen.contains("starting with 2 valid topics"), screen)
    }
}
