/// Tigrinya spelling variants, folded on the index and the query side alike.
///
/// Tigrinya writers choose freely between letters that sound the same today: ሐ/ሓ
/// (ሐኪም and ሓኪም are one word, "doctor"), ሀ/ሃ/ኀ, ሰ/ሠ, ጸ/ፀ, አ/ኣ, ዐ/ዓ. The laryngeal rows
/// (ሀ ሐ ኀ አ ዐ) sound alike in their first and fourth order, so the first order is
/// written as the fourth; the old rows ኀ, ሠ and ፀ become ሀ, ሰ and ጸ, order kept.
/// Ethiopic is laid out in rows of eight: a syllable's order is its offset in the row.
enum EthiopicFolding {
    /// The syllable `value` is written as, for search.
    static func folded(_ value: UInt32) -> UInt32 {
        var value = value
        switch value {
        case 0x1280...0x128D: value -= 0x80        // ኀ row (with its labialised forms) → ሀ row
        case 0x1220...0x1227: value += 0x10        // ሠ row → ሰ row
        case 0x1340...0x1347: value -= 0x08        // ፀ row → ጸ row
        default: break
        }
        switch value {
        case 0x1200, 0x1210, 0x12A0, 0x12D0:       // ሀ ሐ አ ዐ → ሃ ሓ ኣ ዓ
            return value + 3
        default:
            return value
        }
    }

    /// True for the syllables of the main Ethiopic block, which are in rows of eight.
    static func isSyllable(_ value: UInt32) -> Bool { value >= 0x1200 && value <= 0x135A }

    /// The sixth-order form of a syllable (the consonant without a vowel, or with ə):
    /// መ → ም, ተ → ት. Labialised forms (the eighth of a row) stay as they are.
    static func sixthOrder(_ value: UInt32) -> UInt32 {
        guard isSyllable(value), value & 7 != 7 else { return value }
        return (value & ~7) + 5
    }
}
