/// One topic found by a search.
public struct SearchResult: Equatable, Sendable {
    public var topicID: String
    /// Relevance: higher is better (bm25 with column weights, sign flipped). Only
    /// comparable between results of the same search.
    public var score: Double
    /// The topic is for the target group searched for (always true without one).
    /// Those come first; the others follow, for someone who picked the wrong group.
    public var isForAudience: Bool
    /// At most 120 characters of the topic in the person's language (or its
    /// fallback), around the first word that matched.
    public var snippet: String
    /// The words of `snippet` that matched, as written there, for highlighting.
    public var matchedTerms: [String]

    public init(topicID: String, score: Double, isForAudience: Bool, snippet: String, matchedTerms: [String]) {
        self.topicID = topicID
        self.score = score
        self.isForAudience = isForAudience
        self.snippet = snippet
        self.matchedTerms = matchedTerms
    }
}
