extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. The standard
    /// library's `contains(_: some StringProtocol)` searches Characters and is several
    /// times slower; it runs for every PO entry at start-up. (Foundation's version came
    /// in through Yams until issue 10 removed both.)
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard pattern.count <= text.count else { return false }
                var index = 0
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count && text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
