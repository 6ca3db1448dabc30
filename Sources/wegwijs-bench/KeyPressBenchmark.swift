import Foundation
import WegwijsApp
import WegwijsContent
import WegwijsSearch

/// One key press as the running program does it: update, view to a frame, and the
/// row diff against the previous frame that decides what the terminal rewrites.
func benchmarkKeyPress(repositoryRoot: URL) -> [String] {
    let result = ContentLoader.load(content: repositoryRoot.appendingPathComponent("Content"),
                                    translations: repositoryRoot.appendingPathComponent("Translations"))
    let content = result.store
    var lines: [String] = []
    for language in ["nl", "ar", "ti"] {
        let size = Size(columns: 80, rows: 24)
        let state = App.start(language: language, audience: "asylum-seeker", size: size, content: content)
        // A walk a visitor makes: into a category, a topic, scroll, back, next topic.
        let walk: [Key] = [.enter, .enter, .down, .down, .pageDown, .up, .backspace, .down, .enter, .pageDown,
                           .backspace, .backspace, .down, .down, .enter]
        let times = timeKeyPresses(walk, from: state, content: content, search: nil)
        lines.append("key press (update + view + diff), 80x24, \(language): median \(milliseconds(percentile(times, 0.5))) ms, "
                     + "p95 \(milliseconds(percentile(times, 0.95))) ms (target < 1 ms)")
    }
    return lines
}

/// One key typed on the search screen: the query changes, so update, a search and the
/// view with its results, and the row diff. Queries typed and erased character by
/// character, in the scripts people type.
func benchmarkSearchKeyPress(repositoryRoot: URL) -> [String] {
    let result = ContentLoader.load(content: repositoryRoot.appendingPathComponent("Content"),
                                    translations: repositoryRoot.appendingPathComponent("Translations"))
    let content = result.store
    guard let search = try? SearchIndex(content: content) else { return ["search key press: cannot build the index"] }
    var lines: [String] = []
    for (language, typed) in [("nl", "huisarts verwijsbrief"), ("ar", "طبيب الأسرة huisarts"), ("pl", "lekarz rodzinny")] {
        let size = Size(columns: 80, rows: 24)
        var state = App.start(language: language, audience: "asylum-seeker", size: size, content: content)
        state = App.update(state, .key(.character("/")), content: content, search: search)
        // Type the query, then erase it, and again.
        let keys: [Key] = typed.map { .character($0) } + typed.map { _ in .backspace }
        let times = timeKeyPresses(keys, from: state, content: content, search: search)
        lines.append("search key press (update + search + view + diff), 80x24, \(language): median "
                     + "\(milliseconds(percentile(times, 0.5))) ms, p95 \(milliseconds(percentile(times, 0.95))) ms (target < 1 ms)")
    }
    return lines
}

/// Times `keys`, over and over, as the program loop handles each: update with the kept
/// page, the page derived again only when it changed, view to a frame, and the row
/// diff against the previous frame.
private func timeKeyPresses(_ keys: [Key], from start: State, content: ContentStore, search: SearchIndex?) -> [Duration] {
    let env = Environment(content: content, search: search)
    var state = start
    var page = App.page(state, env)
    var previous = App.view(state, page, env)
    var step = 0
    return measure(iterations: 3_000, warmUp: 300) {
        state = App.update(state, .key(keys[step % keys.count]), env, page: page).0
        page = App.page(state, env, reusing: page)
        step += 1
        let frame = App.view(state, page, env)
        var changedRows = 0
        for y in 0..<frame.height where y >= previous.height || previous.row(y) != frame.row(y) { changedRows += 1 }
        previous = frame
        return changedRows + 1
    }
}
