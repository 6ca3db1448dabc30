import WegwijsContent

/// The app asks for topics through `TopicSearch`; the index answers.
extension SearchIndex: TopicSearch {
    public func find(_ query: String, language: String, audience: String?, limit: Int) -> [TopicMatch] {
        search(query, language: language, audience: audience, limit: limit).map {
            TopicMatch(topicID: $0.topicID, isForAudience: $0.isForAudience, snippet: $0.snippet, matchedTerms: $0.matchedTerms)
        }
    }
}
