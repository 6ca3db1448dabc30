/// Counts gathered in memory between two flushes, and the unmet-search candidates.
///
/// Candidates (terms seen fewer than 3 times today) are held in memory only, as plain
/// text, never on disk and never hashed to disk: a hash of a phone number or a name is
/// undone by trying every number or a list of names, so it would keep exactly what must
/// not be kept. The price: a restart forgets today's candidates, so a term needs its 3
/// searches within one run. Candidates of earlier days are dropped when the day changes.
struct DailyCounters {
    static let unmetThreshold = 3
    /// Bounds the memory a flood of different terms can take.
    static let maximumCandidates = 2_000

    struct Key: Hashable { var table: String; var values: [String] }
    var pending: [Key: Int] = [:]
    private var candidates: [String: Int] = [:]
    private var candidateDay = ""

    mutating func add(_ event: UsageEvent, day: String) {
        switch event {
        case let .topicView(language, group, topic):
            pending[Key(table: "topic_views", values: [day, language, group ?? "", topic]), default: 0] += 1
        case let .search(language, query, found):
            pending[Key(table: "searches", values: [day, language, found ? "1" : "0"]), default: 0] += 1
            if !found, let term = UnmetTerm.normalize(query) { addCandidate(term, day: day) }
        case let .didNotHelp(language, group, topic):
            pending[Key(table: "did_not_help", values: [day, language, group ?? "", topic ?? ""]), default: 0] += 1
        }
    }

    private mutating func addCandidate(_ term: String, day: String) {
        if day != candidateDay { candidates = [:]; candidateDay = day }
        let seen = (candidates[term] ?? 0) + 1
        if seen < Self.unmetThreshold {
            if candidates[term] != nil || candidates.count < Self.maximumCandidates { candidates[term] = seen }
        } else {
            // At the threshold the term is written with all its searches; after it, each one.
            pending[Key(table: "unmet_terms", values: [day, term]), default: 0] += seen == Self.unmetThreshold ? seen : 1
            candidates[term] = seen
        }
    }

    static let columns: [String: [String]] = [
        "topic_views": ["day", "language", "audience", "topic"],
        "searches": ["day", "language", "found"],
        "unmet_terms": ["day", "term"],
        "did_not_help": ["day", "language", "audience", "topic"],
    ]
}
