/// How far a translation can be trusted, from the PO entry's state. The raw values are
/// stored in content snapshots (ContentSnapshot): changing them means a new format.
public enum TranslationState: Int, Equatable, Sendable {
    /// Translated and not fuzzy: a person checked it.
    case reviewed = 0
    /// Fuzzy without a previous msgid: a machine translation nobody has checked yet.
    case machine = 1
    /// Fuzzy with a previous msgid: the Dutch changed after it was translated; it may
    /// hold outdated facts and is never shown as current.
    case outdated = 2
}

public struct Translation: Equatable, Sendable {
    public var text: String
    public var state: TranslationState
    public var line: Int
}

/// One language's translations, read from its PO file.
public struct Catalog: Sendable {
    public var language: String
    public var file: String
    public var entries: [String: Translation]

    public init(language: String, file: String, poFile: POFile) {
        self.language = language
        self.file = file
        var entries: [String: Translation] = [:]
        for entry in poFile.entries where !entry.obsolete {
            guard entry.isTranslated else { continue }
            let state: TranslationState
            if entry.isFuzzy {
                state = (entry.previousID != nil || entry.previousContext != nil) ? .outdated : .machine
            } else {
                state = .reviewed
            }
            entries[entry.key] = Translation(text: entry.string, state: state, line: entry.line)
        }
        self.entries = entries
    }

    init(language: String, file: String, entries: [String: Translation]) {
        self.language = language
        self.file = file
        self.entries = entries
    }

    public func lookup(context: String, source: String) -> Translation? {
        entries[POEntry.key(context: context, id: source)]
    }
}
