import WegwijsContent
import WegwijsText

/// One laid-out line of a topic page.
public struct PageLine: Equatable, Sendable {
    public var line: VisualLine
    public var style: Style
    /// Cells from the reading start edge (left in LTR, right in RTL).
    public var indent: Int
    /// A list bullet drawn at the start edge of the first line of an item.
    public var bullet: Bool
    /// Columns (from the line's first cell) of glossary words, drawn marked (GlossaryMarks).
    public var marks: [Range<Int>] = []

    static let blank = PageLine(line: .empty, style: .normal, indent: 0, bullet: false)
}

/// Lays a topic document out as terminal lines: wrapped to a width, fallback texts in
/// their own direction, the notes about translations under the summary.
public enum TopicPage {
    /// - Parameter wholeLinks: web addresses on one line however long (plain text for
    ///   copying, where the terminal wraps); on screen they are wrapped like text.
    public static func lines(_ document: TopicDocument, width: Int, content: ContentStore, mode: BidiMode,
                             wholeLinks: Bool = false) -> [PageLine] {
        let lang = document.language
        let direction = content.language(lang)?.direction ?? .leftToRight
        var out: [PageLine] = []

        func add(_ localized: Localized, _ style: Style, indent: Int = 0, bullet: Bool = false) {
            // A paragraph shown in a fallback language keeps that language's direction
            // (English stays left-to-right inside an Arabic page); the page's direction
            // still decides the alignment.
            let textDirection = content.language(localized.language)?.direction ?? direction
            add(localized.text, style, indent: indent, bullet: bullet, direction: textDirection)
        }
        func add(_ paragraph: String, _ style: Style, indent: Int = 0, bullet: Bool = false, direction: TextDirection = direction,
                 isLink: Bool = false) {
            let bulletWidth = bullet ? 2 : 0
            let lineWidth = isLink && wholeLinks ? Int.max / 2 : max(1, width - indent - bulletWidth)
            let wrapped = TextLayout.wrap(paragraph, width: lineWidth, direction: direction, mode: mode)
            for (i, line) in wrapped.enumerated() {
                out.append(PageLine(line: line, style: style, indent: indent + bulletWidth, bullet: bullet && i == 0))
            }
        }
        func blank() { if out.last != .blank { out.append(.blank) } }

        add(document.title, .title)
        add(document.summary, .normal)
        let notesIndex = out.count
        blank()

        var previous: TopicDocument.Block.Kind?
        for block in document.blocks {
            switch block.kind {
            case .heading:
                blank()
                add(block.text, .heading)
            case .paragraph:
                if previous != nil { blank() }
                add(block.text, .normal)
            case .item:
                if previous != nil && previous != .item { blank() }
                add(block.text, .normal, bullet: true)
            }
            previous = block.kind
        }

        if !document.contacts.isEmpty {
            blank()
            add(content.ui(.contacts, lang), .heading)
            for contact in document.contacts {
                add(contact.organisation, .title, indent: 0)
                if let description = contact.description { add(description, .normal, indent: 2) } // issue 11 item 6
                if let phone = contact.phone { add(label(.phone, phone, content, lang), .normal, indent: 2) }
                if let website = contact.website { add(label(.website, website, content, lang), .link, indent: 2, isLink: true) }
                if let address = contact.address { add(label(.address, address, content, lang), .normal, indent: 2) }
                if let hours = contact.hours { add(label(.hours, format(hours, content, lang), content, lang), .normal, indent: 2) }
                if let note = contact.note { add(note, .normal, indent: 2) }
            }
        }

        blank()
        add("\(content.ui(.reviewed, lang)): \(document.reviewed)", .dim)
        if !document.sources.isEmpty {
            add("\(content.ui(.sources, lang)):", .dim)
            for source in document.sources { add(source, .dim, indent: 2, isLink: true) }
        }

        // Notes go right under the summary, where the eye is.
        var notes: [PageLine] = []
        for note in Notes.lines(for: document.texts, content: content, language: lang) {
            let wrapped = TextLayout.wrap(note, width: width, direction: direction, mode: mode)
            notes += wrapped.map { PageLine(line: $0, style: .note, indent: 0, bullet: false) }
        }
        if !notes.isEmpty { out.insert(contentsOf: [.blank] + notes, at: notesIndex) }
        return out
    }

    static func label(_ key: UIKey, _ value: String, _ content: ContentStore, _ lang: String) -> String {
        "\(content.ui(key, lang)): \(value)"
    }

    /// "ma–vr 08:30–17:00" with the language's own day names.
    static func format(_ hours: OpeningHours, _ content: ContentStore, _ lang: String) -> String {
        guard let rules = hours.rules else { return content.ui(.alwaysOpen, lang) }
        func day(_ d: OpeningHours.Day) -> String { content.ui("day-" + d.rawValue, lang) }
        return rules.map { rule in
            let days = rule.firstDay == rule.lastDay ? day(rule.firstDay) : "\(day(rule.firstDay))–\(day(rule.lastDay))"
            return days + " " + rule.times.map { $0.replacingOccurrences(of: "-", with: "–") }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

/// The honest notes about translations: what is shown in another language and why,
/// and what no translator has checked yet.
public enum Notes {
    public static func lines(for texts: [Localized], content: ContentStore, language: String) -> [String] {
        var notes: [String] = []
        func names(_ codes: [String]) -> String {
            var seen: [String] = []
            for code in codes where !seen.contains(code) { seen.append(code) }
            return seen.map { content.language($0)?.name ?? $0 }.joined(separator: ", ")
        }
        let outdated = texts.filter { $0.fallback == .outdated }.map(\.language)
        let missing = texts.filter { $0.fallback == .missing }.map(\.language)
        if !outdated.isEmpty {
            notes.append(content.ui(.noteOutdated, language).replacingOccurrences(of: "{language}", with: names(outdated)))
        }
        if !missing.isEmpty {
            notes.append(content.ui(.noteFallback, language).replacingOccurrences(of: "{language}", with: names(missing)))
        }
        if texts.contains(where: \.isMachineTranslation) {
            notes.append(content.ui(.noteMachine, language))
        }
        return notes
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
