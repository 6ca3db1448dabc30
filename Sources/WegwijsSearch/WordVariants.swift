/// The forms one normalised word is indexed and looked up as: itself, and without
/// the parts a language joins to it (the Arabic article, Tigrinya prefixes and
/// suffixes). The index stores every form, a query word looks for every form, so
/// the two sides meet whichever form each used.
enum WordVariants {
    /// The extra form of `word` (UTF-8), if it has one: at most one applies, because a
    /// word is either Arabic or Ethiopic.
    static func reduced<Bytes: Collection<UInt8>>(_ word: Bytes) -> [UInt8]? {
        if let article = ArabicArticle.articleLength(word) { return Array(word.dropFirst(article)) }
        return TigrinyaAffixes.stem(word)
    }

    static func reduced(_ word: String) -> String? {
        reduced(word.utf8).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The word and its reduced form.
    static func all(_ word: String) -> [String] {
        if let reduced = reduced(word) { return [word, reduced] }
        return [word]
    }
}
