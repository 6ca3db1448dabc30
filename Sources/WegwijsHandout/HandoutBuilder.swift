import WegwijsApp
import WegwijsContent

/// Builds a Handout from the content: the only code here that reads the ContentStore.
/// Each topic comes from the TopicDocument the other renderers use.
public enum HandoutBuilder {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownLanguage(String), unknownAudience(String), unknownTopic(String)
        case notForAudience(topic: String, audience: String)

        public var description: String {
            switch self {
            case .unknownLanguage(let code): return "unknown language '\(code)'"
            case .unknownAudience(let id): return "unknown target group '\(id)'"
            case .unknownTopic(let id): return "no topic '\(id)'"
            case .notForAudience(let topic, let audience): return "topic '\(topic)' is not written for \(audience)"
            }
        }
    }

    /// Every topic of the target group in category order, or only `topicIDs` (in that order).
    public static func build(content: ContentStore, language: String, audience: String, topicIDs: [String]? = nil,
                             second: String? = nil, date: String) throws -> Handout {
        guard let reader = content.language(language) else { throw Failure.unknownLanguage(language) }
        if let second, content.language(second) == nil { throw Failure.unknownLanguage(second) }
        guard let group = content.audience(audience) else { throw Failure.unknownAudience(audience) }

        let topics: [Topic]
        if let topicIDs {
            topics = try topicIDs.map { id in
                guard let topic = content.topic(id) else { throw Failure.unknownTopic(id) }
                guard topic.isFor(audience) else { throw Failure.notForAudience(topic: id, audience: audience) }
                return topic
            }
        } else {
            topics = content.categories.flatMap { content.topics(in: $0.id, for: audience) }
        }

        func text(_ localized: Localized) -> HandoutTopic.Text {
            HandoutTopic.Text(text: localized.text, language: localized.language,
                              isRightToLeft: content.language(localized.language)?.direction == .rightToLeft,
                              fallback: localized.fallback, isMachineTranslation: localized.isMachineTranslation)
        }
        var labels: [String: String] = [:]
        for key in UIKey.allCases { labels[key.rawValue] = content.ui(key.rawValue, language) }

        let built = topics.map { topic -> HandoutTopic in
            // The same resolved topic the terminal and `wegwijs show` render: the group's
            // parts, fallbacks, fact notes and contact descriptions.
            let document = TopicDocument(topic, language: language, audience: audience, content: content)
            let secondDocument = second.map { TopicDocument(topic, language: $0, audience: audience, content: content) }
            func kind(_ kind: TopicDocument.Block.Kind) -> WegwijsContent.Block.Kind {
                switch kind {
                case .heading: return .heading
                case .paragraph: return .paragraph
                case .item: return .item
                }
            }
            let blocks = document.blocks.enumerated().map { index, block in
                HandoutTopic.Block(kind: kind(block.kind), text: text(block.text),
                                   second: secondDocument.map { text($0.blocks[index].text) })
            }
            let contacts = document.contacts.map { contact in
                HandoutTopic.Contact(organisation: contact.organisation, description: contact.description.map(text), phone: contact.phone, website: contact.website,
                                     address: contact.address, hours: contact.hours.map { hours($0, content, language) },
                                     note: contact.note.map(text))
            }
            let category = content.category(topic.category).map { content.categoryName($0, language) }
                ?? Localized(text: topic.category, language: content.sourceLanguage)
            return HandoutTopic(id: topic.id, categoryID: topic.category, category: text(category),
                                title: text(document.title), summary: text(document.summary),
                                secondTitle: secondDocument.map { text($0.title) },
                                secondSummary: secondDocument.map { text($0.summary) },
                                notes: Notes.lines(for: document.texts, content: content, language: language),
                                blocks: blocks, contacts: contacts, reviewed: document.reviewed, sources: document.sources)
        }
        return Handout(language: language, languageName: reader.name, isRightToLeft: reader.direction == .rightToLeft,
                       secondLanguage: second, audience: audience, audienceLabel: text(content.audienceLabel(group, language)),
                       date: date, labels: labels, topics: built)
    }

    /// "ma–vr 08:30–17:00" with the reader's day names, as the topic page writes it.
    static func hours(_ hours: OpeningHours, _ content: ContentStore, _ language: String) -> String {
        guard let rules = hours.rules else { return content.ui(UIKey.alwaysOpen.rawValue, language) }
        func day(_ d: OpeningHours.Day) -> String { content.ui("day-" + d.rawValue, language) }
        return rules.map { rule in
            let days = rule.firstDay == rule.lastDay ? day(rule.firstDay) : "\(day(rule.firstDay))–\(day(rule.lastDay))"
            return days + " " + rule.times.map { String($0.map { $0 == "-" ? "–" : $0 }) }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
