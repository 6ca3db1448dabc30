import WegwijsText

/// `wegwijs check --coverage`: topics per target group and category.
public enum Coverage {
    public struct Report: Sendable {
        public var text: String
        /// (audience, category) pairs of a required category with no topic.
        public var emptyRequiredCells: [(String, String)]
    }

    public static func report(_ store: ContentStore) -> Report {
        let columnWidth = max(6, store.categories.map { $0.id.count }.max() ?? 6)
        let rowLabelWidth = store.audiences.map { $0.id.count }.max() ?? 10
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = [pad("", rowLabelWidth) + " " + store.categories.map { pad($0.id + ($0.required ? "*" : ""), columnWidth + 2) }.joined()]
        while lines[0].last == " " { lines[0].removeLast() }
        var empty: [(String, String)] = []
        for audience in store.audiences {
            var row = pad(audience.id, rowLabelWidth) + " "
            for category in store.categories {
                let count = store.topics(in: category.id, for: audience.id).count
                if count == 0 && category.required { empty.append((audience.id, category.id)) }
                let cell = count == 0 ? (category.required ? "MISSING" : "-") : String(count)
                row += pad(cell, columnWidth + 2)
            }
            while row.last == " " { row.removeLast() }
            lines.append(row)
        }
        lines.append("* required: every target group needs a topic there")
        for (audience, category) in empty {
            lines.append("error: no topic in required category '\(category)' for '\(audience)'")
        }
        return Report(text: lines.joined(separator: "\n"), emptyRequiredCells: empty)
    }
}

/// `wegwijs translations status`: per language, how many entries are reviewed,
/// machine-translated, outdated and missing, as numbers and a bar.
public enum TranslationStatus {
    public struct Counts: Equatable, Sendable {
        public var reviewed = 0, machine = 0, outdated = 0, missing = 0
        public var total: Int { reviewed + machine + outdated + missing }
    }

    public static func counts(_ store: ContentStore, language: String) -> Counts {
        var counts = Counts()
        let catalog = store.catalogs[language]
        for segment in SourceSegments.all(store) {
            switch catalog?.lookup(context: segment.context, source: segment.text)?.state {
            case .reviewed: counts.reviewed += 1
            case .machine: counts.machine += 1
            case .outdated: counts.outdated += 1
            case nil: counts.missing += 1
            }
        }
        return counts
    }

    /// The bar: '#' reviewed, '~' machine translation, '!' outdated, '.' missing.
    public static func report(_ store: ContentStore, barWidth: Int = 30) -> String {
        var lines = ["language  reviewed  machine  outdated  missing  total"]
        for language in store.languages where language.code != store.sourceLanguage {
            let c = counts(store, language: language.code)
            let bar = Self.bar(c, width: barWidth)
            func col(_ n: Int, _ w: Int) -> String { String(repeating: " ", count: max(0, w - String(n).count)) + String(n) }
            lines.append(language.code.padding(8) + col(c.reviewed, 10) + col(c.machine, 9) + col(c.outdated, 10)
                         + col(c.missing, 9) + col(c.total, 7) + "  [" + bar + "]")
        }
        lines.append("bar: # reviewed  ~ machine translation, not yet checked  ! outdated (Dutch changed)  . missing")
        return lines.joined(separator: "\n")
    }

    static func bar(_ c: Counts, width: Int) -> String {
        guard c.total > 0 else { return String(repeating: " ", count: width) }
        // Largest-remainder rounding so the bar is exactly `width` long, but a state
        // that has any entries always gets a cell: one missing entry must show.
        let parts = [c.reviewed, c.machine, c.outdated, c.missing]
        var cells = parts.map { $0 == 0 ? 0 : max(1, $0 * width / c.total) }
        let byRemainder = parts.indices.sorted { parts[$0] * width % c.total > parts[$1] * width % c.total }
        var left = width - cells.reduce(0, +)
        for index in byRemainder where left > 0 && parts[index] > 0 {
            cells[index] += 1
            left -= 1
        }
        while left < 0, let largest = cells.indices.max(by: { cells[$0] < cells[$1] }) {
            cells[largest] -= 1
            left += 1
        }
        return zip(["#", "~", "!", "."], cells).map { String(repeating: $0.0, count: $0.1) }.joined()
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
