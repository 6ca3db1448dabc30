import WegwijsContent

/// Search results of kind "word" (issue 11 item 7): a query that names a glossary term
/// ("verwijsbrief", "BSN", "leefgeld", or one of its forms) gives that term, with its
/// explanation in the reader's language as snippet; opening it shows the explanation.
/// The topics found are not re-ranked: the words go in after the best topic.
enum GlossarySearch {
    static func items(for query: String, language: String, content: ContentStore) -> [SearchItem] {
        guard !content.glossary.isEmpty else { return [] }
        return GlossaryMatcher(content.glossary).terms(in: query).map { term in
            let explanation = content.glossaryExplanation(term, language)
            return SearchItem(label: Localized(text: term.term, language: content.sourceLanguage), snippet: explanation.text,
                              matchedTerms: [term.term], snippetSource: explanation, isOtherGroup: false,
                              target: .word(term.term), isWord: true)
        }
    }

    /// The topics with the words after the first one: the best topic keeps its place,
    /// and the word stays on the first screen.
    static func merged(topics: [SearchItem], words: [SearchItem]) -> [SearchItem] {
        guard !words.isEmpty else { return topics }
        return Array(topics.prefix(1)) + words + topics.dropFirst()
    }
}
