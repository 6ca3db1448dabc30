
/// Parses one topic file: YAML front matter between `---` lines, then a Markdown body
/// of headings, paragraphs, list items and `::: for GROUP...` blocks.
enum TopicParser {
    static let fields: Set<String> = ["id", "category", "audiences", "title", "summary", "keywords",
                                      "contacts", "reviewed", "sources", "secondary-sources", "facts", "order"]
    static let contactFields: Set<String> = ["organisation", "description", "address", "phone", "hours", "website", "note",
                                             "audiences", "as-of", "checked", "check-by"]
    static let factFields: Set<String> = ["id", "kind", "as-of", "checked", "check-by", "check-at"]

    /// Returns the topic, or nil when it cannot be used; problems go to the log.
    static func parse(_ text: String, file: String) -> (Topic?, DiagnosticLog) {
        var log = DiagnosticLog()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            log.error(file, 1, "a topic must start with front matter: a line '---', YAML, and a closing '---'")
            return (nil, log)
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces == "---" }) else {
            log.error(file, 1, "the front matter is not closed: add a line '---' after it")
            return (nil, log)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        var reader = YAMLReader(file: file, lineOffset: 1)
        guard let root = reader.compose(yaml) else { return (nil, reader.log) }
        guard let mapping = root.mapping else {
            reader.log.error(file, 2, "the front matter must be 'field: value' lines")
            return (nil, reader.log)
        }
        reader.rejectUnknownKeys(mapping, allowed: fields)
        let id = reader.string(mapping, "id", required: true, owner: root) ?? ""
        if !id.isEmpty && !Ids.isValid(id) {
            reader.log.error(file, reader.line(of: mapping["id"]), "id '\(id)' may hold only lower-case letters, digits and '-'")
        }
        let category = reader.string(mapping, "category", required: true, owner: root) ?? ""
        let audiences = reader.strings(mapping, "audiences", required: true, owner: root) ?? []
        if mapping["audiences"] != nil && audiences.isEmpty {
            reader.log.error(file, reader.line(of: mapping["audiences"]), "a topic needs at least one target group in 'audiences'")
        }
        let title = reader.string(mapping, "title", required: true, owner: root) ?? ""
        let summary = reader.string(mapping, "summary", required: true, owner: root) ?? ""
        let keywords = reader.strings(mapping, "keywords", required: false, owner: root) ?? []
        let reviewed = reader.string(mapping, "reviewed", required: true, owner: root) ?? ""
        if !reviewed.isEmpty && ReviewDate.parse(reviewed) == nil {
            reader.log.error(file, reader.line(of: mapping["reviewed"]), "reviewed must be a date like 2026-11-29, not '\(reviewed)'")
        }
        // Official sources, and secondary ones (shown only when there is no official
        // one): together at least one.
        let sources = reader.strings(mapping, "sources", required: false, owner: root) ?? []
        let secondarySources = reader.strings(mapping, "secondary-sources", required: false, owner: root) ?? []
        if sources.isEmpty && secondarySources.isEmpty {
            reader.log.error(file, reader.line(of: mapping["sources"] ?? root), "name at least one source for the facts in 'sources'")
        }
        var sourceLines: [String: Int] = [:]
        for key in ["secondary-sources", "sources"] {
            guard let node = mapping[key] else { continue }
            for item in node.sequence.map(Array.init) ?? [node] {
                if let text = item.string?.trimmingSpaces { sourceLines[text] = reader.line(of: item) }
            }
        }
        var order: Int?
        if let orderText = reader.string(mapping, "order", required: false, owner: root) {
            order = Int(orderText)
            if order == nil { reader.log.error(file, reader.line(of: mapping["order"]), "order must be a whole number, not '\(orderText)'") }
        }
        var facts: [Fact] = []
        if let factsNode = mapping["facts"] {
            if let list = factsNode.sequence {
                var seen: Set<String> = []
                for node in list {
                    guard let fact = parseFact(node, reader: &reader) else { continue }
                    if !seen.insert(fact.id).inserted {
                        reader.log.error(file, fact.line, "fact '\(fact.id)' is declared twice in this topic")
                        continue
                    }
                    facts.append(fact)
                }
            } else if factsNode.string?.isEmpty != true {
                reader.log.error(file, reader.line(of: factsNode), "'facts' must be a list")
            }
        }
        var contacts: [Contact] = []
        if let contactsNode = mapping["contacts"] {
            if let list = contactsNode.sequence {
                for node in list {
                    if let contact = parseContact(node, reader: &reader) { contacts.append(contact) }
                }
            } else if contactsNode.string?.isEmpty != true {
                reader.log.error(file, reader.line(of: contactsNode), "'contacts' must be a list")
            }
        }
        log.append(contentsOf: reader.log.entries)
        let body = parseBody(lines[(closing + 1)...], firstLine: closing + 2, file: file, log: &log)
        let topic = Topic(id: id, category: category, audiences: audiences, title: title, summary: summary,
                          keywords: keywords, contacts: contacts, reviewed: reviewed, sources: sources,
                          secondarySources: secondarySources, facts: facts, order: order,
                          reviewedLine: reader.line(of: mapping["reviewed"] ?? root), sourceLines: sourceLines,
                          body: body, file: file, line: 1)
        return (log.errors.isEmpty ? topic : nil, log)
    }

    static func parseContact(_ node: YAMLNode, reader: inout YAMLReader) -> Contact? {
        guard let item = node.mapping else {
            reader.log.error(reader.file, reader.line(of: node), "a contact needs at least 'organisation'")
            return nil
        }
        reader.rejectUnknownKeys(item, allowed: contactFields)
        guard let organisation = reader.string(item, "organisation", required: true, owner: node), !organisation.isEmpty else {
            return nil
        }
        var hours: OpeningHours?
        if let hoursText = reader.string(item, "hours", required: false, owner: node) {
            do {
                hours = try OpeningHours.parse(hoursText)
            } catch {
                reader.log.error(reader.file, reader.line(of: item["hours"]), "hours: \(error.message)")
            }
        }
        let website = reader.string(item, "website", required: false, owner: node)
        if let website, !(website.hasPrefix("https://") || website.hasPrefix("http://")) {
            reader.log.error(reader.file, reader.line(of: item["website"]), "website must start with https:// or http://")
        }
        // The dates are read when any is given; the loader reports the missing ones.
        var dates: FactDates?
        if item["as-of"] != nil || item["checked"] != nil || item["check-by"] != nil {
            dates = FactDates(asOf: date(item, "as-of", owner: node, reader: &reader) ?? "",
                              checked: date(item, "checked", owner: node, reader: &reader) ?? "",
                              checkBy: date(item, "check-by", owner: node, reader: &reader) ?? "")
        }
        return Contact(organisation: organisation,
                       address: reader.string(item, "address", required: false, owner: node),
                       phone: reader.string(item, "phone", required: false, owner: node),
                       hours: hours, website: website,
                       note: reader.string(item, "note", required: false, owner: node),
                       description: reader.string(item, "description", required: false, owner: node),
                       dates: dates,
                       audiences: reader.strings(item, "audiences", required: false, owner: node),
                       line: reader.line(of: node))
    }

    static func parseFact(_ node: YAMLNode, reader: inout YAMLReader) -> Fact? {
        guard let item = node.mapping else {
            reader.log.error(reader.file, reader.line(of: node), "a fact needs id, kind, as-of, checked, check-by and check-at")
            return nil
        }
        reader.rejectUnknownKeys(item, allowed: factFields)
        let line = reader.line(of: node)
        let id = reader.string(item, "id", required: true, owner: node) ?? ""
        if !id.isEmpty && !Ids.isValid(id) {
            reader.log.error(reader.file, reader.line(of: item["id"]), "fact id '\(id)' may hold only lower-case letters, digits and '-'")
        }
        let kindText = reader.string(item, "kind", required: true, owner: node) ?? ""
        let kind = Fact.Kind(rawValue: kindText)
        if kind == nil && !kindText.isEmpty {
            reader.log.error(reader.file, reader.line(of: item["kind"]),
                             "fact kind '\(kindText)' is unknown; use one of \(Fact.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let asOf = date(item, "as-of", required: true, owner: node, reader: &reader)
        let checked = date(item, "checked", required: true, owner: node, reader: &reader)
        let checkBy = date(item, "check-by", required: true, owner: node, reader: &reader)
        let checkAt = reader.string(item, "check-at", required: true, owner: node) ?? ""
        if !checkAt.isEmpty && !checkAt.hasPrefix("https://") && !checkAt.hasPrefix("http://") {
            reader.log.error(reader.file, reader.line(of: item["check-at"]), "check-at must be a web address starting with https://")
        }
        guard Ids.isValid(id), let kind, let asOf, let checked, let checkBy, !checkAt.isEmpty else { return nil }
        return Fact(id: id, kind: kind, dates: FactDates(asOf: asOf, checked: checked, checkBy: checkBy),
                    checkAt: checkAt, line: line)
    }

    /// A YYYY-MM-DD field; nil (with an error) when it is not a date.
    static func date(_ item: YAMLNode.Mapping, _ key: String, required: Bool = false, owner: YAMLNode, reader: inout YAMLReader) -> String? {
        guard let text = reader.string(item, key, required: required, owner: owner), !text.isEmpty else { return nil }
        guard ReviewDate.parse(text) != nil else {
            reader.log.error(reader.file, reader.line(of: item[key]), "\(key) must be a date like 2026-12-03, not '\(text)'")
            return nil
        }
        return text
    }

    /// Splits the Markdown body into blocks, po4a style.
    static func parseBody(_ lines: ArraySlice<Substring>, firstLine: Int, file: String, log: inout DiagnosticLog) -> [Block] {
        var blocks: [Block] = []
        var openAudiences: [String]?
        var openLine = 0
        var pending: Block?

        func flush() {
            if let block = pending, !block.text.isEmpty { blocks.append(block) }
            pending = nil
        }

        for (offset, raw) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let line = raw.trimmingSpaces
            if line.hasPrefix(":::") {
                flush()
                let rest = line.dropFirst(3).trimmingSpaces
                if rest.isEmpty {
                    if openAudiences == nil { log.error(file, lineNumber, "':::' closes nothing: no '::: for ...' is open") }
                    openAudiences = nil
                } else {
                    let words = rest.split(separator: " ").map(String.init)
                    if openAudiences != nil {
                        log.error(file, lineNumber, "'::: for' inside another one (opened on line \(openLine)): close it first with ':::'")
                    }
                    guard words.first == "for", words.count >= 2 else {
                        log.error(file, lineNumber, "write '::: for GROUP ...' to start a part for some target groups")
                        continue
                    }
                    openAudiences = Array(words.dropFirst())
                    openLine = lineNumber
                }
                continue
            }
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush()
                let text = line.drop { $0 == "#" }.trimmingSpaces
                blocks.append(Block(kind: .heading, text: text, audiences: openAudiences, line: lineNumber))
                continue
            }
            if line.hasPrefix("- ") || line.hasPrefix("* ") {
                flush()
                pending = Block(kind: .item, text: String(line.dropFirst(2)).trimmingSpaces, audiences: openAudiences, line: lineNumber)
                continue
            }
            if var block = pending {
                block.text += " " + line
                pending = block
            } else {
                pending = Block(kind: .paragraph, text: line, audiences: openAudiences, line: lineNumber)
            }
        }
        flush()
        if openAudiences != nil {
            log.error(file, openLine, "'::: for' is not closed: add a line ':::' after the part")
        }
        return blocks
    }
}

/// YYYY-MM-DD dates, compared as days; no time zones involved.
public enum ReviewDate {
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    /// Whole months from `from` to `to`, rounded down.
    public static func monthsBetween(_ from: String, _ to: String) -> Int? {
        guard let a = parse(from), let b = parse(to) else { return nil }
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return months
    }
}
