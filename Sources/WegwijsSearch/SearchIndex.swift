import WegwijsContent

/// Full-text search over every topic in every language, built at start-up.
///
/// Each topic is indexed once per language: the Dutch source and every current
/// translation (reviewed or machine; not outdated), so a query in any language, or a
/// Dutch word from an official letter typed by someone reading Arabic, finds the
/// topic. Texts are normalised by `SearchNormalizer` before SQLite sees them; typos
/// and half-typed words are handled by `QueryPlan` against the index's vocabulary.
///
/// Not thread-safe: use it from one thread (the UI's).
public final class SearchIndex {
    /// How much a match counts by column: a title or keyword names what the topic is
    /// about, the body only mentions it.
    static let columnWeights: [FullTextTable.Column: Double] = [.title: 10, .keywords: 8, .summary: 4, .body: 1]

    private let content: ContentStore
    private let table: FullTextTable
    private let vocabulary: Vocabulary
    /// Row id → index into `content.topics`. A row is one topic in one language.
    private let topicOfRow: [Int]
    /// Per topic, its keywords in every language as phrase keys (`KeywordPhrases`),
    /// each with its place in its list (0 first, towards 1 last; the earliest over the
    /// languages): editors put first what the topic is about.
    private let keywordPhrasesOfTopic: [[String: Double]]

    public init(content: ContentStore) throws {
        self.content = content
        table = try FullTextTable(columnWeights: SearchIndex.columnWeights)
        var topicOfRow: [Int] = []
        var keywordPhrasesOfTopic = Array(repeating: [String: Double](), count: content.topics.count)
        try table.beginBulkInsert()
        let languages = [content.sourceLanguage] + content.languages.map(\.code).filter { $0 != content.sourceLanguage }
        for (topicIndex, topic) in content.topics.enumerated() {
            for language in languages {
                let texts = TopicTexts.indexed(topic, language: language, in: content)
                guard texts.values.contains(where: { !$0.isEmpty }) else { continue }
                var columns: [FullTextTable.Column: [UInt8]] = [:]
                for (column, pieces) in texts {
                    columns[column] = SearchIndex.indexText(pieces, distinct: column == .keywords)
                }
                for keywords in texts[.keywords] ?? [] {
                    let keys = KeywordPhrases.keys(ofKeywords: keywords)
                    for (place, key) in keys.enumerated() {
                        let position = Double(place) / Double(keys.count)
                        keywordPhrasesOfTopic[topicIndex][key] = min(keywordPhrasesOfTopic[topicIndex][key] ?? 1, position)
                    }
                }
                try table.insert(rowID: topicOfRow.count, columns)
                topicOfRow.append(topicIndex)
            }
        }
        try table.endBulkInsert()
        self.topicOfRow = topicOfRow
        self.keywordPhrasesOfTopic = keywordPhrasesOfTopic
        // FTS5 has collected every distinct term while indexing; take them from there
        // rather than hash each of the (many more) word occurrences a second time.
        var vocabulary = Vocabulary()
        for term in try table.terms() { vocabulary.insert(term) }
        vocabulary.finish()
        self.vocabulary = vocabulary
    }

    /// The normalised words of `texts`, separated by spaces, as UTF-8; Arabic words
    /// also without their article, Tigrinya words also as their stem (`WordVariants`). Content is NFC already (ContentLoader reads every
    /// file that way), so this skips that step of `SearchNormalizer.words`.
    ///
    /// - Parameter distinct: each word once. For the keywords: translators list
    ///   spellings with and without hamza or diacritics ("طبيب أسنان, طبيب الاسنان",
    ///   "wypłata, wyplata") that normalise to the same words; counted every time, they
    ///   would make a topic with a long list outrank the topic that is about the word.
    private static func indexText(_ texts: [String], distinct: Bool = false) -> [UInt8] {
        var column: [UInt8] = []
        var seen: Set<[UInt8]> = []
        func append(_ word: some Collection<UInt8>) {
            if distinct && !seen.insert(Array(word)).inserted { return }
            if !column.isEmpty { column.append(0x20) }
            column.append(contentsOf: word)
        }
        for text in texts {
            column.reserveCapacity(column.count + text.utf8.count + 16)
            SearchNormalizer.forEachWordUTF8(in: text) { _, word in
                append(word)
                for reduced in WordVariants.reduced(word) { append(reduced) }
                return true
            }
        }
        return column
    }

