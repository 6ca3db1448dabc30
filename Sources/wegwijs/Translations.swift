import ArgumentParser
import Foundation
import WegwijsContent

/// The translators' workflow, on GNU gettext's own tools.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Update the PO files from the content, or show how far each language is.",
        subcommands: [Update.self, Status.self]
    )

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate Translations/wegwijs.pot from Content/ and merge it into every PO file (msgmerge --previous).")

        @OptionGroup var source: ContentOptions

        func run() throws {
            let result = source.load(today: nil)
            // Only errors in the Dutch content block the update: problems in the PO files
            // (entries of a deleted topic) are what the merge clears up, and msgmerge
            // reports PO syntax errors itself.
            let translationsRoot = ContentLoader.displayRoot(source.location.translations)
            let errors = result.errors.filter { !$0.file.hasPrefix(translationsRoot + "/") }
            if !errors.isEmpty {
                for error in errors { printError(error.description) }
                printError("wegwijs: fix the errors above first: a template from broken content would drop entries.")
                throw ExitCode(1)
            }
            let location = source.location
            let pot = location.translations.appendingPathComponent("wegwijs.pot")
            let root = ContentLoader.displayRoot(location.content)
            let segments = SourceSegments.all(result.store, contentRoot: root)
            let template = SourceSegments.template(segments, creationDate: Today.string)
            try POWriter.write(template).write(to: pot, atomically: true, encoding: .utf8)
            print("\(pot.path): \(segments.count) entries")
            for language in result.store.languages where language.code != result.store.sourceLanguage {
                let po = location.translations.appendingPathComponent("\(language.code).po")
                if FileManager.default.fileExists(atPath: po.path) {
                    try Translations.rewrite(po) { MergeMarks.prepare($0) }
                    try GettextTool.run("msgmerge", ["--quiet", "--previous", "--update", "--backup=none", po.path, pot.path])
                    try Translations.rewrite(po) { MergeMarks.restore($0) }
                    // Back to gettext's own layout, so the files diff cleanly run after run.
                    try GettextTool.run("msgcat", ["--output-file=\(po.path)", po.path])
                    print("\(po.path): merged")
                } else {
                    // Not msginit: for English it copies every Dutch msgid into msgstr,
                    // which would pass Dutch text off as a reviewed translation.
                    let file = SourceSegments.newCatalog(from: template, language: language.code, creationDate: Today.string)
                    try POWriter.write(file).write(to: po, atomically: true, encoding: .utf8)
                    print("\(po.path): created")
                }
            }
        }
    }

    /// Reads a PO file, changes it, writes it back; refuses a file with syntax errors.
    static func rewrite(_ url: URL, _ change: (POFile) -> POFile) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let (file, errors) = POParser.parse(text)
        guard errors.isEmpty else {
            for error in errors { printError("\(url.path):\(error.line): \(error.message)") }
            throw ExitCode(1)
        }
        try POWriter.write(change(file)).write(to: url, atomically: true, encoding: .utf8)
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Per language: reviewed, machine-translated, outdated and missing entries.")

        @OptionGroup var source: ContentOptions

        func run() throws {
            let store = source.load(today: nil).store
            print(TranslationStatus.report(store))
        }
    }
}

enum GettextTool {
    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        do {
            try process.run()
        } catch {
            printError("wegwijs: cannot run \(tool): install GNU gettext (Debian: apt-get install gettext)")
            throw ExitCode(1)
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            printError("wegwijs: \(tool) failed (exit \(process.terminationStatus))")
            throw ExitCode(1)
        }
    }
}
