/// Tigrinya joins prepositions, "and" and possessives to the word: ናብ ሓኪም "to the
/// doctor", ሓኪመይ "my doctor", ሞግዚትኩምን "and your guardian". Someone typing ሞግዚተይ
/// ("my guardian") must find ሞግዚት, so, as for the Arabic article, the index stores
/// such a word twice, as written and as its stem, and a query word also looks for its
/// stem.
///
/// The stem: at most one prefix (ካብ, ኣብ, ናብ, ምስ, ከም, ብ, ን), then "and" (-ን, -ውን) and
/// one possessive (-ይ, -ካ, -ኪ, -ና, -ኩም, -ኹም, -ክን, -ኽን) off the end; at least two
/// syllables stay. A suffix changes the vowel before it (ሞግዚት + ይ is written ሞግዚተይ),
/// so a word that lost a suffix has two stems: as left (ገዛይ → ገዛ, "house") and with
/// its last syllable in the sixth order (ሞግዚተይ → ሞግዚት). A word without affixes has
/// none: ስራ and ስሪ stay two words. Works on normalised words (after
/// `EthiopicFolding`), as UTF-8 bytes.
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

    /// The stems of a normalised word, the sixth-order one last; empty when the word has
    /// no affix or is not all Ethiopic syllables.
    static func stems<Bytes: Collection<UInt8>>(_ word: Bytes) -> [[UInt8]] {
        // Ethiopic syllables are three bytes in UTF-8, starting E1 88..E1 8D.
        guard word.count >= 3 * (minimumStem + 1), word.first == 0xE1 else { return [] }
        var syllables: [UInt32] = []
        syllables.reserveCapacity(word.count / 3)
        var bytes = word.makeIterator()
        while let lead = bytes.next() {
            guard lead == 0xE1, let second = bytes.next(), let third = bytes.next() else { return [] }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            guard EthiopicFolding.isSyllable(value) else { return [] }
            syllables.append(value)
        }
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
        let beforeSuffixes = stem.count
        strip(conjunctions, atEnd: true)
        strip(possessives, atEnd: true)
        guard stem.count < syllables.count else { return [] }
        var result = [utf8(stem)]
        if stem.count < beforeSuffixes, let last = stem.last, EthiopicFolding.sixthOrder(last) != last {
            stem[stem.endIndex - 1] = EthiopicFolding.sixthOrder(last)
            result.append(utf8(stem))
        }
        return result
    }

    private static func utf8(_ syllables: ArraySlice<UInt32>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(syllables.count * 3)
        for value in syllables { ScalarFolding.appendUTF8(value, to: &bytes) }
        return bytes
    }
}
