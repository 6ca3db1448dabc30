import Foundation
import XCTest
@testable import WegwijsText

/// Our NFC (the standard library's normaliser behind a fast path) must agree with
/// Foundation's, scalar for scalar, on every script we ship and on the known traps.
final class NFCTests: XCTestCase {
    func testAgreesWithFoundationOnEveryScriptAndTrap() {
        let samples = [
            "Zaz\u{0307}o\u{0301}ł\u{0107} ge\u{0328}s\u{0301}la\u{0328} jaz\u{0301}n\u{0301}",   // Polish, decomposed
            "и\u{0306}ого",                                // Ukrainian й decomposed
            "сімейний лі\u{0301}кар",                       // a stress mark: stays, nothing composes
            "طَبِيبٌ عَامّ", "طبيب عام",                      // Arabic with and without harakat
            "ا\u{0653}", "ي\u{0654}",                       // madda and hamza above compose
            "ሓኪም ስድራቤት", "ቋንቋ",                          // Ethiopic
            "\u{212B}ngstr\u{00F6}m", "\u{2126}",           // singletons: Å and Ω signs
            "\u{1100}\u{1161}\u{11A8}",                     // Hangul jamo compose to a syllable
            "a\u{0328}\u{0301}", "a\u{0301}\u{0328}",       // marks in either order
            "line one\nline two with e\u{0301}\nline three",
            "", "plain ASCII", "€ 14,71 – “quotes” …",
        ]
        for sample in samples {
            let ours = Array(NFC.normalize(sample).unicodeScalars)
            let foundation = Array(sample.precomposedStringWithCanonicalMapping.unicodeScalars)
            XCTAssertEqual(ours, foundation, "NFC differs for \(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testTheFastPathLeavesNormalisedTextAlone() {
        XCTAssertTrue(NFC.isCertainlyNFC("Kies uw taal · Українська · العربية · ትግርኛ · €"))
        XCTAssertFalse(NFC.isCertainlyNFC("e\u{0301}"))
        XCTAssertFalse(NFC.isCertainlyNFC("طَبِيب"), "harakat take the full path")
        XCTAssertFalse(NFC.isCertainlyNFC("\u{212B}"))
    }
}
