import WegwijsContent
import WegwijsText

/// Topics as plain text in logical order, for `wegwijs show` and `list`: for scripts,
/// pipes and people without the TUI. A terminal or editor does the bidi for Arabic.
public enum PlainText {
    public static func topic(_ topic: Topic, content: ContentStore, language: String, audience: String?, width: Int = 78) -> String {
        let document = TopicDocument(topic, language: language, audience: audience, content: content)
        let lines = TopicPage.lines(document, width: width, content: content, mode: .terminal, wholeLinks: true)
        return lines.map { line in
            let prefix = String(repeating: " ", count: max(0, line.indent - (line.bullet ? 2 : 0))) + (line.bullet ? "- " : "")
            return line.line.width == 0 ? "" : prefix + line.line.text
        }.joined(separator: "\n")
    }

    /// One line per topic: id, category and title, tab-separated.
    public static func list(content: ContentStore, language: String, audience: String?) -> String {
        content.categories.flatMap { category in
            content.topics(in: category.id, for: audience).map { topic in
                let title = content.topicText(topic, .title, topic.title, language).text
                return "\(topic.id)\t\(category.id)\t\(title)"
            }
        }.joined(separator: "\n")
    }
}
