/// One topic as one reader gets it: the parts for their target group, each text in
/// their language or in the fallback the content store chose (with its translation
/// state in `Localized`), and the contacts that apply. Built once from the content
/// store; renderers take it (terminal lines in WegwijsApp's TopicPage, plain text for
/// `wegwijs show`, later HTML and speech) and never look texts up themselves.
///
/// To extend: a new kind of block (an inline fact note) is a case of `Block.Kind` filled
/// here from the topic; a new contact field (a description) is a property of
/// `ContactEntry`. Renderers that switch over `Block.Kind` then say what is missing.
public struct TopicDocument: Equatable, Sendable {
    public struct Block: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case heading, paragraph, item }
        public var kind: Kind
        public var text: Localized
    }

    public struct ContactEntry: Equatable, Sendable {
        public var organisation: String
        /// What the contact is for, in the reader's language (issue 11 item 6).
        public var description: Localized?
        public var phone: String?
        public var website: String?
        public var address: String?
        public var hours: OpeningHours?
        public var note: Localized?
    }

    public var topicID: String
    /// The language asked for (texts may be in a fallback: see each `Localized`).
    public var language: String
    public var audience: String?
    public var title: Localized
    public var summary: Localized
    public var blocks: [Block]
    public var contacts: [ContactEntry]
    /// The date a person last checked the facts (YYYY-MM-DD) and where they come from.
    public var reviewed: String
    public var sources: [String]

    public init(_ topic: Topic, language: String, audience: String?, content: ContentStore) {
        // Fact markers become dated notes in the reader's language (issue 11 item 4).
        func text(_ kind: SegmentKind, _ source: String) -> Localized {
            var localized = content.topicText(topic, kind, source, language)
            localized.text = content.withFactNotes(localized.text, of: topic, language: language)
            return localized
        }
        topicID = topic.id
        self.language = language
        self.audience = audience
        title = text(.title, topic.title)
        summary = text(.summary, topic.summary)
        blocks = topic.body.filter { $0.applies(to: audience) }.map { block in
            switch block.kind {
            case .heading: return Block(kind: .heading, text: text(.heading, block.text))
            case .paragraph: return Block(kind: .paragraph, text: text(.paragraph, block.text))
            case .item: return Block(kind: .item, text: text(.item, block.text))
            }
        }
        contacts = topic.contacts.filter { $0.applies(to: audience) }.map { contact in
            ContactEntry(organisation: contact.organisation,
                         description: contact.description.map { text(.contactDescription, $0) }, phone: contact.phone, website: contact.website,
                         address: contact.address, hours: contact.hours, note: contact.note.map { text(.contactNote, $0) })
        }
        reviewed = topic.reviewed
        // Secondary sources only where no official one exists (issue 11 item 5).
        sources = topic.shownSources
    }

    /// Every translated text the reader sees, in reading order: for the notes about
    /// translations (what is in another language, what no translator checked).
    public var texts: [Localized] {
        [title, summary] + blocks.map(\.text) + contacts.compactMap(\.description) + contacts.compactMap(\.note)
    }
}
