import WegwijsContent
import WegwijsText

/// The glossary screen (issue 11 item 7): the Dutch words a newcomer meets on letters
/// and signs, each with its explanation in the reader's language. Opened from a topic
/// page (the words of that page, key `w`, Enter, or a tap on "Woorden" in the key bar)
/// or from a search result of kind "word". It is laid out as topic-page lines, so it
/// scrolls, pages and goes back exactly as a topic page does.
public enum GlossaryScreen {
    /// The glossary terms of a topic page, in the order the page first uses them.
    /// Looked for in the Dutch text of the page as well as in what the reader sees:
    /// the words are Dutch words the reader will meet on letters and signs, and a
    /// translation usually names them only in brackets, if at all.
    public static func terms(on topic: Topic, _ state: State, _ content: ContentStore) -> [GlossaryTerm] {
        guard !content.glossary.isEmpty else { return [] }
        var texts = TopicDocument(topic, language: content.sourceLanguage, audience: state.audience, content: content).texts
        if state.language != content.sourceLanguage {
            texts += TopicDocument(topic, language: state.language, audience: state.audience, content: content).texts
        }
        return GlossaryMatcher(content.glossary).terms(in: texts.map(\.text).joined(separator: "\n"))
    }

    /// The terms named by a glossary screen that the content still has.
    static func terms(named names: [String], in content: ContentStore) -> [GlossaryTerm] {
        names.compactMap { name in content.glossary.first { $0.term == name } }
    }

    /// The screen's lines: a title, the notes about translations, then each term
    /// (marked as on the topic page) with its explanation under it.
    static func lines(_ terms: [GlossaryTerm], width: Int, language: String, content: ContentStore, mode: BidiMode) -> [PageLine] {
        let direction = content.language(language)?.direction ?? .leftToRight
        var out: [PageLine] = []
        func add(_ text: String, _ style: Style, indent: Int = 0, direction: TextDirection) {
            for line in TextLayout.wrap(text, width: max(1, width - indent), direction: direction, mode: mode) {
                out.append(PageLine(line: line, style: style, indent: indent, bullet: false))
            }
        }
        add(content.ui(.wordsTitle, language), .title, direction: direction)
        let explanations = terms.map { content.glossaryExplanation($0, language) }
        // The honest notes: an explanation shown in Dutch, or not yet checked by a person.
        let notes = Notes.lines(for: explanations, content: content, language: language)
        if !notes.isEmpty { out.append(.blank) }
        for note in notes { add(note, .note, direction: direction) }
        for (term, explanation) in zip(terms, explanations) {
            out.append(.blank)
            // The term is Dutch, as on the letter: always left to right, at the page's start edge.
            add(term.term, .highlight, direction: .leftToRight)
            add(explanation.text, .normal, indent: 2,
                direction: content.language(explanation.language)?.direction ?? direction)
        }
        return out
    }

    /// One column of the screen, at the width a topic page has.
    static func columns(_ names: [String], _ state: State, _ env: Environment) -> [TopicColumn] {
        let terms = terms(named: names, in: env.content)
        guard !terms.isEmpty else { return [] }
        let area = Layout.columns(state.size, count: 1)[0]
        let width = max(1, area.width - 2 * Layout.margin(state.size))
        return [TopicColumn(language: state.language,
                            lines: lines(terms, width: width, language: state.language, content: env.content,
                                         mode: env.config.bidiMode))]
    }
}

extension Command {
    /// "w Woorden" on a topic page that uses glossary words. Enter opens it too: on a
    /// topic page Enter has nothing else to open, and a digits-only keypad has Enter.
    public static let glossary = Command(id: "glossary", keys: [.character("w"), .enter], barKey: "w",
                                         label: .words, keep: 1) { state, env in
        guard case .topic(let id) = state.screen, let topic = env.content.topic(id) else { return nil }
        let terms = GlossaryScreen.terms(on: topic, state, env.content)
        guard !terms.isEmpty else { return nil }
        var next = state
        App.push(.glossary(terms: terms.map(\.term), returnScroll: state.scroll), on: &next)
        return next
    }
}
