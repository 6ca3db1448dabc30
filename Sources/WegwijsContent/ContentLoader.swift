import FoundationEssentials
import WegwijsText

/// Loads Content/ and Translations/ into a ContentStore. Never stops at the first
/// problem and never crashes on bad input: every problem becomes a Diagnostic with
/// file and line, and what is invalid is left out of the store.
public enum ContentLoader {
    public struct Result: Sendable {
        public var store: ContentStore
        public var diagnostics: [Diagnostic]
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// Files larger than this are refused: no topic or PO file is anywhere near it, and a
    /// kiosk must not stall on a stray dump.
    public static let maximumFileSize = 2 * 1024 * 1024

    /// - Parameters:
    ///   - today: YYYY-MM-DD, to warn about reviews older than 12 months; nil skips that.
    public static func load(content: URL, translations: URL, today: String? = nil) -> Result {
        var log = DiagnosticLog()
        let root = displayRoot(content)
        let translationsRoot = displayRoot(translations)

        // Languages, target groups, categories, interface labels.
        var languages: [Language] = []
        var source = "nl"
        if let text = read(content.appendingPathComponent("languages.yaml"), "\(root)/languages.yaml", &log) {
            let parsed = ConfigParser.languages(text, file: "\(root)/languages.yaml")
            languages = parsed.languages
            source = parsed.source
            log.append(contentsOf: parsed.log.entries)
        }
        var audiences: [Audience] = []
        if let text = read(content.appendingPathComponent("audiences.yaml"), "\(root)/audiences.yaml", &log) {
            let parsed = ConfigParser.audiences(text, file: "\(root)/audiences.yaml")
            audiences = parsed.0
            log.append(contentsOf: parsed.1.entries)
        }
        var categories: [Category] = []
        if let text = read(content.appendingPathComponent("categories.yaml"), "\(root)/categories.yaml", &log) {
            let parsed = ConfigParser.categories(text, file: "\(root)/categories.yaml")
            categories = parsed.0
            log.append(contentsOf: parsed.1.entries)
        }
        var uiLabels: [String: String] = [:]
        var uiOrder: [(key: String, line: Int)] = []
        if let text = read(content.appendingPathComponent("ui.yaml"), "\(root)/ui.yaml", &log) {
            let parsed = ConfigParser.uiLabels(text, file: "\(root)/ui.yaml")
            for label in parsed.0 {
                uiLabels[label.key] = label.text
                uiOrder.append((label.key, label.line))
            }
            log.append(contentsOf: parsed.1.entries)
            for key in UIKey.allCases where uiLabels[key.rawValue] == nil {
                log.error("\(root)/ui.yaml", 1, "missing interface label '\(key.rawValue)'")
            }
        }

        // The glossary is optional: content without one simply explains no words.
        var glossary: [GlossaryTerm] = []
        let glossaryURL = content.appendingPathComponent("glossary.yaml")
        if FileManager.default.fileExists(atPath: glossaryURL.path),
           let text = read(glossaryURL, "\(root)/glossary.yaml", &log) {
            let parsed = ConfigParser.glossary(text, file: "\(root)/glossary.yaml")
            glossary = parsed.0
            log.append(contentsOf: parsed.1.entries)
        }

        // Read and parse every topic and PO file on all cores; the checks between
        // files follow in file order.
        let topicsDirectory = content.appendingPathComponent("topics")
        let topicFiles = listFiles(topicsDirectory, suffix: ".md")
        let poFiles = listFiles(translations, suffix: ".po")
        // The PO files are the big jobs: start with them, largest first, so both cores
        // stay busy to the end instead of one finishing ar.po alone.
        let poBySize = poFiles.indices.sorted { fileSize(translations.appendingPathComponent(poFiles[$0])) > fileSize(translations.appendingPathComponent(poFiles[$1])) }
        let schedule = poBySize.map { topicFiles.count + $0 } + Array(topicFiles.indices)
        let parsedInScheduleOrder = ParallelMap.map(schedule.count) { slot -> ParsedFile in
            let index = schedule[slot]
            var fileLog = DiagnosticLog()
            if index < topicFiles.count {
                let name = topicFiles[index]
                let file = "\(root)/topics/\(name)"
                guard let text = read(topicsDirectory.appendingPathComponent(name), file, &fileLog) else {
                    return ParsedFile(text: nil, topic: nil, po: nil, log: fileLog.entries)
                }
                let (topic, topicLog) = TopicParser.parse(text, file: file)
                return ParsedFile(text: text, topic: topic, po: nil, log: fileLog.entries + topicLog.entries)
            }
            let name = poFiles[index - topicFiles.count]
            let file = "\(translationsRoot)/\(name)"
            guard let text = read(translations.appendingPathComponent(name), file, &fileLog) else {
                return ParsedFile(text: nil, topic: nil, po: nil, log: fileLog.entries)
            }
            let (poFile, errors) = POParser.parse(text, keepComments: false)
            for error in errors { fileLog.error(file, error.line, error.message) }
            return ParsedFile(text: nil, topic: nil, po: poFile, log: fileLog.entries)
        }
        var parsed = parsedInScheduleOrder
        for (slot, index) in schedule.enumerated() { parsed[index] = parsedInScheduleOrder[slot] }
        if topicFiles.isEmpty { log.error("\(root)/topics", 1, "no topics found (expected *.md files)") }
        var topics: [Topic] = []
        var firstFileForID: [String: String] = [:]
        let audienceIDs = Set(audiences.map(\.id))
        let categoryIDs = Set(categories.map(\.id))
        for (index, name) in topicFiles.enumerated() {
            let file = "\(root)/topics/\(name)"
            log.append(contentsOf: parsed[index].log)
            guard let text = parsed[index].text, let topic = parsed[index].topic else { continue }
            var valid = true
            func problem(_ line: Int, _ message: String) {
                log.error(file, line, message)
                valid = false
            }
            if name != topic.id + ".md" {
                problem(2, "the id '\(topic.id)' must match the file name: rename the file to \(topic.id).md or change the id")
            }
            if let first = firstFileForID[topic.id] {
                problem(2, "duplicate topic id '\(topic.id)': already used in \(first)")
            }
            if !categoryIDs.contains(topic.category) {
                problem(lineOf("category:", in: text), "unknown category '\(topic.category)'; known: \(categories.map(\.id).joined(separator: ", "))")
            }
            for audience in topic.audiences where !audienceIDs.contains(audience) {
                problem(lineOf("audiences:", in: text), "unknown target group '\(audience)'; known: \(audiences.map(\.id).joined(separator: ", "))")
            }
            for block in topic.body {
                for audience in block.audiences ?? [] where !topic.audiences.contains(audience) {
                    let known = audienceIDs.contains(audience)
                    problem(block.line, known
                        ? "target group '\(audience)' is not in this topic's 'audiences'"
                        : "unknown target group '\(audience)'")
                }
            }
            for contact in topic.contacts {
                for audience in contact.audiences ?? [] where !topic.audiences.contains(audience) {
                    problem(contact.line, "contact '\(contact.organisation)': target group '\(audience)' is not in this topic's 'audiences'")
                }
            }
            // Markers and facts belong together; the topic stays (a renderer drops a
            // marker it has no fact for), but the kiosk refuses such content.
            for problem in FactMarker.mismatches(in: topic) { log.error(file, problem.line, problem.message) }
            if let today, let months = ReviewDate.monthsBetween(topic.reviewed, today), months >= 12 {
                log.warning(file, lineOf("reviewed:", in: text), "last reviewed \(topic.reviewed), more than 12 months ago: check the facts")
            }
            guard valid else { continue }
            firstFileForID[topic.id] = file
            topics.append(topic)
        }

        var store = ContentStore(sourceLanguage: source, languages: languages, audiences: audiences,
                                 categories: categories, topics: topics, uiLabels: uiLabels, uiOrder: uiOrder,
                                 catalogs: [:], glossary: glossary)

        // Translations.
        let segments = SourceSegments.all(store, contentRoot: root)
        let segmentKeys = Set(segments.map(\.key))
        let topicIDs = Set(topics.map(\.id))
        let allTopicIDs = Set(firstFileForID.keys).union(topicFileIDs(topicFiles))
        let declared = Set(languages.map(\.code))
        var catalogs: [String: Catalog] = [:]
        for (poIndex, name) in poFiles.enumerated() {
            let code = String(name.dropLast(3))
            let file = "\(translationsRoot)/\(name)"
            guard declared.contains(code) else {
                log.error(file, 1, "language '\(code)' is not declared in \(root)/languages.yaml: add a line there")
                continue
            }
            guard code != source else {
                log.warning(file, 1, "'\(code)' is the source language; its PO file is not used")
                continue
            }
            let result = parsed[topicFiles.count + poIndex]
            log.append(contentsOf: result.log)
            guard let poFile = result.po else { continue }
            var kept = POFile(header: poFile.header, entries: [])
            for entry in poFile.entries {
                if entry.obsolete { kept.entries.append(entry); continue }
                guard let context = entry.context else {
                    log.error(file, entry.line, "entry without msgctxt: every Wegwijs entry names what it belongs to")
                    continue
                }
                let parts = context.split(separator: "/", omittingEmptySubsequences: false)
                if parts.first == "topic", parts.count >= 3 {
                    let id = String(parts[1])
                    if !allTopicIDs.contains(id) {
                        log.error(file, entry.line, "entry for topic '\(id)', which does not exist")
                        continue
                    }
                    if !topicIDs.contains(id) { continue } // topic left out for its own errors
                } else if !["ui", "audience", "category", "glossary"].contains(String(parts.first ?? "")) {
                    log.error(file, entry.line, "unknown msgctxt '\(context)'")
                    continue
                }
                if !segmentKeys.contains(entry.key) && entry.isTranslated {
                    log.warning(file, entry.line, "entry not in the Dutch source (\(context)): run 'wegwijs translations update'")
                }
                // An outdated entry (fuzzy with the previous Dutch) is never shown: its
                // numbers are the old text's, and checking them would refuse the whole
                // language right after every `translations update`.
                let isOutdated = entry.isFuzzy && entry.previousID != nil
                if entry.isTranslated, !isOutdated, let problem = placeholderProblem(source: entry.id, translation: entry.string)
                    ?? FactMarker.translationProblem(source: entry.id, translation: entry.string)
                    ?? (parts.last == "keywords" ? nil : numberProblem(source: entry.id, translation: entry.string)) {
                    log.error(file, entry.line, problem)
                    continue
                }
                kept.entries.append(entry)
            }
            catalogs[code] = Catalog(language: code, file: file, poFile: kept)
        }
        for language in languages where language.code != source && catalogs[language.code] == nil
            && !poFiles.contains("\(language.code).po") {
            log.warning("\(translationsRoot)/\(language.code).po", 1, "no translation file: '\(language.code)' falls back to \(language.fallback.joined(separator: ", "))")
        }
        store.catalogs = catalogs
        return Result(store: store, diagnostics: log.entries)
    }

