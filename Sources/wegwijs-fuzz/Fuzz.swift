import CFuzzDriver
import Foundation
@testable import WegwijsContent
import WegwijsSearch
import WegwijsText

/// `make fuzz`: coverage-guided fuzzing with libFuzzer of everything that reads input
/// people or machines write: the PO parser, topic files, the YAML configuration, the
/// content snapshot decoder, text layout (bidi, shaping, wrapping) and the search
/// normaliser. The tests' seeded mutation fuzzing (ParserFuzzTests) runs in every
/// `make test`; this finds what mutations of known files do not reach.
///
///     WEGWIJS_FUZZ_TARGET=po .build/fuzz/debug/wegwijs-fuzz -max_total_time=60 CORPUS_DIR
///
/// A crash is any trap (a failed precondition below, an out-of-range index, a bad
/// unwrap): libFuzzer saves the input as crash-*. Without libFuzzer (a plain `swift
/// build`) the same binary replays the files it is given, to check a fix.
@main
struct Fuzz {
    enum Target: String, CaseIterable {
        case po, topic, config, snapshot, text, normalize
    }

    nonisolated(unsafe) static var target = Target.po

    static func main() {
        let environment = ProcessInfo.processInfo.environment
        guard let target = Target(rawValue: environment["WEGWIJS_FUZZ_TARGET"] ?? "") else {
            FileHandle.standardError.write(Data("wegwijs-fuzz: set WEGWIJS_FUZZ_TARGET to one of \(Target.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        Fuzz.target = target
        if let root = environment["WEGWIJS_FUZZ_SEED"], let corpus = CommandLine.arguments.dropFirst().first(where: { !$0.hasPrefix("-") }) {
            Seeds.write(for: target, repository: URL(fileURLWithPath: root), into: URL(fileURLWithPath: corpus))
        }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
            Fuzz.run(UnsafeRawBufferPointer(start: data, count: count))
            return 0
        })
    }

    static func run(_ bytes: UnsafeRawBufferPointer) {
        if target == .snapshot {
            var reader = SnapshotReader(bytes)
            _ = try? ContentSnapshot.decode(&reader)
            return
        }
        // Files as ContentLoader reads them (NFC, no byte-order mark, LF line ends);
        // text for layout and search as typed or stored, anything at all.
        let raw = String(decoding: bytes, as: UTF8.self)
        let text = [.po, .topic, .config].contains(target) ? ContentLoader.prepared(raw) : raw
        let lines = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        func checkLine(_ line: Int, _ what: String) {
            precondition((1...lines + 1).contains(line), "\(what): line \(line) outside a text of \(lines) lines")
        }
        switch target {
        case .po:
            let (file, errors) = POParser.parse(text)
            for error in errors { checkLine(error.line, "PO error") }
            for entry in file.entries { precondition(entry.line >= 0 && entry.line <= lines + 1, "PO entry line \(entry.line)") }
        case .topic:
            let (_, log) = TopicParser.parse(text, file: "fuzz.md")
            for diagnostic in log.entries { checkLine(diagnostic.line, diagnostic.description) }
        case .config:
            for diagnostic in ConfigParser.languages(text, file: "fuzz.yaml").log.entries { checkLine(diagnostic.line, diagnostic.description) }
            for diagnostic in ConfigParser.audiences(text, file: "fuzz.yaml").1.entries { checkLine(diagnostic.line, diagnostic.description) }
            for diagnostic in ConfigParser.categories(text, file: "fuzz.yaml").1.entries { checkLine(diagnostic.line, diagnostic.description) }
            for diagnostic in ConfigParser.uiLabels(text, file: "fuzz.yaml").1.entries { checkLine(diagnostic.line, diagnostic.description) }
            for diagnostic in ConfigParser.glossary(text, file: "fuzz.yaml").1.entries { checkLine(diagnostic.line, diagnostic.description) }
            for diagnostic in TermList.parse(text, language: "xx", file: "fuzz.yaml").1 { checkLine(diagnostic.line, diagnostic.description) }
        case .text:
            // The first byte chooses width, direction and who does bidi.
            let control = bytes.first ?? 0
            let width = 1 + Int(control % 100)
            let direction: TextDirection = control & 0x80 == 0 ? .leftToRight : .rightToLeft
            let mode: BidiMode = control & 0x40 == 0 ? .app : .terminal
            for line in TextLayout.wrap(text, width: width, direction: direction, mode: mode) {
                precondition(line.width <= width, "a line of \(line.width) cells at width \(width)")
            }
        case .normalize:
            _ = SearchNormalizer.words(text)
            _ = NFC.normalize(text)
        case .snapshot:
            break
        }
    }
}

/// A first corpus from the shipped content, so the fuzzer starts from real files.
enum Seeds {
    static func write(for target: Fuzz.Target, repository: URL, into corpus: URL) {
        let fileManager = FileManager.default
        try? fileManager.createDirectory(at: corpus, withIntermediateDirectories: true)
        guard ((try? fileManager.contentsOfDirectory(atPath: corpus.path)) ?? []).isEmpty else { return }
        let content = repository.appendingPathComponent("Content"), translations = repository.appendingPathComponent("Translations")
        func files(_ directory: URL, _ suffix: String) -> [URL] {
            ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(suffix) }
                .sorted().map { directory.appendingPathComponent($0) }
        }
        var seeds: [Data] = []
        switch target {
        case .po:
            // Pieces of about 20 entries: whole files (150 KB) run a hundred times slower.
            for file in files(translations, ".po") {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                let entries = text.components(separatedBy: "\n\n")
                for start in stride(from: 0, to: entries.count, by: 20) {
                    seeds.append(Data(entries[start..<min(start + 20, entries.count)].joined(separator: "\n\n").utf8))
                }
            }
        case .topic: seeds = files(content.appendingPathComponent("topics"), ".md").compactMap { try? Data(contentsOf: $0) }
        case .config: seeds = files(content, ".yaml").compactMap { try? Data(contentsOf: $0) }
        case .snapshot:
            seeds = [Data(ContentSnapshot.encode(ContentLoader.load(content: content, translations: translations)))]
        case .text, .normalize:
            // Paragraphs of every language, Arabic and Tigrinya included.
            let store = ContentLoader.load(content: content, translations: translations).store
            for catalog in store.catalogs.values {
                seeds += catalog.entries.values.prefix(40).map { Data(([UInt8(seeds.count % 256)]) + Array($0.text.utf8)) }
            }
        }
        for (index, seed) in seeds.enumerated() {
            try? seed.write(to: corpus.appendingPathComponent("seed-\(index)"))
        }
    }
}
