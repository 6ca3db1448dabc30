/// A short piece of a topic's text around the first word that matched, and the words
/// in it that matched, as they are written there, for highlighting.
struct Snippet: Equatable {
    static let maximumLength = 120
    static let ellipsis: Character = "…"

    var text: String
    var matchedTerms: [String]

    /// From the first of `texts` that has a matching word; when none has, the start of
    /// `fallback()`. `texts` may be lazy: the texts after the one used are never made.
    init<Texts: Sequence<String>>(texts: Texts, fallback: () -> String, matches: (String) -> Bool) {
        for text in texts {
            var firstMatch: Range<String.Index>?
            SearchNormalizer.forEachWord(in: text) { offsets, word in
                if matches(word) { firstMatch = text.utf8Range(offsets) }
                return firstMatch == nil
            }
            guard let firstMatch else { continue }
            let window = Snippet.window(in: text, around: firstMatch)
            self.text = window.text
            var terms: [String] = []
            let shown = String(text[window.range])
            SearchNormalizer.forEachWord(in: shown) { offsets, word in
                let written = String(shown[shown.utf8Range(offsets)])
                if matches(word) && !terms.contains(written) { terms.append(written) }
                return true
            }
            matchedTerms = terms
            return
        }
        let text = fallback()
        self.text = Snippet.window(in: text, around: text.startIndex..<text.startIndex).text
        matchedTerms = []
    }

    /// At most `maximumLength` characters of `text` that hold `match`, cut at spaces,
    /// with an ellipsis where text was left out.
    static func window(in text: String, around match: Range<String.Index>) -> (text: String, range: Range<String.Index>) {
        let whole = text.trimmingSpaces()
        if whole.count <= maximumLength { return (String(whole), whole.startIndex..<whole.endIndex) }
        let match = max(match.lowerBound, whole.startIndex)..<min(max(match.upperBound, whole.startIndex), whole.endIndex)
        // Some words of context before the match, then as much after it as fits.
        let contextBefore = 30
        var start = text.index(match.lowerBound, offsetBy: -contextBefore, limitedBy: whole.startIndex) ?? whole.startIndex
        if start > whole.startIndex {
            // Begin at a word: after the first space from there, if it comes before the match.
            if let space = text[start..<match.lowerBound].firstIndex(of: " ") { start = text.index(after: space) }
        }
        let leading = start > whole.startIndex ? 1 : 0
        var end = text.index(start, offsetBy: maximumLength - leading, limitedBy: whole.endIndex) ?? whole.endIndex
        if end < whole.endIndex {
            // Leave room for the trailing ellipsis, and end at a space after the match.
            end = text.index(before: end)
            if match.upperBound < end, let space = text[match.upperBound..<end].lastIndex(of: " ") { end = space }
        }
        var snippet = String(text[start..<end].trimmingSpaces())
        if leading == 1 { snippet = String(ellipsis) + snippet }
        if end < whole.endIndex { snippet.append(ellipsis) }
        return (snippet, start..<end)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