    /// One file read and parsed on its own, before the checks between files.
    struct ParsedFile: Sendable {
        var text: String?
        var topic: Topic?
        var po: POFile?
        var log: [Diagnostic]
    }

    /// `{name}` placeholders must survive translation.
    static func placeholderProblem(source: String, translation: String) -> String? {
        // Almost no text has braces: skip the character walk for those.
        if !source.containsByte(0x7B) && !translation.containsByte(0x7B) { return nil }
        let wanted = placeholders(source)
        let found = placeholders(translation)
        if wanted == found { return nil }
        return "placeholders differ: the source has \(wanted.sorted()), the translation \(found.sorted())"
    }

    /// Numbers are facts: a phone number, an amount, an age, a date. A translation
    /// whose numbers differ from the Dutch may send someone to the wrong number, so it
    /// is refused like a broken placeholder and the reader gets the fallback. Compared
    /// as runs of digits (Arabic-Indic digits count as theirs), so "€14,71" may become
    /// "€14.71" and "0800-2000" "0800 2000". Keyword lists are exempt: they are search
    /// words, not text.
    static func numberProblem(source: String, translation: String) -> String? {
        let wanted = digitRuns(source), found = digitRuns(translation)
        if wanted == found { return nil }
        return "numbers differ: the Dutch has \(wanted.sorted().joined(separator: " ")), "
            + "the translation \(found.sorted().joined(separator: " ")) — check the phone numbers, amounts and dates"
    }

