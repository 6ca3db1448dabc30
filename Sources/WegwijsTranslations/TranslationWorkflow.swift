import FoundationEssentials
import WegwijsContent

/// The translators' workflow on GNU gettext's own tools: regenerate the template from
/// the content and merge it into every PO file (`wegwijs translations update`).
public enum TranslationWorkflow {
    public enum Failure: Error, CustomStringConvertible {
        /// Errors in the Dutch content: a template from broken content would drop entries.
        case brokenContent([Diagnostic])
        /// A PO file the merge would rewrite has syntax errors.
        case brokenCatalog(file: String, [POParseError])
        case tool(ProcessRunner.Failure)

        public var description: String {
            switch self {
            case .brokenContent(let errors):
                return (errors.map(\.description) + ["wegwijs: fix the errors above first: a template from broken content would drop entries."])
                    .joined(separator: "\n")
            case .brokenCatalog(let file, let errors):
                return errors.map { "\(file):\($0.line): \($0.message)" }.joined(separator: "\n")
            case .tool(let failure):
                if case .cannotStart = failure {
                    return "wegwijs: \(failure): install GNU gettext (Debian: apt-get install gettext)"
                }
                return "wegwijs: \(failure)"
            }
        }
    }

    /// Writes `wegwijs.pot` and merges it into each language's PO file (creating the
    /// missing ones). Returns one line per file, for the person running it.
    public static func update(_ result: ContentLoader.Result, content: URL, translations: URL, today: String,
                              run: (String, [String]) throws -> Void = ProcessRunner.run) throws -> [String] {
        // Only errors in the Dutch content block the update: problems in the PO files
        // (entries of a deleted topic) are what the merge clears up, and msgmerge
        // reports PO syntax errors itself.
        let translationsRoot = ContentLoader.displayRoot(translations)
        let errors = result.errors.filter { !$0.file.hasPrefix(translationsRoot + "/") }
        if !errors.isEmpty { throw Failure.brokenContent(errors) }
        var report: [String] = []
        let pot = translations.appendingPathComponent("wegwijs.pot")
        let segments = SourceSegments.all(result.store, contentRoot: ContentLoader.displayRoot(content))
        let template = SourceSegments.template(segments, creationDate: today)
        try POWriter.write(template).write(to: pot, atomically: true, encoding: .utf8)
        report.append("\(pot.path): \(segments.count) entries")
        for language in result.store.languages where language.code != result.store.sourceLanguage {
            let po = translations.appendingPathComponent("\(language.code).po")
            if FileManager.default.fileExists(atPath: po.path) {
                do {
                    try rewrite(po) { MergeMarks.prepare($0) }
                    try run("msgmerge", ["--quiet", "--previous", "--update", "--backup=none", po.path, pot.path])
                    try rewrite(po) { MergeMarks.restore($0) }
                    // Back to gettext's own layout, so the files diff cleanly run after run.
                    try run("msgcat", ["--output-file=\(po.path)", po.path])
                } catch let failure as ProcessRunner.Failure {
                    throw Failure.tool(failure)
                }
                report.append("\(po.path): merged")
            } else {
                // Not msginit: for English it copies every Dutch msgid into msgstr,
                // which would pass Dutch text off as a reviewed translation.
                let file = SourceSegments.newCatalog(from: template, language: language.code, creationDate: today)
                try POWriter.write(file).write(to: po, atomically: true, encoding: .utf8)
                report.append("\(po.path): created")
            }
        }
        return report
    }

    /// Reads a PO file, changes it, writes it back; refuses a file with syntax errors.
    static func rewrite(_ url: URL, _ change: (POFile) -> POFile) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let (file, errors) = POParser.parse(text)
        guard errors.isEmpty else { throw Failure.brokenCatalog(file: url.path, errors) }
        try POWriter.write(change(file)).write(to: url, atomically: true, encoding: .utf8)
    }
}
