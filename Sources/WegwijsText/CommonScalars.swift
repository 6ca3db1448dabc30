/// The properties layout needs of every scalar below U+2100 (Latin, Greek, Cyrillic,
/// Arabic, Ethiopic, punctuation: nearly all the text Wegwijs shows), looked up in
/// Unicode's tables once (under a millisecond), then read from an array. The
/// property lookups are otherwise the hot spot of layout.
enum CommonScalars {
    static let limit: UInt32 = 0x2100

    /// `DisplayWidth.of(_:)`; `value` must be below `limit`.
    static func width(_ value: UInt32) -> Int {
        Int(table[Int(value)] & widthBits)
    }

    /// `DisplayWidth.isInvisibleControl(_:)`; `value` must be below `limit`.
    static func isInvisible(_ value: UInt32) -> Bool {
        table[Int(value)] & invisibleBit != 0
    }

    /// Whether the scalar is its own grapheme cluster when its neighbours are too: true
    /// for letters, digits, punctuation; false for marks, joiners, controls, Hangul jamo.
    static func standsAlone(_ value: UInt32) -> Bool {
        value < limit && table[Int(value)] & standsAloneBit != 0
    }

    private static let widthBits: UInt8 = 0b0011
    private static let invisibleBit: UInt8 = 0b0100
    private static let standsAloneBit: UInt8 = 0b1000

    private static let table: [UInt8] = (0..<limit).map { value in
        let scalar = Unicode.Scalar(value)! // no surrogates below U+D800
        let category = scalar.properties.generalCategory
        return UInt8(DisplayWidth.lookUpWidth(scalar, category))
            | (DisplayWidth.lookUpInvisible(scalar, category) ? invisibleBit : 0)
            | (lookUpStandsAlone(scalar, category) ? standsAloneBit : 0)
    }

    /// Grapheme_Cluster_Break=Other, conservatively: a cluster boundary lies between any
    /// two such scalars (UAX #29, GB999). Left out: controls and format characters
    /// (Control, ZWJ, Prepend concatenation marks), marks (Extend, SpacingMark), the
    /// Thai and Lao AM vowels (SpacingMark), the Malayalam dot reph (Prepend) and Hangul
    /// jamo (L, V, T). Below `limit` every Grapheme_Extend scalar is a mark or a format
    /// character, so the category tells Extend apart (a test checks this).
    private static func lookUpStandsAlone(_ scalar: Unicode.Scalar, _ category: Unicode.GeneralCategory) -> Bool {
        switch scalar.value {
        case 0x0D4E, 0x0E33, 0x0EB3, 0x1100...0x11FF: return false
        default: break
        }
        switch category {
        case .control, .format, .lineSeparator, .paragraphSeparator,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return false
        default:
            return true
        }
    }
}
