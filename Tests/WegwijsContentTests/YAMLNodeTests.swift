import XCTest
@testable import WegwijsContent

/// The YAML layer on libyaml: what the content parsers rely on.
final class YAMLNodeTests: XCTestCase {
    func testScalarsStayTextWhateverTheirStyleOrTag() throws {
        let root = try XCTUnwrap(YAMLNode.parse("""
        a: 012
        b: "quoted: yes"
        c: !!str 2026-12-03
        d: 'single'
        e: [1, two, {f: 3}]
        g: |
          block
        """))
        let mapping = try XCTUnwrap(root.mapping)
        XCTAssertEqual(mapping["a"]?.string, "012")
        XCTAssertEqual(mapping["b"]?.string, "quoted: yes")
        XCTAssertEqual(mapping["c"]?.string, "2026-12-03")
        XCTAssertEqual(mapping["d"]?.string, "single")
        XCTAssertEqual(mapping["e"]?.sequence?.map { $0.string ?? "map" }, ["1", "two", "map"])
        XCTAssertEqual(mapping["e"]?.sequence?[2].mapping?["f"]?.string, "3")
        XCTAssertEqual(mapping["g"]?.string, "block")
        XCTAssertEqual(mapping.map { $0.key.string ?? "" }, ["a", "b", "c", "d", "e", "g"], "the file's order")
    }

    /// libyaml's marks are 0-based; diagnostics show 1-based lines, and a lone CR ends a line.
    func testLinesAreOneBasedAndCountLoneCR() throws {
        for lineEnd in ["\n", "\r\n", "\r"] {
            let root = try XCTUnwrap(YAMLNode.parse(["a: 1", "b:", "  - x", "  - y"].joined(separator: lineEnd)))
            XCTAssertEqual(root.mapping?["a"]?.mark?.line, 1, lineEnd.debugDescription)
            XCTAssertEqual(root.mapping?["b"]?.sequence?[1].mark?.line, 4, lineEnd.debugDescription)
        }
    }

    func testAnchorsAndAliasesResolve() throws {
        let root = try XCTUnwrap(YAMLNode.parse("base: &b [x, y]\ncopy: *b"))
        XCTAssertEqual(root.mapping?["copy"]?.sequence?.compactMap(\.string), ["x", "y"])
    }

    func testBrokenFilesAreRefusedWithTheLineWhereTheProblemStarts() {
        func failure(_ text: String) -> YAMLError? {
            do { _ = try YAMLNode.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(failure("a: 1\nb: [x,\ny: 2\n")?.line, 2, "an unclosed bracket: its own line")
        XCTAssertEqual(failure("a: 1\nb: 2\na: 3\n")?.line, 3, "a repeated key would hide the first value")
        XCTAssertEqual(failure("a: 1\n---\nb: 2\n")?.line, 2, "a second document")
        XCTAssertEqual(failure("a: &x [*x]\n")?.line, 1, "an alias inside its own anchor")
        XCTAssertNotNil(failure("a: *nowhere\n"))
        let laughs = (1...9).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ", ") + "]" }
        XCTAssertNotNil(failure("l0: &l0 x\n" + laughs.joined(separator: "\n")), "aliases expanding to a huge tree")
    }

    func testNoDocumentIsNil() throws {
        XCTAssertNil(try YAMLNode.parse(""))
        XCTAssertNil(try YAMLNode.parse("# only a comment\n"))
    }
}
