import WegwijsText

/// Parses the small YAML files that declare languages, target groups, categories and
/// interface labels.
enum ConfigParser {
    static func languages(_ text: String, file: String) -> (languages: [Language], source: String, log: DiagnosticLog) {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(text) else { return ([], "nl", reader.log) }
        guard let mapping = root.mapping else {
            reader.log.error(file, reader.line(of: root), "expected 'source', 'default-fallback' and 'languages'")
            return ([], "nl", reader.log)
        }
        reader.rejectUnknownKeys(mapping, allowed: ["source", "default-fallback", "languages"])
        let source = reader.string(mapping, "source", required: true, owner: root) ?? "nl"
        let defaultFallback = reader.strings(mapping, "default-fallback", required: false, owner: root) ?? ["en", source]
        var languages: [Language] = []
        guard let list = mapping["languages"]?.sequence else {
            reader.log.error(file, reader.line(of: root), "missing 'languages' list")
            return ([], source, reader.log)
        }
        var seen: Set<String> = []
        for node in list {
            guard let item = node.mapping else {
                reader.log.error(file, reader.line(of: node), "a language needs code, name and direction")
                continue
            }
            reader.rejectUnknownKeys(item, allowed: ["code", "name", "direction", "fallback"])
            guard let code = reader.string(item, "code", required: true, owner: node), !code.isEmpty,
                  let name = reader.string(item, "name", required: true, owner: node), !name.isEmpty else { continue }
            let directionText = reader.string(item, "direction", required: false, owner: node) ?? "ltr"
            guard let direction = TextDirection(rawValue: directionText) else {
                reader.log.error(file, reader.line(of: item["direction"]), "direction must be ltr or rtl, not '\(directionText)'")
                continue
            }
            if !seen.insert(code).inserted {
                reader.log.error(file, reader.line(of: node), "language '\(code)' is declared twice")
                continue
            }
            var fallback = reader.strings(item, "fallback", required: false, owner: node) ?? defaultFallback
            fallback.removeAll { $0 == code }
            if code == source { fallback = [] }
            languages.append(Language(code: code, name: name, direction: direction, fallback: fallback))
        }
        // Fallbacks must name declared languages.
        let codes = Set(languages.map(\.code))
        if !codes.contains(source) { reader.log.error(file, 1, "the source language '\(source)' is not in 'languages'") }
        for (index, language) in languages.enumerated() {
            for code in language.fallback where !codes.contains(code) {
                reader.log.error(file, reader.line(of: list[index]), "fallback '\(code)' of '\(language.code)' is not a declared language")
            }
            languages[index].fallback = language.fallback.filter { codes.contains($0) }
        }
        return (languages, source, reader.log)
    }

    static func audiences(_ text: String, file: String) -> ([Audience], DiagnosticLog) {
        identifiedList(text, file: file, kind: "target group", fields: ["id", "label", "description"]) { id, item, node, reader in
            Audience(id: id,
                     label: reader.string(item, "label", required: true, owner: node) ?? id,
                     description: reader.string(item, "description", required: true, owner: node) ?? "")
        }
    }

    static func categories(_ text: String, file: String) -> ([Category], DiagnosticLog) {
        identifiedList(text, file: file, kind: "category", fields: ["id", "name", "required"]) { id, item, node, reader in
            Category(id: id, name: reader.string(item, "name", required: true, owner: node) ?? id,
                     required: reader.bool(item, "required"))
        }
    }

    /// A YAML list of mappings, each with a unique `id`: the shape of audiences.yaml
    /// and categories.yaml. `make` reads the other fields of one item.
    static func identifiedList<T>(_ text: String, file: String, kind: String, fields: Set<String>,
                                  make: (String, YAMLNode.Mapping, YAMLNode, inout YAMLReader) -> T) -> ([T], DiagnosticLog) {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(text) else { return ([], reader.log) }
        guard let list = root.sequence else {
            reader.log.error(file, reader.line(of: root), "expected a list of \(kind) entries")
            return ([], reader.log)
        }
        var result: [T] = []
        var seen: Set<String> = []
        for node in list {
            guard let item = node.mapping else {
                reader.log.error(file, reader.line(of: node), "a \(kind) needs \(fields.sorted().joined(separator: ", "))")
                continue
            }
            reader.rejectUnknownKeys(item, allowed: fields)
            guard let id = reader.string(item, "id", required: true, owner: node), Ids.isValid(id) else {
                reader.log.error(file, reader.line(of: node), "a \(kind) needs an id of lower-case letters, digits and '-'")
                continue
            }
            if !seen.insert(id).inserted {
                reader.log.error(file, reader.line(of: node), "\(kind) '\(id)' is declared twice")
                continue
            }
            result.append(make(id, item, node, &reader))
        }
        return (result, reader.log)
    }

    /// ui.yaml: `key: Dutch text` pairs, in order.
    static func uiLabels(_ text: String, file: String) -> ([(key: String, text: String, line: Int)], DiagnosticLog) {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(text) else { return ([], reader.log) }
        guard let mapping = root.mapping else {
            reader.log.error(file, reader.line(of: root), "expected 'key: text' lines")
            return ([], reader.log)
        }
        var result: [(key: String, text: String, line: Int)] = []
        for (key, value) in mapping {
            guard let name = key.string, let text = value.string else {
                reader.log.error(file, reader.line(of: key), "expected 'key: text'")
                continue
            }
            result.append((name, text, reader.line(of: key)))
        }
        return (result, reader.log)
    }
}

extension ConfigParser {
    /// glossary.yaml: a list of `term`, optional `forms`, `explanation`.
    static func glossary(_ text: String, file: String) -> ([GlossaryTerm], DiagnosticLog) {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(text) else { return ([], reader.log) }
        if root.string?.isEmpty == true { return ([], reader.log) }
        guard let list = root.sequence else {
            reader.log.error(file, reader.line(of: root), "expected a list of entries with 'term' and 'explanation'")
            return ([], reader.log)
        }
        var result: [GlossaryTerm] = []
        var seen: [String: Int] = [:]
        for node in list {
            guard let item = node.mapping else {
                reader.log.error(file, reader.line(of: node), "a glossary entry needs 'term' and 'explanation'")
                continue
            }
            reader.rejectUnknownKeys(item, allowed: ["term", "forms", "explanation"])
            guard let term = reader.string(item, "term", required: true, owner: node), !term.isEmpty,
                  let explanation = reader.string(item, "explanation", required: true, owner: node), !explanation.isEmpty
            else { continue }
            let line = reader.line(of: node)
            // The term names the msgctxt (glossary/TERM): one entry per term.
            if let first = seen[term.lowercased()] {
                reader.log.error(file, line, "glossary term '\(term)' is already explained on line \(first)")
                continue
            }
            seen[term.lowercased()] = line
            let forms = reader.strings(item, "forms", required: false, owner: node) ?? []
            result.append(GlossaryTerm(term: term, forms: forms.filter { !$0.isEmpty }, explanation: explanation, line: line))
        }
        return (result, reader.log)
    }
}

enum Ids {
    /// Ids appear on the command line and in msgctxt: keep them plain.
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
