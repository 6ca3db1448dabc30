/// What a reader sees in place of a `[fact:ID]` marker: when the fact held and where to
/// check it today, e.g. "(bedrag op 1 januari 2026 — kijk voor het bedrag van nu op
/// rijksoverheid.nl)". Built from the fact's data and interface labels only, so a new
/// date never waits for five translators.
public enum FactNote {
    /// The interface label of each kind's note; its placeholders are {date} and {site}.
    public static func labelKey(_ kind: Fact.Kind) -> UIKey {
        switch kind {
        case .amount: return .factAmount
        case .rule: return .factRule
        case .hours: return .factHours
        case .phone: return .factPhone
        case .address: return .factAddress
        case .date: return .factDate
        }
    }

    public static let monthKeys: [UIKey] = [.month1, .month2, .month3, .month4, .month5, .month6,
                                            .month7, .month8, .month9, .month10, .month11, .month12]

    /// - Parameter labels: the interface label for a key in the reader's language
    ///   (`{ store.ui($0.rawValue, language) }`).
    public static func render(_ fact: Fact, labels: (UIKey) -> String) -> String {
        labels(labelKey(fact.kind))
            .replacingPlaceholder("{date}", with: date(fact.dates.asOf, labels: labels))
            .replacingPlaceholder("{site}", with: site(fact.checkAt))
    }

    /// "1 januari 2026" through the label `fact-date-format` ({day} {month} {year}), so a
    /// language can put the parts in its own order; month names are labels too.
    public static func date(_ text: String, labels: (UIKey) -> String) -> String {
        guard let (year, month, day) = ReviewDate.parse(text) else { return text }
        return labels(.factDateFormat)
            .replacingPlaceholder("{day}", with: String(day))
            .replacingPlaceholder("{month}", with: labels(monthKeys[month - 1]))
            .replacingPlaceholder("{year}", with: String(year))
    }

    /// The site a reader can type: the check-at address's host without "www."
    /// ("rijksoverheid.nl"); a kiosk reader copies it by hand.
    public static func site(_ url: String) -> String {
        guard var host = SourceHosts.host(of: url) else { return url }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }
}

extension ContentStore {
    /// The note for `fact` in `language`.
    public func factNote(_ fact: Fact, language: String) -> String {
        FactNote.render(fact) { ui($0.rawValue, language) }
    }

    /// `text` (a topic's body text, translated or not) with each `[fact:ID]` replaced by
    /// its note in the reader's language; a marker without a fact (an error `check`
    /// reports) is dropped rather than shown raw.
    public func withFactNotes(_ text: String, of topic: Topic, language: String) -> String {
        guard text.containsBytes("[fact:") else { return text }
        return FactMarker.replacing(in: text) { id in topic.fact(id).map { factNote($0, language: language) } ?? "" }
            .collapsingDoubleSpaces()
    }
}

extension FactMarker {
    /// The text without its markers, for places too small for the note (search snippets).
    public static func removing(from text: String) -> String {
        guard text.containsBytes("[fact:") else { return text }
        return replacing(in: text) { _ in "" }.collapsingDoubleSpaces()
    }
}

extension String {
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard let range = firstRange(of: placeholder) else { return self }
        var result = self
        result.replaceSubrange(range, with: value)
        return result
    }

    /// After a dropped marker: "per uur.  Meer" → "per uur. Meer", and no trailing space.
    func collapsingDoubleSpaces() -> String {
        var result = self
        while result.contains("  ") { result = result.replacing("  ", with: " ") }
        while result.last == " " { result.removeLast() }
        return result
    }
}
