/// The checks `wegwijs check` adds to the loader's: rules about whether the content
/// is fit to publish (fresh facts, trustworthy sources, contacts a reader understands,
/// consistent terms), as opposed to whether it can be read at all. They are not part of
/// loading on purpose: a kiosk refuses a content update with any error, and a fact
/// passing its check-by date overnight must not block an urgent fix to another topic.
/// The editor's gate is `wegwijs check` (and `make check`), which fails on these.
public enum EditorialChecks {
    /// - Parameters:
    ///   - today: YYYY-MM-DD; facts and contacts whose check-by is before it are errors.
    ///     nil skips the date checks (tests of the other rules).
    ///   - termLists: the translators' term lists (Translations/terms/LANG.yaml).
    ///   - fold: how texts are compared for the term lists: the search normaliser's
    ///     folding (WegwijsSearch sits above this module, so the caller passes it).
    public static func run(_ store: ContentStore, today: String?, termLists: [TermList] = [],
                           fold: (String) -> String = EditorialChecks.words) -> [Diagnostic] {
        var log = DiagnosticLog()
        for topic in store.topics {
            freshness(topic, today: today, log: &log)
            sources(topic, log: &log)
            contacts(topic, store: store, log: &log)
        }
        for list in termLists { terms(list, store: store, fold: fold, log: &log) }
        // In file and line order, as an editor works through them.
        return log.entries.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.offset) < (b.element.file, b.element.line, b.offset)
        }.map(\.element)
    }

    /// Lower-case words separated by single spaces: a plain fold for callers without
    /// the search normaliser.
    public static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    // MARK: - Time-bound facts

    static func freshness(_ topic: Topic, today: String?, log: inout DiagnosticLog) {
        let file = topic.file
        for fact in topic.facts {
            if let today, ReviewDate.isBefore(fact.dates.checkBy, today) {
                log.error(file, fact.line, "fact '\(fact.id)' had to be checked by \(fact.dates.checkBy): check it at \(fact.checkAt), "
                    + "then update the text, as-of, checked and check-by")
            }
            if ReviewDate.isBefore(fact.dates.checked, topic.reviewed) {
                log.error(file, topic.reviewedLine, "reviewed \(topic.reviewed) is later than the last check of fact '\(fact.id)' "
                    + "(checked \(fact.dates.checked), line \(fact.line)): a topic is reviewed only on a day its facts were checked")
            }
            if ReviewDate.isBefore(fact.dates.checkBy, fact.dates.checked) {
                log.error(file, fact.line, "fact '\(fact.id)': check-by \(fact.dates.checkBy) is before checked \(fact.dates.checked)")
            }
        }
        for contact in topic.contacts where contact.isTimeBound {
            let what = "contact '\(contact.organisation)'"
            guard let dates = contact.dates, !dates.asOf.isEmpty, !dates.checked.isEmpty, !dates.checkBy.isEmpty else {
                let missing = [("as-of", contact.dates?.asOf), ("checked", contact.dates?.checked), ("check-by", contact.dates?.checkBy)]
                    .filter { ($0.1 ?? "").isEmpty }.map(\.0)
                log.error(file, contact.line, "\(what) has a phone, address or hours, so it needs \(missing.joined(separator: ", ")) "
                    + "(dates like 2026-12-03)")
                continue
            }
            if let today, ReviewDate.isBefore(dates.checkBy, today) {
                log.error(file, contact.line, "\(what) had to be checked by \(dates.checkBy): check its phone, address and hours, "
                    + "then update as-of, checked and check-by")
            }
            if ReviewDate.isBefore(dates.checked, topic.reviewed) {
                log.error(file, topic.reviewedLine, "reviewed \(topic.reviewed) is later than the last check of \(what) "
                    + "(checked \(dates.checked), line \(contact.line))")
            }
        }
    }

    // MARK: - Sources

    /// Every address a reader may be sent to: sources, contact websites, the facts'
    /// check-at pages and addresses written in the text.
    static func sources(_ topic: Topic, log: inout DiagnosticLog) {
        var addresses: [(url: String, line: Int, what: String)] = []
        for source in topic.sources { addresses.append((source, topic.sourceLines[source] ?? 1, "source")) }
        for source in topic.secondarySources { addresses.append((source, topic.sourceLines[source] ?? 1, "secondary source")) }
        for contact in topic.contacts {
            if let website = contact.website { addresses.append((website, contact.line, "website of '\(contact.organisation)'")) }
        }
        for fact in topic.facts { addresses.append((fact.checkAt, fact.line, "check-at of fact '\(fact.id)'")) }
        for block in topic.body {
            for url in SourceHosts.addresses(in: block.text) { addresses.append((url, block.line, "address in the text")) }
        }
        for (url, line, what) in addresses {
            if SourceHosts.isTestHost(url) {
                log.error(topic.file, line, "\(what) \(url) is a test or acceptance site (\(SourceHosts.host(of: url) ?? url)): "
                    + "use the public site")
            } else if SourceHosts.isPlainHTTP(url) {
                log.warning(topic.file, line, "\(what) \(url) is plain http: use https:// if the site serves it")
            }
        }
    }

    // MARK: - Contacts

    static func contacts(_ topic: Topic, store: ContentStore, log: inout DiagnosticLog) {
        let context = SourceSegments.context(topic: topic.id, .contactDescription)
        for contact in topic.contacts {
            guard let description = contact.description, !description.isEmpty else {
                log.error(topic.file, contact.line, "contact '\(contact.organisation)' needs a 'description:': "
                    + "what it is for, in a few Dutch words (\"Politie — als het geen spoed is\")")
                continue
            }
            for language in store.languages where language.code != store.sourceLanguage {
                guard let catalog = store.catalogs[language.code] else { continue }
                let translation = catalog.lookup(context: context, source: description)
                switch translation?.state {
                case .reviewed, .machine: continue
                case .outdated:
                    log.error(catalog.file, translation?.line ?? 1, "the \(language.code) translation of the description of "
                        + "'\(contact.organisation)' (\(topic.file):\(contact.line)) is outdated: translate it again")
                case nil:
                    log.error(topic.file, contact.line, "the description of '\(contact.organisation)' has no \(language.code) "
                        + "translation in \(catalog.file): run 'wegwijs translations update' and translate it")
                }
            }
        }
    }

    // MARK: - Term lists

    /// A translation whose Dutch contains a listed term must use the listed rendering
    /// and none of the avoided ones.
    static func terms(_ list: TermList, store: ContentStore, fold: (String) -> String, log: inout DiagnosticLog) {
        guard store.language(list.language) != nil else {
            log.warning(list.file, 1, "term list for '\(list.language)', which is not a declared language: name it LANG.yaml")
            return
        }
        guard let catalog = store.catalogs[list.language], !list.entries.isEmpty else { return }
        let glossaryForms = Dictionary(store.glossary.map { (fold($0.term), $0.forms) }, uniquingKeysWith: { a, _ in a })
        let entries = list.entries.map { entry -> (TermList.Entry, [String], [String], [String]) in
            let dutch = ([entry.term] + (glossaryForms[fold(entry.term)] ?? [])).map(fold)
            return (entry, dutch, entry.use.map(fold), entry.avoid.map(fold))
        }
        // Search-word lists are exempt: they hold synonyms and other spellings on purpose.
        for segment in SourceSegments.all(store) where !segment.context.hasSuffix("/keywords") {
            guard let translation = catalog.lookup(context: segment.context, source: segment.text),
                  translation.state != .outdated else { continue }
            let source = " " + fold(segment.text) + " "
            let target = fold(translation.text)
            for (entry, dutch, use, avoid) in entries where dutch.contains(where: { source.containsBytes(" \($0) ") }) {
                if let bad = avoid.first(where: { !$0.isEmpty && target.contains($0) }) {
                    log.error(catalog.file, translation.line, "'\(entry.term)' is translated as '\(bad)', which \(list.file) "
                        + "says to avoid: use '\(entry.use.joined(separator: "' or '"))'")
                } else if !use.isEmpty, !use.contains(where: { target.contains($0) }) {
                    // A warning, not an error: a translation may rightly paraphrase a
                    // term; a reviewer decides. A listed wrong rendering is an error.
                    log.warning(catalog.file, translation.line, "the Dutch has '\(entry.term)' but the translation lacks "
                        + "'\(entry.use.joined(separator: "' or '"))' (\(list.file):\(entry.line))")
                }
            }
        }
    }
}

extension ReviewDate {
    /// Whether date `a` is strictly before date `b` (both YYYY-MM-DD); false when either
    /// is not a date (reported elsewhere).
    public static func isBefore(_ a: String, _ b: String) -> Bool {
        guard let x = parse(a), let y = parse(b) else { return false }
        return (x.year, x.month, x.day) < (y.year, y.month, y.day)
    }
}
