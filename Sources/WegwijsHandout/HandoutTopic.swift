import WegwijsContent

/// A topic as a handout shows it: already chosen for one target group and resolved
/// into one language, with the translation state of every text. The renderers (HTML,
/// and through it PDF) read only this, never the ContentStore.
public struct HandoutTopic: Equatable, Sendable {
    /// A text and the language it is really in (a fallback may be English or Dutch
    /// inside an Arabic handout), with its direction.
    public struct Text: Equatable, Sendable {
        public var text: String
        public var language: String
        public var isRightToLeft: Bool
        /// Set when the text is not in the reader's language.
        public var fallback: Localized.Fallback?
        public var isMachineTranslation: Bool

        public init(text: String, language: String, isRightToLeft: Bool, fallback: Localized.Fallback? = nil,
                    isMachineTranslation: Bool = false) {
            self.text = text
            self.language = language
            self.isRightToLeft = isRightToLeft
            self.fallback = fallback
            self.isMachineTranslation = isMachineTranslation
        }
    }

    public struct Block: Equatable, Sendable {
        public var kind: WegwijsContent.Block.Kind
        public var text: Text
        /// The same block in the second language (`--second nl`), if asked for.
        public var second: Text?
    }

    public struct Contact: Equatable, Sendable {
        public var organisation: String
        /// What the contact is for, in the reader's language.
        public var description: Text? = nil
        public var phone: String?
        public var website: String?
        public var address: String?
        /// Opening hours with the reader's day names.
        public var hours: String?
        public var note: Text?
    }

    public var id: String
    public var categoryID: String
    public var category: Text
    public var title: Text
    public var summary: Text
    public var secondTitle: Text?
    public var secondSummary: Text?
    /// The translation notes in the reader's language, as the terminal shows them.
    public var notes: [String]
    public var blocks: [Block]
    public var contacts: [Contact]
    public var reviewed: String
    public var sources: [String]
}

/// Everything one handout holds.
public struct Handout: Equatable, Sendable {
    /// The reader's language.
    public var language: String
    public var languageName: String
    public var isRightToLeft: Bool
    public var secondLanguage: String?
    public var audience: String
    public var audienceLabel: HandoutTopic.Text
    /// The day it was made, YYYY-MM-DD.
    public var date: String
    /// Interface labels in the reader's language, by UIKey raw value.
    public var labels: [String: String]
    public var topics: [HandoutTopic]

    public func label(_ key: UIKey) -> String { labels[key.rawValue] ?? key.rawValue }
}
