/// Arabic writes the article and some prepositions joined to the word: الطبيب "the
/// doctor", والتأمين "and the insurance", بالحافلة "by the bus". Someone typing طبيب must
/// find الطبيب, so the index stores such a word twice, with and without the prefix,
/// and a query word with a prefix also looks for the bare word. This is the prefix
/// step of Lucene's light Arabic stemmer, without the suffixes.
enum ArabicArticle {
    /// In UTF-8, normalised (ا for أ/إ/آ), longest first: وال, بال, كال, فال, ال, لل.
    private static let prefixes: [[UInt8]] = ["\u{0648}\u{0627}\u{0644}", "\u{0628}\u{0627}\u{0644}", "\u{0643}\u{0627}\u{0644}",
                                               "\u{0641}\u{0627}\u{0644}", "\u{0627}\u{0644}", "\u{0644}\u{0644}"].map { Array($0.utf8) }

    /// The word without its article prefix, or nil when it has none.
    static func stripped(_ word: String) -> String? {
        guard let length = articleLength(word.utf8) else { return nil }
        return String(decoding: word.utf8.dropFirst(length), as: UTF8.self)
    }

    /// How many UTF-8 bytes of the normalised `word` are an article prefix, or nil.
    /// At least three letters must remain (an Arabic root has three): الم "pain" is
    /// not ال + م. On bytes: it runs for every word at start-up.
    static func articleLength<Bytes: Collection<UInt8>>(_ word: Bytes) -> Int? {
        // Every prefix starts with an Arabic letter, whose UTF-8 lead byte is D8 or D9.
        guard let lead = word.first, lead == 0xD8 || lead == 0xD9 else { return nil }
        for prefix in prefixes where word.starts(with: prefix) {
            // Scalars are counted by their lead bytes (anything but 10xxxxxx).
            var letters = 0
            for byte in word.dropFirst(prefix.count) where byte & 0xC0 != 0x80 { letters += 1 }
            return letters >= 3 ? prefix.count : nil
        }
        return nil
    }

    /// The forms a normalised word is looked up as: itself, and without its article.
    static func variants(_ word: String) -> [String] {
        if let bare = stripped(word) { return [word, bare] }
        return [word]
    }
}