    /// The topics matching `query`, best first: those for `audience` before the others.
    /// - Parameters:
    ///   - language: the language the person reads; snippets are in it (or its fallback).
    ///     The query itself may be in any language.
    ///   - audience: the target group chosen, or nil.
    public func search(_ query: String, language: String, audience: String?, limit: Int = 20) -> [SearchResult] {
        // No memo here: the program loop derives the search screen's page once per
        // state change and keeps it (App.page), so each query is asked once.
        run(query, language: language, audience: audience, limit: limit)
    }

    /// Per topic, the sum over the query's words of how well it matches each: every
    /// topic with any of the words is found (a sentence has words no topic has,
    /// "vinden", "at night", and one of them must never hide the topic the rest ask
    /// for), and one with more of the words comes first unless the other matches far
    /// better (in its title, against a passing mention in a body). Each word counts in
    /// the topic's best language row for it, so "huisarts" in the Dutch row and "w nocy"
    /// in the Polish row both count.
    private func wordScores(_ plan: QueryPlan) -> [Int: Double] {
        var total: [Int: Double] = [:]
        for (expression, weight) in plan.weightedWordExpressions {
            // bm25 saturates: one title match counts little more than two body mentions,
            // so what a topic is about (its title and keywords) is scored once more on
            // its own. "doctor" in "Going to the family doctor" then outweighs "doctor"
            // and "night" in passing in the mental-health text.
            for (pass, expression) in [expression, "{title keywords} : " + expression].enumerated() {
                var best: [Int: Double] = [:]
                for row in table.match(expression) where row.rowID >= 0 && row.rowID < topicOfRow.count {
                    let topic = topicOfRow[row.rowID]
                    best[topic] = max(best[topic] ?? -.infinity, -row.rank)
                }
                // FTS5's bm25 normalises by the length of the whole row, also under a
                // column filter: in the title-and-keywords pass a short topic that lists
                // the word among many ("Als je 18 wordt": eigen risico, DigiD) beat the
                // long topic about it. That the word names the topic is the same fact
                // for both, so the pass gives every topic that has it the same bonus,
                // the best score of the pass; the first pass still weighs how much
                // each text says about it.
                let flat = pass == 1 ? best.values.max() : nil
                for (topic, score) in best { total[topic, default: 0] += (flat ?? score) * weight }
            }
        }
        return total
    }

    private func run(_ query: String, language: String, audience: String?, limit: Int) -> [SearchResult] {
        guard limit > 0 else { return [] }
        let plan = QueryPlan(query: query, vocabulary: vocabulary)
        let scoreOfTopic = wordScores(plan)
        guard !scoreOfTopic.isEmpty else { return [] }
        let phrase = KeywordPhrases.key(plan.words)
        let ranked = scoreOfTopic.map { topic, score in
            let place = keywordPhrasesOfTopic[topic][phrase]
            // Among the topics that name the query, the one that lists it earlier is
            // more about it: "112" opens the emergency topic's list and is one of many
            // in the safety topic's; "eigen risico" in the insurance topic against the
            // turning-18 checklist.
            return (topic: topic, score: score * (1 - 0.5 * (place ?? 0)),
                    isForAudience: content.topics[topic].isFor(audience),
                    isNamed: place != nil)
        }
            .sorted { a, b in
                if a.isForAudience != b.isForAudience { return a.isForAudience }
                if a.isNamed != b.isNamed { return a.isNamed }
                if a.score != b.score { return a.score > b.score }
                return a.topic < b.topic
            }
        return ranked.prefix(limit).map { found in
            let topic = content.topics[found.topic]
            let snippet = Snippet(texts: TopicTexts.displayed(topic, language: language, audience: audience, in: content),
                                  fallback: { self.content.topicText(topic, .summary, topic.summary, language).text },
                                  matches: plan.matches)
            return SearchResult(topicID: topic.id, score: found.score, isForAudience: found.isForAudience,
                                snippet: snippet.text, matchedTerms: snippet.matchedTerms)
        }
    }
}
