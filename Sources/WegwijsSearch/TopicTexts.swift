import WegwijsContent

/// Which texts of a topic the index holds, and which a snippet is cut from.
enum TopicTexts {
    /// The topic's texts in `language`, by index column. The source language gives the
    /// Dutch text; any other language gives what its catalog has that may be shown:
    /// reviewed and machine translations, never outdated ones (the Dutch changed since:
    /// they may name facts that are no longer true). Missing pieces are simply absent:
    /// the Dutch row of the same topic already holds them.
    static func indexed(_ topic: Topic, language: String, in store: ContentStore) -> [FullTextTable.Column: [String]] {
        let isSource = language == store.sourceLanguage
        let catalog = store.catalogs[language]
        if !isSource && catalog == nil { return [:] }
        func text(_ kind: SegmentKind, _ source: String) -> String? {
            guard !source.isEmpty else { return nil }
            if isSource { return source }
            guard let translation = catalog?.lookup(context: SourceSegments.context(topic: topic.id, kind), source: source),
                  translation.state != .outdated else { return nil }
            return translation.text
        }
        var columns: [FullTextTable.Column: [String]] = [:]
        columns[.title] = [text(.title, topic.title)].compactMap { $0 }
        columns[.summary] = [text(.summary, topic.summary)].compactMap { $0 }
        columns[.keywords] = [text(.keywords, topic.keywords.joined(separator: ", "))].compactMap { $0 }
        var body: [String] = []
        for block in topic.body {
            if let translated = text(block.segmentKind, block.text) { body.append(translated) }
        }
        for contact in topic.contacts {
            // Organisation names are not translated; the Dutch row carries them once.
            if isSource { body.append(contact.organisation) }
            if let note = contact.note, let translated = text(.contactNote, note) { body.append(translated) }
        }
        columns[.body] = body
        return columns
    }

    /// The topic's texts as the person reads them (their language, with fallback), in
    /// the order a snippet prefers them: what they see first, what is for their target
    /// group, and the keywords last (a list of words is a poor snippet, but it shows
    /// why a topic was found). Lazy: each text is looked up in the catalog only when
    /// the snippet gets to it.
    static func displayed(_ topic: Topic, language: String, audience: String?,
                          in store: ContentStore) -> LazyMapSequence<[(SegmentKind, String)], String> {
        var sources: [(SegmentKind, String)] = [(.title, topic.title), (.summary, topic.summary)]
        let audience = topic.isFor(audience) ? audience : nil
        for block in topic.body where block.applies(to: audience) {
            sources.append((block.segmentKind, block.text))
        }
        for contact in topic.contacts where contact.applies(to: audience) {
            if let note = contact.note { sources.append((.contactNote, note)) }
        }
        for block in topic.body where !block.applies(to: audience) {
            sources.append((block.segmentKind, block.text))
        }
        if !topic.keywords.isEmpty { sources.append((.keywords, topic.keywords.joined(separator: ", "))) }
        return sources.lazy.map { kind, source in FactMarker.removing(from: store.topicText(topic, kind, source, language).text) }
    }
}
