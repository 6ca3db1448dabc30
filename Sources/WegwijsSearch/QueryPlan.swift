import WegwijsText

/// What a query looks for: per query word, the index terms that count as that word.
///
/// - A word that is in the index is looked up as itself (a real word is not a typo).
/// - The last word, while it is still being typed (no space after it), also matches
///   as a prefix: "huisar" finds "huisarts" and "huisartsenpost".
/// - A word the index does not have is expanded to the index terms within its typo
///   budget (`TypoBudget`), only those at the smallest distance found.
/// - Arabic words are also looked up without their article, Tigrinya words as their
///   stem (`WordVariants`).
struct QueryPlan {
    struct WordGroup {
        /// Whole index terms that count as this word.
        var terms: [String] = []
        /// Prefixes: every index term starting with one counts.
        var prefixes: [String] = []
        var isEmpty: Bool { terms.isEmpty && prefixes.isEmpty }
    }

    /// A pasted essay is not a query: the content words after these are ignored.
    static let maximumWords = 12
    /// Longer words are looked up exactly only: no one mistypes a 40-letter word into
    /// another, and the edit distance grows with the square of the length.
    static let maximumFuzzyLength = 32

    var groups: [WordGroup]
    /// The normalised words the groups were made from, stop words left out.
    var words: [String]
    private var allTerms: Set<ByteKey>
    private var allPrefixes: [[UInt8]]

    init(query: String, vocabulary: Vocabulary) {
        let text = NFC.normalize(query)
        var spans = SearchNormalizer.wordSpans(text)
        // The last word is a prefix unless something (a space, a full stop) follows it.
        let lastIsTyped = spans.last.map { $0.range.upperBound == text.endIndex } ?? false
        // Leave out "ik", "ben", "where", "can" while other words remain, also when the
        // filler is the word still being typed ("hoe kan ik een huisarts vinden": the
        // person has not typed the space yet). Once it is more than a filler ("benz"),
        // it counts again. A query of fillers only keeps the word being typed ("ben" may
        // become "benzine"), or, when finished, all of them.
        let meaningful = spans.filter { !StopWords.contains($0.word) }
        if !meaningful.isEmpty {
            spans = meaningful
        } else if lastIsTyped, let last = spans.last {
            spans = [last]
        }
        // The cap counts the words that matter: a long sentence keeps its last ones.
        spans = Array(spans.prefix(QueryPlan.maximumWords))
        words = spans.map(\.word)
        groups = spans.map { span in
            QueryPlan.group(for: span.word, isPrefix: span.range.upperBound == text.endIndex, vocabulary: vocabulary)
        }
        allTerms = Set(groups.flatMap(\.terms).map(ByteKey.init))
        allPrefixes = groups.flatMap(\.prefixes).map { Array($0.utf8) }
    }

    private static func group(for word: String, isPrefix: Bool, vocabulary: Vocabulary) -> WordGroup {
        var group = WordGroup()
        let variants = WordVariants.all(word)
        group.terms = variants.filter { vocabulary.contains($0) }
        if isPrefix {
            // Exact counts twice in bm25 (as a term and under its prefix): "ov" ranks a
            // topic about the OV above one that only says "over".
            group.prefixes = variants.filter { vocabulary.hasTerm(withPrefix: $0) }
        }
        guard group.isEmpty else { return group }
        let length = word.count
        guard length <= maximumFuzzyLength else { return group }
        let budget = TypoBudget.edits(length: length, script: WordScript(of: word))
        group.terms = vocabulary.closestTerms(to: word, budget: budget, prefix: isPrefix)
        return group
    }

    /// The FTS5 expression for rows that match every word (`all`) or any word; nil when
    /// no word can match. Terms are quoted, so nothing a person types is FTS5 syntax.
    func expression(all: Bool) -> String? {
        let parts = wordExpressions
        return parts.isEmpty ? nil : parts.joined(separator: all ? " AND " : " OR ")
    }

    /// One FTS5 expression per word that can match, for counting how many of the
    /// query's words each topic has.
    var wordExpressions: [String] {
        groups.filter { !$0.isEmpty }.map { QueryPlan.expression(of: $0) }
    }

    /// Per word that can match, its expression and how much its bm25 counts. A word
    /// looked up both as itself and as a prefix is counted twice by bm25 (which lets
    /// "ov" rank the OV above "over"); halved, the word being typed weighs no more in
    /// a sentence than the words before it.
    var weightedWordExpressions: [(expression: String, weight: Double)] {
        groups.filter { !$0.isEmpty }.map { group in
            (QueryPlan.expression(of: group), group.terms.isEmpty || group.prefixes.isEmpty ? 1 : 0.5)
        }
    }

    var matchableWordCount: Int { groups.filter { !$0.isEmpty }.count }

    /// True when a normalised word of some text is one this query found, for snippets.
    func matches(_ word: String) -> Bool {
        if matchesAsWritten(word) { return true }
        return WordVariants.reduced(word).contains(where: matchesAsWritten)
    }

    private func matchesAsWritten(_ word: String) -> Bool {
        allTerms.contains(ByteKey(word)) || allPrefixes.contains { word.utf8.starts(with: $0) }
    }

    private static func expression(of group: WordGroup) -> String {
        let alternatives = group.terms.map { QueryPlan.quoted($0) } + group.prefixes.map { QueryPlan.quoted($0) + " *" }
        return "(" + alternatives.joined(separator: " OR ") + ")"
    }

    static func quoted(_ term: String) -> String {
        "\"" + term.replacing("\"", with: "\"\"") + "\""
    }
}
