import Foundation
import XCTest
@testable import WegwijsContent

/// Mutation fuzzing of the three parsers that read files people edit by hand (PO,
/// topic front matter and Markdown body, the YAML configuration): real shipped files
/// are cut, spliced and sprinkled with the characters each format cares about, and
/// every result must be a value or a diagnostic with a line inside the file: never a
/// crash or a hang. Seeded, so a failure can be replayed; WEGWIJS_FUZZ_ITERATIONS
/// raises the count for a long run.
final class ParserFuzzTests: XCTestCase {
    let iterations = Int(ProcessInfo.processInfo.environment["WEGWIJS_FUZZ_ITERATIONS"] ?? "") ?? 1_500

    func testPOParserSurvivesMutatedFiles() throws {
        let seeds = try shippedFiles(in: "Translations", suffix: ".po").map { String($0.prefix(6_000)) }
        var random = SeededRandom(seed: 0x5EED_0001)
        for round in 0..<iterations {
            let text = Mutator.mutate(seeds[round % seeds.count], tokens: ["\"", "\\", "msgid ", "msgstr ", "msgctxt ",
                "#, fuzzy\n", "#| msgid \"x\"\n", "#~ ", "msgstr[1] ", "\n\n", "\\u{0}", "ٌ", "ት", "\r"], random: &random)
            let (file, errors) = POParser.parse(text)
            let lines = lineCount(text)
            for error in errors { XCTAssertTrue((1...lines + 1).contains(error.line), "round \(round): line \(error.line) of \(lines)") }
            for entry in file.entries { XCTAssertTrue((0...lines + 1).contains(entry.line), "round \(round)") }
        }
    }

    func testTopicParserSurvivesMutatedFiles() throws {
        let seeds = try shippedFiles(in: "Content/topics", suffix: ".md")
        var random = SeededRandom(seed: 0x5EED_0002)
        for round in 0..<iterations {
            let text = Mutator.mutate(seeds[round % seeds.count], tokens: ["---\n", ":::", "::: for ", "\n- ", "## ", ": ",
                "[", "]", "{", "}", "'", "\"", "\t", "&a", "*a", "!!binary ", "\n  ", "|\n", "ﻻ", "\u{202E}"], random: &random)
            let (_, log) = TopicParser.parse(text, file: "fuzz.md")
            let lines = lineCount(text)
            for diagnostic in log.entries {
                XCTAssertTrue((1...lines + 1).contains(diagnostic.line), "round \(round): \(diagnostic)")
            }
        }
    }

    func testConfigParsersSurviveMutatedFiles() throws {
        let seeds = ["languages.yaml", "audiences.yaml", "categories.yaml", "ui.yaml"].compactMap {
            try? String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Content/\($0)"), encoding: .utf8)
        }
        var random = SeededRandom(seed: 0x5EED_0003)
        for round in 0..<iterations {
            let text = Mutator.mutate(seeds[round % seeds.count], tokens: ["- ", ": ", "{", "}", "[", "]", "\n", "  ", "&x", "*x", "---"], random: &random)
            _ = ConfigParser.languages(text, file: "fuzz.yaml")
            _ = ConfigParser.audiences(text, file: "fuzz.yaml")
            _ = ConfigParser.categories(text, file: "fuzz.yaml")
            _ = ConfigParser.uiLabels(text, file: "fuzz.yaml")
        }
    }

    /// Lines as editors count them: by line feeds (a Character-level split would take
    /// "\r\n" for one character and count too few).
    func lineCount(_ text: String) -> Int { text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }

    func shippedFiles(in folder: String, suffix: String) throws -> [String] {
        let directory = Fixtures.repositoryRoot.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(suffix) }.sorted()
            .map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
    }
}

/// SplitMix64: small, fast, and the same numbers on every machine.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Cuts, duplicates, swaps and inserts at random places, working on Characters so
/// the result is still valid Unicode (the byte-level cases have their own tests).
enum Mutator {
    static func mutate(_ seed: String, tokens: [String], random: inout SeededRandom) -> String {
        var characters = Array(seed)
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            guard !characters.isEmpty else { characters = Array(tokens.randomElement(using: &random)!); continue }
            let at = Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: // insert a token the format cares about
                characters.insert(contentsOf: tokens.randomElement(using: &random)!, at: at)
            case 1: // delete a run
                characters.removeSubrange(at..<min(characters.count, at + Int.random(in: 1...40, using: &random)))
            case 2: // duplicate a run elsewhere
                let run = characters[at..<min(characters.count, at + Int.random(in: 1...80, using: &random))]
                characters.insert(contentsOf: run, at: Int.random(in: 0...characters.count, using: &random))
            case 3: // truncate
                characters.removeSubrange(at...)
            default: // replace one character by a random one, sometimes a control or a mark
                let scalar = Unicode.Scalar([0x0, 0x1B, 0x22, 0x5C, 0x0A, 0x301, 0x64B, 0xFEFF, 0x1200, 0x41][Int.random(in: 0..<10, using: &random)])!
                characters[at] = Character(scalar)
            }
        }
        return String(characters)
    }
}
