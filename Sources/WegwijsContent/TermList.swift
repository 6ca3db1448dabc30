import FoundationEssentials

/// A translators' term list, Translations/terms/LANG.yaml: for each Dutch term the one
/// rendering used in that language, and renderings not to use.
///
/// ```yaml
/// huisarts:
///   use: طبيب العائلة
///   avoid: [الطبيب العام]
/// ```
/// `use` may also be a list, for languages that inflect (Polish "lekarz rodzinny",
/// "lekarza rodzinnego"): a translation must contain one of them.
public struct TermList: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var term: String
        public var use: [String]
        public var avoid: [String]
        public var line: Int
    }

    public var language: String
    public var file: String
    public var entries: [Entry]

    public static func parse(_ text: String, language: String, file: String) -> (TermList, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        var list = TermList(language: language, file: file, entries: [])
        guard let root = reader.compose(text) else { return (list, reader.log.entries) }
        if root.string?.isEmpty == true { return (list, reader.log.entries) }
        guard let mapping = root.mapping else {
            reader.log.error(file, reader.line(of: root), "expected 'term:' entries, each with 'use:' and optional 'avoid:'")
            return (list, reader.log.entries)
        }
        for (key, value) in mapping {
            guard let term = key.string?.trimmingSpaces, !term.isEmpty, let item = value.mapping else {
                reader.log.error(file, reader.line(of: key), "a term needs 'use:' (and optional 'avoid:')")
                continue
            }
            reader.rejectUnknownKeys(item, allowed: ["use", "avoid"])
            let use = reader.strings(item, "use", required: true, owner: value) ?? []
            let avoid = reader.strings(item, "avoid", required: false, owner: value) ?? []
            list.entries.append(Entry(term: term, use: use.filter { !$0.isEmpty }, avoid: avoid.filter { !$0.isEmpty },
                                      line: reader.line(of: key)))
        }
        return (list, reader.log.entries)
    }

    /// Every Translations/terms/*.yaml (none is fine: no term is checked then).
    public static func loadAll(translations: URL) -> ([TermList], [Diagnostic]) {
        let directory = translations.appendingPathComponent("terms")
        let root = ContentLoader.displayRoot(translations)
        var lists: [TermList] = []
        var log = DiagnosticLog()
        for name in ContentLoader.listFiles(directory, suffix: ".yaml") {
            let file = "\(root)/terms/\(name)"
            guard let text = ContentLoader.read(directory.appendingPathComponent(name), file, &log) else { continue }
            let (list, diagnostics) = parse(text, language: String(name.dropLast(5)), file: file)
            lists.append(list)
            log.append(contentsOf: diagnostics)
        }
        return (lists, log.entries)
    }
}