    static func digitRuns(_ text: String) -> Set<String> {
        var text = text
        return text.withUTF8 { Digit.runs(inUTF8: $0) }
    }

    static func placeholders(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var current: String?
        for character in text {
            if character == "{" { current = "" } else if character == "}", let name = current {
                result.insert(name)
                current = nil
            } else if current != nil {
                if character.isLetter || character == "_" { current!.append(character) } else { current = nil }
            }
        }
        return result
    }

    static func topicFileIDs(_ names: [String]) -> [String] { names.map { String($0.dropLast(3)) } }

    /// A short name for a directory in diagnostics: its last component, like
    /// "Content", unless it is a deeper custom path.
    public static func displayRoot(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    static func listFiles(_ directory: URL, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
    }

    /// Reads a text file: refuses huge, binary and non-UTF-8 files with a clear message,
    /// and returns NFC-normalised text so that every script compares and measures alike.
    static func read(_ url: URL, _ file: String, _ log: inout DiagnosticLog) -> String? {
        let data: Data
        switch RegularFile.read(url.path) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let refusal):
            log.error(file, 1, refusal.description)
            return nil
        }
        // Scan the raw bytes: Data's own subscript pays an exclusivity check per byte.
        if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            log.error(file, lineNumber(in: data, at: data.startIndex + nul), "binary data (a NUL byte): not a text file")
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let bad = firstInvalidUTF8(data)
            log.error(file, lineNumber(in: data, at: bad), "not valid UTF-8 text: save the file as UTF-8")
            return nil
        }
        if let control = ControlCharacters.firstForbidden(in: text) {
            let code = String(control.scalar.value, radix: 16, uppercase: true)
            log.error(file, control.line, "control character U+\(code) at column \(control.column): content may not carry terminal controls (audit D10)")
            return nil
        }
        if let bidi = ControlCharacters.firstBidiControl(in: text) {
            let code = String(bidi.scalar.value, radix: 16, uppercase: true)
            log.warning(file, bidi.line, "bidi control U+\(code): it can reverse what the reader sees; Wegwijs sets the direction itself")
        }
        return prepared(text)
    }

    /// What every parser reads: NFC, without a byte-order mark, lines ended by LF.
    static func prepared(_ text: String) -> String {
        var normalised = NFC.normalize(text)
        if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
        return withUnixLineEnds(normalised)
    }

    /// Files saved on Windows end lines with CR LF, which Swift sees as one Character:
    /// a Character-level split would read a whole topic as one line. A lone CR (old Mac
    /// files, or a stray one) also ends a line: YAML counts it as a line break, so
    /// without this a YAML error would name a line the file does not have (found by
    /// `make fuzz`).
    static func withUnixLineEnds(_ text: String) -> String {
        guard text.containsByte(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let utf8 = Array(text.utf8)
        for (index, byte) in utf8.enumerated() {
            guard byte == 0x0D else { bytes.append(byte); continue }
            let isCRLF = index + 1 < utf8.count && utf8[index + 1] == 0x0A
            if !isCRLF { bytes.append(0x0A) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lineNumber(in data: Data, at index: Int) -> Int {
        1 + data[data.startIndex..<index].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    static func firstInvalidUTF8(_ data: Data) -> Int {
        var index = data.startIndex
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b < 0x80 { length = 1 } else if b >= 0xC2 && b <= 0xDF { length = 2 } else if b >= 0xE0 && b <= 0xEF { length = 3 } else if b >= 0xF0 && b <= 0xF4 { length = 4 } else { return index + i }
            if i + length > bytes.count { return index + i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return index + i }
            i += length
        }
        index = data.endIndex
        return index
    }

    static func lineOf(_ prefix: String, in text: String) -> Int {
        var line = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if row.hasPrefix(prefix) { return line }
            line += 1
        }
        return 1
    }
}

extension String {
    /// Whether the UTF-8 bytes hold `byte`, scanned as a plain buffer: the generic
    /// `utf8.contains` walks the string index by index, which showed in start-up
    /// profiles when run on every PO entry.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }
}
