/// Everything Wegwijs can show, loaded and validated: an immutable value. A new
/// version (live reload) is a new value swapped in whole.
public struct ContentStore: Sendable {
    public var sourceLanguage: String
    public var languages: [Language]
    public var audiences: [Audience]
    public var categories: [Category]
    /// Valid topics only, in file-name order.
    public var topics: [Topic]
    /// Dutch interface labels by key (Content/ui.yaml).
    public var uiLabels: [String: String]
    public var uiOrder: [(key: String, line: Int)]
    public var catalogs: [String: Catalog]
    /// Words a newcomer may not know, explained (Content/glossary.yaml), in file order.
    public var glossary: [GlossaryTerm]

    public init(sourceLanguage: String, languages: [Language], audiences: [Audience], categories: [Category],
                topics: [Topic], uiLabels: [String: String], uiOrder: [(key: String, line: Int)] = [],
                catalogs: [String: Catalog], glossary: [GlossaryTerm] = []) {
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.audiences = audiences
        self.categories = categories
        self.topics = topics
        self.uiLabels = uiLabels
        self.uiOrder = uiOrder
        self.catalogs = catalogs
        self.glossary = glossary
    }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }
    public func audience(_ id: String) -> Audience? { audiences.first { $0.id == id } }
    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    /// Topics of one category for one target group (all groups when nil), by their
    /// `order:` (lower first); topics without one follow in store order, which for
    /// loaded content is file-name order, so by id.
    public func topics(in category: String, for audience: String?) -> [Topic] {
        let found = topics.filter { $0.category == category && $0.isFor(audience) }
        guard found.contains(where: { $0.order != nil }) else { return found }
        return found.enumerated().sorted { a, b in
            switch (a.element.order, b.element.order) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The categories that have at least one topic for the target group, in order.
    public func categories(for audience: String?) -> [Category] {
        categories.filter { category in topics.contains { $0.category == category.id && $0.isFor(audience) } }
    }
}
