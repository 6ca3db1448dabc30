import Foundation
import WegwijsContent
import WegwijsSearch
import WegwijsText

/// The shipped content (Content/ and Translations/ of this checkout), loaded once.
enum ShippedContent {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let store: ContentStore = {
        let result = ContentLoader.load(content: repositoryRoot.appendingPathComponent("Content"),
                                        translations: repositoryRoot.appendingPathComponent("Translations"))
        precondition(result.errors.isEmpty, "the shipped content has errors: \(result.errors)")
        return result.store
    }()

    // Built once for all tests: the index is immutable after start-up.
    nonisolated(unsafe) static let index: SearchIndex = {
        do { return try SearchIndex(content: store) } catch { fatalError("cannot build the search index: \(error)") }
    }()
}

/// Small content built in memory, for behaviour the shipped content does not pin down
/// (words in every script side by side, translation states).
enum SyntheticContent {
    static func topic(_ id: String, title: String, keywords: [String] = [], body: [String] = [],
                      audiences: [String] = ["labour-migrant"]) -> Topic {
        Topic(id: id, category: "test", audiences: audiences, title: title, summary: "Samenvatting van \(id).",
              keywords: keywords, body: body.enumerated().map { Block(kind: .paragraph, text: $1, line: $0 + 10) })
    }

    /// A store with Dutch topics and, optionally, one translated language.
    static func store(_ topics: [Topic], translations: (language: String, entries: [POEntry])? = nil) -> ContentStore {
        var languages = [Language(code: "nl", name: "Nederlands", direction: .leftToRight, fallback: [])]
        var catalogs: [String: Catalog] = [:]
        if let translations {
            languages.append(Language(code: translations.language, name: translations.language,
                                      direction: .leftToRight, fallback: ["nl"]))
            catalogs[translations.language] = Catalog(language: translations.language, file: "test.po",
                                                      poFile: POFile(entries: translations.entries))
        }
        return ContentStore(sourceLanguage: "nl", languages: languages, audiences: [], categories: [],
                            topics: topics, uiLabels: [:], catalogs: catalogs)
    }

    static func index(_ topics: [Topic]) -> SearchIndex {
        do { return try SearchIndex(content: store(topics)) } catch { fatalError("\(error)") }
    }
}
