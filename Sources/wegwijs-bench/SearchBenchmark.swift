import Foundation
import WegwijsContent
import WegwijsSearch

/// Search: building the index at start-up, and one query per key press while someone
/// types, on the shipped content and on a copy ten times larger (what the content may
/// grow to). Queries: the acceptance table's, and every prefix of each, as typed.
func benchmarkSearch() -> [String] {
    let root = searchBenchmarkRepositoryRoot()
    let loaded = ContentLoader.load(content: root.appendingPathComponent("Content"),
                                    translations: root.appendingPathComponent("Translations"))
    let shipped = loaded.store
    let tenfold = tenfoldCopy(of: shipped)

    let queries = SearchAcceptanceQueries.rows.flatMap { row -> [(String, String, String?)] in
        let characters = Array(row.query)
        return (1...characters.count).map { (String(characters[0..<$0]), row.language, row.audience) }
    }

    var builds: [String] = []
    var p50s: [String] = []
    var p95s: [String] = []
    for (name, store, count) in [("shipped", shipped, 21), ("10x", tenfold, 5)] {
        guard let buildTimes = try? measureBuilds(store, count: count),
              let index = try? SearchIndex(content: store) else {
            return ["search: cannot build the index"]
        }
        var position = 0
        let queryTimes = measure(iterations: queries.count * 3, warmUp: queries.count) {
            let (query, language, audience) = queries[position % queries.count]
            position += 1
            return index.search(query, language: language, audience: audience).count + 1
        }
        builds.append("\(milliseconds(percentile(buildTimes, 0.5))) ms (\(name), median of \(count))")
        p50s.append("\(milliseconds(percentile(queryTimes, 0.5))) ms (\(name))")
        p95s.append("\(milliseconds(percentile(queryTimes, 0.95))) ms (\(name))")
    }
    return [
        "search: index build \(builds.joined(separator: ", ")), query p95 \(p95s.joined(separator: ", ")), "
            + "p50 \(p50s.joined(separator: ", ")) (targets: build < 50 ms shipped, query p95 < 5 ms)",
        "search: \(shipped.topics.count) topics shipped, \(tenfold.topics.count) in the 10x copy; \(queries.count) queries: "
            + "the \(SearchAcceptanceQueries.rows.count) of the query table and every prefix of each, as typed",
    ]
}

private func measureBuilds(_ store: ContentStore, count: Int) throws -> [Duration] {
    let clock = ContinuousClock()
    _ = try SearchIndex(content: store)   // warm-up: one-time tables (Latin folding)
    var times: [Duration] = []
    for _ in 0..<count {
        let start = clock.now
        let index = try SearchIndex(content: store)
        times.append(clock.now - start)
        withExtendedLifetime(index) {}
    }
    return times
}

/// Each topic ten times, under new ids, with its translations copied along.
private func tenfoldCopy(of store: ContentStore) -> ContentStore {
    var copy = store
    copy.topics = []
    for round in 0..<10 {
        for topic in store.topics {
            var topicCopy = topic
            topicCopy.id = round == 0 ? topic.id : "\(topic.id)-\(round)"
            copy.topics.append(topicCopy)
            guard round > 0 else { continue }
            for (language, catalog) in store.catalogs {
                let prefix = "topic/\(topic.id)/"
                var entries = copy.catalogs[language]!.entries
                for (key, translation) in catalog.entries where key.hasPrefix(prefix) {
                    entries["topic/\(topicCopy.id)/" + key.dropFirst(prefix.count)] = translation
                }
                copy.catalogs[language]!.entries = entries
            }
        }
    }
    return copy
}

/// The checkout: the first folder up from the current one that holds Content/languages.yaml.
private func searchBenchmarkRepositoryRoot() -> URL {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/languages.yaml").path),
          folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder
}
