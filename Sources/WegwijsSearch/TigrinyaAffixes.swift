/// Tigrinya joins prepositions, "and" and possessives to the word: ናብ ሓኪም "to the
/// doctor", ሓኪመይ "my doctor", ሞግዚትኩምን "and your guardian". Someone typing ሞግዚተይ
/// ("my guardian") must find ሞግዚት, so, as for the Arabic article, the index stores
/// such a word twice, as written and as its stem, and a query word also looks for its
/// stem.
///
/// The stem: at most one prefix (ካብ, ኣብ, ናብ, ምስ, ከም, ብ, ን), then "and" (-ን, -ውን) and
/// one possessive (-ይ, -ካ, -ኪ, -ና, -ኩም, -ኹም, -ክን, -ኽን) off the end, then the last
/// syllable in its sixth order: a suffix changes the vowel before it (ሞግዚት + ይ is
/// written ሞግዚተይ), so ሞግዚተ and ሞግዚት must meet. The last syllable is folded whether a
/// suffix was found or not, so both sides always agree. At least two syllables stay.
/// Works on normalised words (after `EthiopicFolding`), as UTF-8 bytes.
enum TigrinyaAffixes {
    private static let prefixes: [[UInt32]] = [
        [0x12AB, 0x1265], [0x12A3, 0x1265], [0x1293, 0x1265],   // ካብ ኣብ ናብ
        [0x121D, 0x1235], [0x12A8, 0x121D],                      // ምስ ከም
        [0x1265], [0x1295],                                      // ብ ን
    ]
    private static let conjunctions: [[UInt32]] = [[0x12CD, 0x1295], [0x1295]]   // ውን ን
    private static let possessives: [[UInt32]] = [
        [0x12A9, 0x121D], [0x12B9, 0x121D], [0x12AD, 0x1295], [0x12BD, 0x1295],   // ኩም ኹም ክን ኽን
        [0x12ED], [0x12AB], [0x12AA], [0x1293],                                    // ይ ካ ኪ ና
    ]
    private static let minimumStem = 2

    /// The stem of a normalised word, or nil when it is the word itself or the word is
    /// not all Ethiopic syllables.
    static func stem<Bytes: Collection<UInt8>>(_ word: Bytes) -> [UInt8]? {
        // Ethiopic syllables are three bytes in UTF-8, starting E1 88..E1 8D.
        guard word.count >= 3 * minimumStem, word.first == 0xE1 else { return nil }
        var syllables: [UInt32] = []
        syllables.reserveCapacity(word.count / 3)
        var bytes = word.makeIterator()
        while let lead = bytes.next() {
            guard lead == 0xE1, let second = bytes.next(), let third = bytes.next() else { return nil }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            guard EthiopicFolding.isSyllable(value) else { return nil }
            syllables.append(value)
        }
        let original = syllables
        var stem = ArraySlice(syllables)
        func strip(_ affixes: [[UInt32]], atEnd: Bool) {
            for affix in affixes where stem.count >= affix.count + minimumStem {
                if atEnd ? stem.reversed().starts(with: affix.reversed()) : stem.starts(with: affix) {
                    stem = atEnd ? stem.dropLast(affix.count) : stem.dropFirst(affix.count)
                    return
                }
            }
        }
        strip(prefixes, atEnd: false)
        strip(conjunctions, atEnd: true)
        strip(possessives, atEnd: true)
        var result = Array(stem)
        result[result.count - 1] = EthiopicFolding.sixthOrder(result[result.count - 1])
        guard result != original else { return nil }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(result.count * 3)
        for value in result { ScalarFolding.appendUTF8(value, to: &utf8) }
        return utf8
    }

    static func stem(_ word: String) -> String? {
        stem(word.utf8).map { String(decoding: $0, as: UTF8.self) }
    }
}
