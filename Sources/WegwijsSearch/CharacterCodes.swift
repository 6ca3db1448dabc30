/// A small integer for each distinct Character of the vocabulary, so that the edit
/// distance compares integers, not grapheme clusters.
struct CharacterCodes {
    /// A character no term has.
    static let unknown = UInt32.max

    // Single-scalar characters (nearly all, after normalisation) by scalar: hashing a
    // Character is slow. The rest (an emoji sequence, a letter with a combining mark
    // that has no precomposed form) by Character.
    private var codeOfScalar: [UInt32: UInt32] = [:]
    private var codeOfCluster: [Character: UInt32] = [:]

    /// The codes of `text`'s characters, giving new characters new codes.
    mutating func intern(_ text: String) -> [UInt32] {
        CharacterCodes.characters(of: text).map { character in
            switch character {
            case .scalar(let value):
                if let code = codeOfScalar[value] { return code }
                let code = nextCode
                codeOfScalar[value] = code
                return code
            case .cluster(let cluster):
                if let code = codeOfCluster[cluster] { return code }
                let code = nextCode
                codeOfCluster[cluster] = code
                return code
            }
        }
    }

    /// The codes of `text`'s characters; `unknown` for characters no term has.
    func lookUp(_ text: String) -> [UInt32] {
        CharacterCodes.characters(of: text).map { character in
            switch character {
            case .scalar(let value): return codeOfScalar[value] ?? CharacterCodes.unknown
            case .cluster(let cluster): return codeOfCluster[cluster] ?? CharacterCodes.unknown
            }
        }
    }

    private var nextCode: UInt32 { UInt32(codeOfScalar.count + codeOfCluster.count) }

    private enum Key {
        case scalar(UInt32)
        case cluster(Character)
    }

    private static func characters(of text: String) -> [Key] {
        if text.unicodeScalars.allSatisfy(isWholeCharacter) {
            return text.unicodeScalars.map { .scalar($0.value) }
        }
        return text.map { character in
            let scalars = character.unicodeScalars
            return scalars.count == 1 ? .scalar(scalars.first!.value) : .cluster(character)
        }
    }

    /// True for a scalar that is always a Character of its own, whatever its
    /// neighbours: the letters and digits of Latin, Cyrillic, Arabic and Ethiopic,
    /// without combining marks. A word of only these needs no grapheme breaking (slow).
    private static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x2FF, 0x0400...0x0482, 0x048A...0x052F, 0x0621...0x064A, 0x0660...0x066F, 0x0671...0x06D3,
             0x1200...0x135A, 0x1369...0x137C:
            return true
        default:
            return false
        }
    }
}
