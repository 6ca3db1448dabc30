import Foundation
import XCTest
import WegwijsContent
import WegwijsSearch
import WegwijsText
@testable import WegwijsApp

enum TestContent {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")

    static func load(_ root: URL) -> ContentStore {
        let result = ContentLoader.load(content: root.appendingPathComponent("Content"),
                                        translations: root.appendingPathComponent("Translations"))
        precondition(result.errors.isEmpty, "\(result.errors)")
        return result.store
    }

    /// Small and stable: golden frames do not change when the real content grows.
    static let minimal = load(repositoryRoot.appendingPathComponent("Tests/WegwijsContentTests/Fixtures/minimal"))
    static let shipped = load(repositoryRoot)

    // Search indexes, built once: an index is immutable after it is built.
    nonisolated(unsafe) static let minimalIndex = index(minimal)
    nonisolated(unsafe) static let shippedIndex = index(shipped)

    static func index(_ content: ContentStore) -> SearchIndex {
        do { return try SearchIndex(content: content) } catch { fatalError("cannot build the search index: \(error)") }
    }
}

/// Drives the pure app like a person: keys in, frames out.
struct Driver {
    var state: State
    let content: ContentStore
    var search: SearchIndex?
    var config = AppConfig()
    /// Every effect update asked for, in order.
    var effects: [Effect] = []
    /// Whether a key or action asked the program to end.
    var quit: Bool { effects.contains(.quit) }
    var commands: [Command] = []
    var env: Environment { Environment(content: content, search: search, config: config, commands: commands) }

    init(content: ContentStore, search: SearchIndex? = nil, language: String = "nl", size: Size = Size(columns: 80, rows: 24)) {
        self.content = content
        self.search = search
        state = App.start(language: language, audience: nil, size: size, content: content)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    mutating func perform(_ action: Action) { send(.action(action)) }

    mutating func send(_ event: Event) {
        let (next, produced) = App.step(state, event, env)
        state = next
        effects += produced
    }

    /// Clicks the first cell showing `text`, through the frame's hotspots, as a mouse would.
    mutating func click(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let frame = self.frame
        guard let (x, y) = frame.locate(text) else {
            XCTFail("'\(text)' is not on screen:\n\(frame.lines.joined(separator: "\n"))", file: file, line: line)
            return
        }
        guard let action = frame.action(atColumn: x, row: y) else {
            XCTFail("'\(text)' is not clickable", file: file, line: line)
            return
        }
        perform(action)
    }

    var frame: Frame { App.view(state, App.page(state, env), env) }
    var screenText: String { frame.lines.joined(separator: "\n") }
}

extension Frame {
    /// Column and row where `text` starts on screen, in cells.
    func locate(_ text: String) -> (Int, Int)? {
        for (y, line) in lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            let column = line[..<range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
            return (column, y)
        }
        return nil
    }

    /// Each row at its full width, so golden files show the frame's exact size.
    var fullLines: [String] {
        (0..<height).map { y in row(y).map(\.text).joined() }
    }
}

/// Compares a frame with Golden/NAME.txt; UPDATE_GOLDEN=1 writes it instead.
func assertGolden(_ frame: Frame, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = TestContent.goldenDirectory.appendingPathComponent(name + ".txt")
    // Rows at full width with a "|" after the last cell: the frame's exact width shows.
    let text = frame.fullLines.map { $0 + "|" }.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden file \(name).txt: run with UPDATE_GOLDEN=1 and review it", file: file, line: line)
        return
    }
    if expected != text {
        XCTFail("frame differs from Golden/\(name).txt:\n--- expected\n\(expected)--- got\n\(text)", file: file, line: line)
    }
}
