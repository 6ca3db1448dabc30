import WegwijsContent
import WegwijsText

/// Marks the glossary words in a topic page's lines (bold and underlined, as search
/// marks what matched), so the reader sees which words "w Woorden" explains.
enum GlossaryMarks {
    static func marked(_ columns: [TopicColumn], topic: Topic, _ state: State, _ env: Environment) -> [TopicColumn] {
        let terms = GlossaryScreen.terms(on: topic, state, env.content)
        guard !terms.isEmpty else { return columns }
        let words = spellings(of: terms)
        let mode = env.config.bidiMode
        return columns.map { column in
            let direction = env.content.language(column.language)?.direction ?? .leftToRight
            var marked = column
            for i in marked.lines.indices where marked.lines[i].style != .link {
                // The line's own direction decides how a Dutch word sits inside it.
                let line = marked.lines[i].line
                marked.lines[i].marks = SearchScreen.highlights(in: line, terms: words, direction: direction, mode: mode)
            }
            return marked
        }
    }

    /// Each term and form as written in running text: as listed, with a capital (the
    /// start of a sentence) and in capitals ("BSN").
    static func spellings(of terms: [GlossaryTerm]) -> [String] {
        var out: [String] = []
        for form in terms.flatMap({ [$0.term] + $0.forms }) {
            for spelling in [form, form.prefix(1).uppercased() + form.dropFirst(), form.uppercased()] where !out.contains(spelling) {
                out.append(spelling)
            }
        }
        // Longer first, so "eigen risico" is marked whole before "risico" could be.
        return out.sorted { $0.count > $1.count }
    }
}
