import Foundation
import WegwijsApp
import WegwijsContent

/// One key press as the running program does it: update, view to a frame, and the
/// row diff against the previous frame that decides what the terminal rewrites.
func benchmarkKeyPress(repositoryRoot: URL) -> [String] {
    let result = ContentLoader.load(content: repositoryRoot.appendingPathComponent("Content"),
                                    translations: repositoryRoot.appendingPathComponent("Translations"))
    let content = result.store
    var lines: [String] = []
    for language in ["nl", "ar", "ti"] {
        let size = Size(columns: 80, rows: 24)
        var state = App.start(language: language, audience: "asylum-seeker", size: size, content: content)
        // A walk a visitor makes: into a category, a topic, scroll, back, next topic.
        let walk: [Key] = [.enter, .enter, .down, .down, .pageDown, .up, .backspace, .down, .enter, .pageDown,
                           .backspace, .backspace, .down, .down, .enter]
        var previous = App.view(state, content: content)
        var step = 0
        let times = measure(iterations: 3_000, warmUp: 300) {
            state = App.update(state, .key(walk[step % walk.count]), content: content)
            step += 1
            let frame = App.view(state, content: content)
            var changedRows = 0
            for y in 0..<frame.height where y >= previous.height || previous.row(y) != frame.row(y) { changedRows += 1 }
            previous = frame
            return changedRows + 1
        }
        lines.append("key press (update + view + diff), 80x24, \(language): median \(milliseconds(percentile(times, 0.5))) ms, "
                     + "p95 \(milliseconds(percentile(times, 0.95))) ms (target < 1 ms)")
    }
    return lines
}
