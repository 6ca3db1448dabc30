/// The forms one normalised word is indexed and looked up as: itself, and without
/// the parts a language joins to it (the Arabic article, Tigrinya prefixes and
/// suffixes). The index stores every form, a query word looks for every form, so
/// the two sides meet whichever form each used.
enum WordVariants {
    /// The other forms of `word` (UTF-8), if it has any. A word is either Arabic or
    /// Ethiopic, so at most one language's rule applies.
    static func reduced<Bytes: Collection<UInt8>>(_ word: Bytes) -> [[UInt8]] {
        if let article = ArabicArticle.articleLength(word) { return [Array(word.dropFirst(article))] }
        return TigrinyaAffixes.stems(word)
    }

    static func reduced(_ word: String) -> [String] {
        reduced(word.utf8).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The word and its other forms.
    static func all(_ word: String) -> [String] {
        [word] + reduced(word)
    }

    /// The one form that stands for the word in a phrase (`KeywordPhrases`): the most
    /// reduced one.
    static func canonical(_ word: String) -> String {
        reduced(word).last ?? word
    }
}
