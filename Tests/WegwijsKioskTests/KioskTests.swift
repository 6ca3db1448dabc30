import FoundationEssentials
import XCTest
import WegwijsApp
@testable import WegwijsKiosk

final class KioskConfigTests: XCTestCase {
    func testReadsEverySetting() {
        let (config, errors) = KioskConfig.parse("""
        idle-seconds: 120
        countdown-seconds: 20
        admin-sequence: [F12, F12, w, e, g]
        content-poll-seconds: 3
        log-file: /var/log/wegwijs.log
        printer: lobby-hp
        """, file: "kiosk.yaml")
        XCTAssertEqual(errors, [])
        XCTAssertEqual(config.idleSeconds, 120)
        XCTAssertEqual(config.countdownSeconds, 20)
        XCTAssertEqual(config.adminSequence, [.function(12), .function(12), .character("w"), .character("e"), .character("g")])
        XCTAssertEqual(config.contentPollSeconds, 3)
        XCTAssertEqual(config.logFile, "/var/log/wegwijs.log")
        XCTAssertEqual(config.printer, "lobby-hp")
    }

    /// Issue 13: printing is off unless a printer is named, and a name CUPS would refuse is an error.
    func testNoPrinterUnlessOneIsNamed() {
        XCTAssertNil(KioskConfig.parse("idle-seconds: 90", file: "k.yaml").config.printer)
        let (config, errors) = KioskConfig.parse("printer: town hall", file: "k.yaml")
        XCTAssertNil(config.printer)
        XCTAssertEqual(errors.map(\.description), ["k.yaml:1: printer must be a CUPS printer name (see lpstat -p), without spaces, '/' or '#'"])
    }

    func testUsageCountsAreOffUnlessSetAndTheMetricsFileIsAPromFile() {
        XCTAssertFalse(KioskConfig().usageCounts)
        let (config, errors) = KioskConfig.parse("usage-counts: true\nusage-file: /tmp/u.sqlite\nmetrics-file: /tmp/w.prom\n", file: "k.yaml")
        XCTAssertEqual(errors, [])
        XCTAssertTrue(config.usageCounts)
        XCTAssertEqual(config.usageFile, "/tmp/u.sqlite")
        XCTAssertEqual(config.metricsFile, "/tmp/w.prom")
        let bad = KioskConfig.parse("usage-counts: yes please\nmetrics-file: /tmp/w.txt\n", file: "k.yaml").errors
        XCTAssertEqual(bad.map(\.line), [1, 2])
    }

    func testDefaultsAndProblemsWithTheirLines() {
        XCTAssertEqual(KioskConfig.parse("{}", file: "k.yaml").config, KioskConfig())
        let (_, errors) = KioskConfig.parse("""
        idle-seconds: soon
        admin-sequence: [F12, Pause]
        colour: blue
        """, file: "k.yaml")
        XCTAssertEqual(errors.map(\.description), [
            "k.yaml:1: idle-seconds must be a whole number from 2 to 86400",
            "k.yaml:2: admin-sequence must list at least 4 keys, each a letter, a digit or one of Backspace, Down, End, Enter, Escape, F1, F10, F11, F12, F2, F3, F4, F5, F6, F7, F8, F9, Home, Left, PageDown, PageUp, Right, Tab, Up",
            "k.yaml:3: unknown setting 'colour'",
        ])
    }
}

final class AdminSequenceTests: XCTestCase {
    func testOnlyTheWholeSequenceInOrderMatches() {
        var sequence = AdminSequence([.function(12), .function(12), .character("w"), .character("e")])
        let typed: [Key] = [.function(12), .character("w"), .function(12), .function(12), .function(12), .character("w"), .character("e")]
        let results = typed.map { sequence.feed($0) }
        XCTAssertEqual(results, [false, false, false, false, false, false, true],
                       "a repeated first key restarts the match; the sequence completes on its last key")
        XCTAssertFalse(sequence.feed(.character("e")), "and then starts over")
    }

    func testAnEmptySequenceNeverMatches() {
        var sequence = AdminSequence([])
        XCTAssertFalse(sequence.feed(.enter))
    }
}

