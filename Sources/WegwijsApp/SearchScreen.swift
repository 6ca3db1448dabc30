import WegwijsContent
import WegwijsText

/// One thing to choose on the search screen: a topic found or, when nothing was
/// found, one of the person's categories.
public struct SearchItem: Equatable, Sendable {
    public var label: Localized
    /// A short piece of the topic around what matched (nil for a category).
    public var snippet: String?
    /// The words of `label` and `snippet` to highlight, as written there.
    public var matchedTerms: [String]
    /// The snippet's text as the content store gave it, when the screen chose it (the
    /// summary, for a topic found by its title): for the notes about translations.
    public var snippetSource: Localized?
    /// A topic that is not for the person's target group: listed after theirs, with a note.
    public var isOtherGroup: Bool
    public var target: MenuTarget
    /// A glossary word explained, not a topic (GlossarySearch): shown with a note saying so.
    public var isWord: Bool = false
}

/// What the search screen shows for a query. Made from the query by the index each
/// time it is needed: the state keeps the query, never results.
public struct SearchPage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Nothing typed yet: a hint.
        case hint
        case results
        /// Nothing found: a message, and the person's categories to choose from.
        case nothingFound
    }

    public var kind: Kind
    public var items: [SearchItem]
}

public enum SearchScreen {
    /// Results asked of the index: more than fit on a screen, few enough to scroll through.
    static let resultLimit = 20
    /// A pasted essay is not a query: what comes after this many characters is dropped.
    public static let maximumQueryLength = 200

    public static func page(for state: State, content: ContentStore, search: (any TopicSearch)?) -> SearchPage {
        let query = state.query
        let lang = state.language
        if query.allSatisfy({ $0.isWhitespace || $0.unicodeScalars.allSatisfy(\.properties.isDefaultIgnorableCodePoint) }) {
            return SearchPage(kind: .hint, items: [])
        }
        let results = search?.find(query, language: lang, audience: state.audience, limit: resultLimit) ?? []
        let items = results.compactMap { result -> SearchItem? in
            guard let topic = content.topic(result.topicID) else { return nil }
            var snippet = result.snippet
            var snippetSource: Localized?
            let title = content.topicText(topic, .title, topic.title, lang)
            // A match in the title gives the title as snippet: show the summary instead
            // (the title shows the match).
            if snippet == title.text {
                let summary = content.topicText(topic, .summary, topic.summary, lang)
                snippet = summary.text
                snippetSource = summary
            }
            return SearchItem(label: title, snippet: snippet, matchedTerms: result.matchedTerms, snippetSource: snippetSource,
                              isOtherGroup: !result.isForAudience, target: .topic(topic.id))
        }
        let found = GlossarySearch.merged(topics: items, words: GlossarySearch.items(for: query, language: lang, content: content))
        if !found.isEmpty { return SearchPage(kind: .results, items: found) }
        let categories = content.categories(for: state.audience).map { category in
            SearchItem(label: content.categoryName(category, lang), snippet: nil, matchedTerms: [], snippetSource: nil,
                       isOtherGroup: false, target: .category(category.id))
        }
        return SearchPage(kind: .nothingFound, items: categories)
    }

    /// The query as it goes on the query line, at most `width` cells: laid out in the
    /// screen's direction, and when it is too long, its end (where the person types)
    /// with "…" at its logical start.
    static func queryLine(_ query: String, width: Int, direction: TextDirection, mode: BidiMode) -> VisualLine {
        guard width > 1 else { return .empty }
        let whole = Bidi.visualLine(query, baseDirection: direction, mode: mode)
        if whole.width <= width { return whole }
        let characters = Array(query)
        var start = max(0, characters.count - width)
        while start < characters.count {
            let line = Bidi.visualLine("…" + String(characters[start...]), baseDirection: direction, mode: mode)
            if line.width <= width { return line }
            start += 1
        }
        return .empty
    }

    /// A snippet wrapped to at most `maxLines` lines; when it needs more, the last one
    /// ends in "…". Lines break at spaces and hold whole words, so the words of the
    /// lines before the last tell where the last one starts.
    static func snippetLines(_ text: String, width: Int, maxLines: Int, direction: TextDirection, mode: BidiMode) -> [VisualLine] {
        guard maxLines > 0, width > 0 else { return [] }
        let wrapped = TextLayout.wrap(text, width: width, direction: direction, mode: mode)
        if wrapped.count <= maxLines { return wrapped }
        let wordsBefore = wrapped.prefix(maxLines - 1).reduce(0) { $0 + $1.text.split(separator: " ").count }
        let rest = text.split(whereSeparator: \.isWhitespace).dropFirst(wordsBefore).joined(separator: " ")
        return Array(wrapped.prefix(maxLines - 1)) + [TextLayout.singleLine(rest, width: width, direction: direction, mode: mode)]
    }

    /// The columns of a laid-out line (counted from its first cell) where one of `terms`
    /// stands as a whole word. Found in the visual text: each term is laid out on its own
    /// (shaped and, for right-to-left script, reversed, exactly as inside the line: a
    /// word's letters join only with each other) and looked up between non-letters. So
    /// the highlight lands on the right cells after bidi reordering, whichever way the
    /// runs of a mixed Arabic and Latin line went.
    static func highlights(in line: VisualLine, terms: [String], direction: TextDirection, mode: BidiMode) -> [Range<Int>] {
        guard !terms.isEmpty, line.width > 0 else { return [] }
        let characters = Array(line.text)
        var columns: [Int] = [0]
        columns.reserveCapacity(characters.count + 1)
        for character in characters { columns.append(columns.last! + DisplayWidth.of(character)) }
        func isWordPart(_ i: Int) -> Bool {
            guard characters.indices.contains(i) else { return false }
            let c = characters[i]
            return c.isLetter || c.isNumber || c.unicodeScalars.first!.properties.generalCategory == .nonspacingMark
        }
        var ranges: [Range<Int>] = []
        for term in terms {
            let visual = Array(Bidi.visualLine(term, baseDirection: direction, mode: mode).text)
            guard !visual.isEmpty, visual.count <= characters.count else { continue }
            var i = 0
            while i + visual.count <= characters.count {
                if characters[i] == visual[0], Array(characters[i..<(i + visual.count)]) == visual,
                   !isWordPart(i - 1), !isWordPart(i + visual.count) {
                    ranges.append(columns[i]..<columns[i + visual.count])
                    i += visual.count
                } else {
                    i += 1
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The direction to lay a snippet out in: the screen's, unless the text is all in
    /// a script of the other direction (an English fallback in an Arabic screen).
    static func direction(of text: String, screen: TextDirection) -> TextDirection {
        let hasRightToLeft = text.unicodeScalars.contains { isRightToLeftLetter($0.value) }
        switch screen {
        case .rightToLeft: return hasRightToLeft ? .rightToLeft : .leftToRight
        case .leftToRight: return TextLayout.detectDirection(text) == .rightToLeft && hasRightToLeft ? .rightToLeft : .leftToRight
        }
    }

    private static func isRightToLeftLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE: return true
        default: return false
        }
    }
}
