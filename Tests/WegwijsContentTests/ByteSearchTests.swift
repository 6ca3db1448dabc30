import XCTest
@testable import WegwijsContent

/// The byte search that replaced String.contains on the start-up path finds what
/// contains found.
final class ByteSearchTests: XCTestCase {
    func testFindsWhatContainsFinds() {
        for (text, needle) in [("Bel [fact:gp-phone] nu", "[fact:"), ("[fact", "[fact:"), ("", "x"), ("abc", ""),
                               ("https://x.nl", "http"), ("ﻻ ትግርኛ [fact:a]", "[fact:"), ("aab", "ab"), ("ab", "abc")] {
            XCTAssertEqual(text.containsBytes(needle), text.contains(needle) || needle.isEmpty, "\(text) / \(needle)")
        }
    }
}
