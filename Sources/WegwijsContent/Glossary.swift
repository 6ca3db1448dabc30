/// One word a newcomer meets and may not know ("huisarts"), with a short explanation
/// in plain Dutch, translated through the PO files (msgctxt glossary/TERM).
public struct GlossaryTerm: Equatable, Sendable {
    public var term: String
    /// Other forms that mark the same word in a text ("huisartsen").
    public var forms: [String]
    public var explanation: String
    public var line: Int

    public init(term: String, forms: [String] = [], explanation: String, line: Int = 1) {
        self.term = term
        self.forms = forms
        self.explanation = explanation
        self.line = line
    }

    /// msgctxt of the explanation.
    public var context: String { "glossary/\(term)" }
}

/// Finds the glossary terms in a text: whole words (a term never matches inside a
/// longer word, so "huisarts" is not found in "huisartsenpost" unless that is one of
/// its forms), case-insensitive, multi-word terms ("eigen risico") as consecutive
/// words. Pure: the topic page's key and search build on it.
public struct GlossaryMatcher: Sendable {
    let terms: [GlossaryTerm]
    /// Each term's forms (the term first) as lower-case word lists.
    let forms: [[[String]]]

    public init(_ terms: [GlossaryTerm]) {
        self.terms = terms
        forms = terms.map { term in ([term.term] + term.forms).map(GlossaryMatcher.words).filter { !$0.isEmpty } }
    }

    /// The terms that occur in `text`, in order of their first occurrence.
    public func terms(in text: String) -> [GlossaryTerm] {
        let words = GlossaryMatcher.words(text)
        guard !words.isEmpty else { return [] }
        var found: [(position: Int, index: Int)] = []
        for (index, termForms) in forms.enumerated() {
            let positions = termForms.compactMap { form in GlossaryMatcher.firstPosition(of: form, in: words) }
            if let first = positions.min() { found.append((first, index)) }
        }
        return found.sorted { ($0.position, $0.index) < ($1.position, $1.index) }.map { terms[$0.index] }
    }

    static func firstPosition(of form: [String], in words: [String]) -> Int? {
        guard form.count <= words.count else { return nil }
        for start in 0...(words.count - form.count) where words[start] == form[0] {
            if form.indices.allSatisfy({ words[start + $0] == form[$0] }) { return start }
        }
        return nil
    }

    /// Lower-case runs of letters and digits ("BSN-nummer" is two words, so "BSN" is found in it).
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}

extension ContentStore {
    /// A glossary explanation in the reader's language (or the honest fallback).
    public func glossaryExplanation(_ term: GlossaryTerm, _ language: String) -> Localized {
        localize(term.explanation, context: term.context, language: language)
    }
}
