import WegwijsText

/// A language Wegwijs offers, declared in Content/languages.yaml.
public struct Language: Equatable, Sendable {
    public var code: String
    /// The language's name in its own script ("العربية", "ትግርኛ").
    public var name: String
    public var direction: TextDirection
    /// Where to look when a text has no current translation, in order.
    public var fallback: [String]

    public init(code: String, name: String, direction: TextDirection, fallback: [String]) {
        self.code = code
        self.name = name
        self.direction = direction
        self.fallback = fallback
    }
}

/// A target group: who the person is ("I came here to work").
public struct Audience: Equatable, Sendable {
    public var id: String
    public var label: String
    public var description: String
}

public struct Category: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Every target group must have a topic in a required category.
    public var required: Bool
}

/// Which part of a topic a piece of text is; names the PO msgctxt.
public enum SegmentKind: String, Sendable, CaseIterable {
    case title, summary, heading, paragraph, item, keywords
    case contactNote = "contact-note"
    case contactDescription = "contact-description"
}

/// One block of a topic's body.
public struct Block: Equatable, Sendable {
    /// The raw values are stored in content snapshots: changing them means a new format.
    public enum Kind: Int, Equatable, Sendable { case heading = 0, paragraph = 1, item = 2 }

    public var kind: Kind
    /// Dutch source text.
    public var text: String
    /// Shown only to these target groups; nil: to everyone who sees the topic.
    public var audiences: [String]?
    /// Line in the source file, for diagnostics and PO references.
    public var line: Int

    public init(kind: Kind, text: String, audiences: [String]? = nil, line: Int) {
        self.kind = kind
        self.text = text
        self.audiences = audiences
        self.line = line
    }

    public var segmentKind: SegmentKind {
        switch kind {
        case .heading: return .heading
        case .paragraph: return .paragraph
        case .item: return .item
        }
    }

    public func applies(to audience: String?) -> Bool {
        guard let audiences, let audience else { return true }
        return audiences.contains(audience)
    }
}

/// Structured contact details, kept outside translated prose.
public struct Contact: Equatable, Sendable {
    public var organisation: String
    public var address: String?
    public var phone: String?
    public var hours: OpeningHours?
    public var website: String?
    /// Dutch source of a short note, translated through the PO files.
    public var note: String?
    /// Dutch: what the organisation is for ("Politie — als het geen spoed is"),
    /// translated (msgctxt topic/ID/contact-description); shown under the name.
    public var description: String?
    /// Phone, address and hours change: when they held, were checked, must be checked again.
    public var dates: FactDates?
    public var audiences: [String]?
    public var line: Int

    public init(organisation: String, address: String? = nil, phone: String? = nil, hours: OpeningHours? = nil,
                website: String? = nil, note: String? = nil, description: String? = nil, dates: FactDates? = nil,
                audiences: [String]? = nil, line: Int = 1) {
        self.organisation = organisation
        self.address = address
        self.phone = phone
        self.hours = hours
        self.website = website
        self.note = note
        self.description = description
        self.dates = dates
        self.audiences = audiences
        self.line = line
    }

    /// Whether the contact states something that changes over time.
    public var isTimeBound: Bool { address != nil || phone != nil || hours != nil }

    public func applies(to audience: String?) -> Bool {
        guard let audiences, let audience else { return true }
        return audiences.contains(audience)
    }
}

/// One information page.
public struct Topic: Equatable, Sendable {
    public var id: String
    public var category: String
    public var audiences: [String]
    public var title: String
    public var summary: String
    public var keywords: [String]
    public var contacts: [Contact]
    /// The date a person last checked the facts, as YYYY-MM-DD.
    public var reviewed: String
    /// Official sources (URLs or names), shown under "Sources".
    public var sources: [String]
    /// Sources that are not the authority (a news page, an aid organisation's summary):
    /// shown only when the topic has no official source.
    public var secondarySources: [String]
    /// Time-bound facts the body marks with `[fact:ID]`.
    public var facts: [Fact]
    /// Position within the category (lower first); nil: after all ordered topics.
    public var order: Int?
    /// Lines of `reviewed:` and of each source (official or secondary), for the
    /// editorial checks of `wegwijs check`.
    public var reviewedLine: Int
    public var sourceLines: [String: Int]
    public var body: [Block]
    /// Path of the source file, relative to the content root, for diagnostics.
    public var file: String
    public var line: Int

    public init(id: String, category: String, audiences: [String], title: String, summary: String,
                keywords: [String] = [], contacts: [Contact] = [], reviewed: String = "", sources: [String] = [],
                secondarySources: [String] = [], facts: [Fact] = [], order: Int? = nil,
                reviewedLine: Int = 1, sourceLines: [String: Int] = [:],
                body: [Block] = [], file: String = "", line: Int = 1) {
        self.id = id
        self.category = category
        self.audiences = audiences
        self.title = title
        self.summary = summary
        self.keywords = keywords
        self.contacts = contacts
        self.reviewed = reviewed
        self.sources = sources
        self.secondarySources = secondarySources
        self.facts = facts
        self.order = order
        self.reviewedLine = reviewedLine
        self.sourceLines = sourceLines
        self.body = body
        self.file = file
        self.line = line
    }

    public func isFor(_ audience: String?) -> Bool {
        guard let audience else { return true }
        return audiences.contains(audience)
    }

    /// The sources a reader sees: the official ones, or the secondary ones when the
    /// topic has no official source at all.
    public var shownSources: [String] { sources.isEmpty ? secondarySources : sources }

    public func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }
}
