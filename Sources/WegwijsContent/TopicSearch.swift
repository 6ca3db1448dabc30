/// Search as the app sees it: a query in, topics out. A protocol, so the app core and
/// the program loop never link SQLite (WegwijsSearch's `SearchIndex` conforms) and
/// tests can hand in a fake.
public protocol TopicSearch: AnyObject {
    /// The topics matching `query`, best first: those for `audience` before the others.
    func find(_ query: String, language: String, audience: String?, limit: Int) -> [TopicMatch]
}

/// One topic found, as the search screen shows it.
public struct TopicMatch: Equatable, Sendable {
    public var topicID: String
    /// The topic is for the target group searched for (always true without one).
    public var isForAudience: Bool
    /// A short piece of the topic in the reader's language, around what matched.
    public var snippet: String
    /// The words of `snippet` that matched, as written there, for highlighting.
    public var matchedTerms: [String]

    public init(topicID: String, isForAudience: Bool, snippet: String, matchedTerms: [String]) {
        self.topicID = topicID
        self.isForAudience = isForAudience
        self.snippet = snippet
        self.matchedTerms = matchedTerms
    }
}
