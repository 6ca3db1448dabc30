import WegwijsText

/// The loaded and validated content (a ContentLoader.Result, diagnostics included) as
/// bytes and back. What the interface needs and nothing more: a snapshot's catalogs
/// hold the translations, not the PO entries' comments and references, which only
/// `check` and `translations` read, and those always parse the files.
enum ContentSnapshot {
    /// Bump on any change to what is written below or to what the loader produces
    /// from the same files (a parser fix): old snapshots are then ignored.
    static let formatVersion = 2

    static func encode(_ result: ContentLoader.Result) -> [UInt8] {
        var out = SnapshotWriter(capacity: 1 << 20)
        let store = result.store
        out.string(store.sourceLanguage)
        out.list(store.languages) { out, language in
            out.string(language.code)
            out.string(language.name)
            out.string(language.direction.rawValue)
            out.strings(language.fallback)
        }
        out.list(store.audiences) { out, audience in
            out.string(audience.id)
            out.string(audience.label)
            out.string(audience.description)
        }
        out.list(store.categories) { out, category in
            out.string(category.id)
            out.string(category.name)
            out.bool(category.required)
        }
        out.list(store.topics) { out, topic in encode(topic, &out) }
        // Sorted (by bytes: cheaper than Unicode order), so the same content always
        // gives the same bytes.
        out.list(store.uiLabels.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { out, label in
            out.string(label.key)
            out.string(label.value)
        }
        out.list(store.uiOrder) { out, entry in
            out.string(entry.key)
            out.integer(entry.line)
        }
        out.list(store.catalogs.values.sorted { $0.language < $1.language }) { out, catalog in
            out.string(catalog.language)
            out.string(catalog.file)
            out.list(catalog.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { out, entry in
                out.string(entry.key)
                out.string(entry.value.text)
                out.integer(entry.value.state.rawValue)
                out.integer(entry.value.line)
            }
        }
        out.list(store.glossary) { out, term in
            out.string(term.term)
            out.strings(term.forms)
            out.string(term.explanation)
            out.integer(term.line)
        }
        out.list(result.diagnostics) { out, diagnostic in
            out.string(diagnostic.file)
            out.integer(diagnostic.line)
            out.bool(diagnostic.severity == .error)
            out.string(diagnostic.message)
        }
        return out.bytes
    }

    static func decode(_ input: inout SnapshotReader) throws(SnapshotReader.Damaged) -> ContentLoader.Result {
        let source = try input.string()
        let languages = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            let code = try input.string(), name = try input.string()
            guard let direction = TextDirection(rawValue: try input.string()) else { throw SnapshotReader.Damaged() }
            return Language(code: code, name: name, direction: direction, fallback: try input.strings())
        }
        let audiences = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            Audience(id: try input.string(), label: try input.string(), description: try input.string())
        }
        let categories = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            Category(id: try input.string(), name: try input.string(), required: try input.bool())
        }
        let topics = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in try decodeTopic(&input) }
        var uiLabels: [String: String] = [:]
        for (key, value) in try input.list({ (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            (try input.string(), try input.string())
        }) { uiLabels[key] = value }
        let uiOrder = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            (key: try input.string(), line: try input.integer())
        }
        var catalogs: [String: Catalog] = [:]
        for catalog in try input.list({ (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            let language = try input.string(), file = try input.string()
            let count = try input.count()
            var entries: [String: Translation] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try input.string(), text = try input.string()
                guard let state = TranslationState(rawValue: try input.integer()) else { throw SnapshotReader.Damaged() }
                entries[key] = Translation(text: text, state: state, line: try input.integer())
            }
            return Catalog(language: language, file: file, entries: entries)
        }) { catalogs[catalog.language] = catalog }
        let glossary = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            GlossaryTerm(term: try input.string(), forms: try input.strings(), explanation: try input.string(),
                         line: try input.integer())
        }
        let diagnostics = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            let file = try input.string(), line = try input.integer()
            let severity: Diagnostic.Severity = try input.bool() ? .error : .warning
            return Diagnostic(file: file, line: line, severity: severity, try input.string())
        }
        let store = ContentStore(sourceLanguage: source, languages: languages, audiences: audiences,
                                 categories: categories, topics: topics, uiLabels: uiLabels, uiOrder: uiOrder,
                                 catalogs: catalogs, glossary: glossary)
        return ContentLoader.Result(store: store, diagnostics: diagnostics)
    }

    private static func encode(_ topic: Topic, _ out: inout SnapshotWriter) {
        out.string(topic.id)
        out.string(topic.category)
        out.strings(topic.audiences)
        out.string(topic.title)
        out.string(topic.summary)
        out.strings(topic.keywords)
        out.list(topic.contacts) { out, contact in
            out.string(contact.organisation)
            out.optionalString(contact.address)
            out.optionalString(contact.phone)
            out.bool(contact.hours != nil)
            if let hours = contact.hours {
                out.bool(hours.rules != nil)
                out.list(hours.rules ?? []) { out, rule in
                    out.string(rule.firstDay.rawValue)
                    out.string(rule.lastDay.rawValue)
                    out.strings(rule.times)
                }
            }
            out.optionalString(contact.website)
            out.optionalString(contact.note)
            out.optionalString(contact.description)
            out.bool(contact.dates != nil)
            if let dates = contact.dates { encode(dates, &out) }
            out.optionalStrings(contact.audiences)
            out.integer(contact.line)
        }
        out.string(topic.reviewed)
        out.strings(topic.sources)
        out.strings(topic.secondarySources)
        out.list(topic.facts) { out, fact in
            out.string(fact.id)
            out.string(fact.kind.rawValue)
            encode(fact.dates, &out)
            out.string(fact.checkAt)
            out.integer(fact.line)
        }
        out.bool(topic.order != nil)
        out.integer(topic.order ?? 0)
        out.integer(topic.reviewedLine)
        out.list(topic.sourceLines.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { out, entry in
            out.string(entry.key)
            out.integer(entry.value)
        }
        out.list(topic.body) { out, block in
            out.integer(block.kind.rawValue)
            out.string(block.text)
            out.optionalStrings(block.audiences)
            out.integer(block.line)
        }
        out.string(topic.file)
        out.integer(topic.line)
    }

    private static func decodeTopic(_ input: inout SnapshotReader) throws(SnapshotReader.Damaged) -> Topic {
        let id = try input.string(), category = try input.string(), audiences = try input.strings()
        let title = try input.string(), summary = try input.string(), keywords = try input.strings()
        let contacts = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            let organisation = try input.string()
            let address = try input.optionalString(), phone = try input.optionalString()
            var hours: OpeningHours?
            if try input.bool() {
                let hasRules = try input.bool()
                let rules = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
                    guard let first = OpeningHours.Day(rawValue: try input.string()),
                          let last = OpeningHours.Day(rawValue: try input.string()) else { throw SnapshotReader.Damaged() }
                    return OpeningHours.Rule(firstDay: first, lastDay: last, times: try input.strings())
                }
                hours = OpeningHours(rules: hasRules ? rules : nil)
            }
            let website = try input.optionalString(), note = try input.optionalString()
            let description = try input.optionalString()
            let dates = try input.bool() ? try decodeDates(&input) : nil
            return Contact(organisation: organisation, address: address, phone: phone, hours: hours,
                           website: website, note: note, description: description, dates: dates,
                           audiences: try input.optionalStrings(), line: try input.integer())
        }
        let reviewed = try input.string(), sources = try input.strings(), secondarySources = try input.strings()
        let facts = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            let id = try input.string()
            guard let kind = Fact.Kind(rawValue: try input.string()) else { throw SnapshotReader.Damaged() }
            return Fact(id: id, kind: kind, dates: try decodeDates(&input), checkAt: try input.string(), line: try input.integer())
        }
        let hasOrder = try input.bool(), orderValue = try input.integer()
        let reviewedLine = try input.integer()
        var sourceLines: [String: Int] = [:]
        for (source, line) in try input.list({ (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            (try input.string(), try input.integer())
        }) { sourceLines[source] = line }
        let body = try input.list { (input: inout SnapshotReader) throws(SnapshotReader.Damaged) in
            guard let kind = Block.Kind(rawValue: try input.integer()) else { throw SnapshotReader.Damaged() }
            return Block(kind: kind, text: try input.string(), audiences: try input.optionalStrings(), line: try input.integer())
        }
        return Topic(id: id, category: category, audiences: audiences, title: title, summary: summary,
                     keywords: keywords, contacts: contacts, reviewed: reviewed, sources: sources,
                     secondarySources: secondarySources, facts: facts, order: hasOrder ? orderValue : nil,
                     reviewedLine: reviewedLine, sourceLines: sourceLines, body: body,
                     file: try input.string(), line: try input.integer())
    }

    private static func encode(_ dates: FactDates, _ out: inout SnapshotWriter) {
        out.string(dates.asOf)
        out.string(dates.checked)
        out.string(dates.checkBy)
    }

    private static func decodeDates(_ input: inout SnapshotReader) throws(SnapshotReader.Damaged) -> FactDates {
        FactDates(asOf: try input.string(), checked: try input.string(), checkBy: try input.string())
    }
}
