/// A topic's keywords as whole phrases ("طبيب", "طبيب أسنان", "ሓኪም ስኒ"), for telling
/// the topic that a word names from the topics that only use it: طبيب is a keyword of
/// the GP on its own, and of the dentist only inside طبيب أسنان. A query that is
/// exactly one of a topic's keywords (its content words, in their reduced forms, in
/// order) says what the translators called the topic, and ranks it first.
enum KeywordPhrases {
    /// Keyword lists are written "a, b, c"; Arabic translators also use "،" and "؛".
    private static let separators: Set<Character> = [",", "،", ";", "؛", "\n"]

    /// The phrase keys of one keywords text.
    static func keys(ofKeywords text: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).compactMap { keyword in
            let key = self.key(SearchNormalizer.words(String(keyword)))
            return key.isEmpty ? nil : key
        }
    }

    /// The key of normalised words: each in its reduced form (no Arabic article, the
    /// Tigrinya stem), so الطبيب and طبيب, ሓኪመይ and ሓኪም are one phrase.
    static func key(_ words: [String]) -> String {
        words.map(WordVariants.canonical).joined(separator: " ")
    }
}
