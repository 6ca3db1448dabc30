/// A usage count as a value of the app core (issue 15). The executable's effect runner
/// maps it to WegwijsInsights' UsageEvent; the app core does not link SQLite.
public enum UsageCount: Equatable, Sendable {
    /// A topic page was opened (once per opening, not per scroll or resize).
    case topicView(language: String, group: String?, topic: String)
    /// A search was finished: a result was opened or the search screen was left.
    /// Once per query, never per key, or every prefix would count as a search.
    case search(language: String, query: String, found: Bool)
}

extension App {
    /// The counts one step from `before` to `after` earns, derived from the change of
    /// screen so the key handling in update stays as it is. Empty unless the kiosk
    /// turned counting on (`AppConfig.countUsage`).
    static func usageCounts(from before: State, to after: inout State, page: Page, config: AppConfig) -> [Effect] {
        guard config.countUsage, before.stack != after.stack else { return [] }
        var counts: [UsageCount] = []
        // The search screen opened afresh: a new search, nothing counted yet.
        if after.stack.last == .search, after.stack.count > before.stack.count { after.countedQuery = nil }
        if before.stack.last == .search, after.stack.last != .search {
            let query = String(before.query.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            if !query.isEmpty, query != before.countedQuery {
                after.countedQuery = query
                counts.append(.search(language: before.language, query: query,
                                      found: page.search?.kind == .results))
            }
        }
        // A topic opened on top (from a menu or a search result), not one come back to.
        if case .topic(id: let id)? = after.stack.last, after.stack.count > before.stack.count {
            counts.append(.topicView(language: after.language, group: after.audience, topic: id))
        }
        return counts.map(Effect.count)
    }
}
