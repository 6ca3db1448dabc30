/// The writing system of a normalised word, for its typo budget.
public enum WordScript: Equatable, Sendable {
    /// Latin and Cyrillic: alphabets that write every vowel.
    case alphabetic
    /// Arabic script: short vowels are not written.
    case arabic
    /// Ethiopic (Tigrinya): one character is a whole syllable.
    case ethiopic
    /// Contains a digit: a phone number, a year, "112".
    case numeric

    public init(of word: String) {
        var script = WordScript.alphabetic
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39:
                self = .numeric
                return
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                script = .arabic
            case 0x1200...0x139F, 0x2D80...0x2DDF, 0xAB00...0xAB2F:
                script = .ethiopic
            default:
                continue
            }
        }
        self = script
    }
}

/// How many edits (Damerau-Levenshtein, in characters after normalisation) a query
/// word may be away from a word in the index and still find it.
public enum TypoBudget {
    public static func edits(for word: String) -> Int {
        edits(length: word.count, script: WordScript(of: word))
    }

    public static func edits(length: Int, script: WordScript) -> Int {
        switch script {
        case .alphabetic:
            // Typesense's defaults: a short Latin or Cyrillic word changed in one letter
            // is usually another word ("bus"/"bus"), a long one rarely is.
            return length >= 7 ? 2 : length >= 4 ? 1 : 0
        case .arabic:
            // Unvowelled Arabic is about a third shorter than the same word in Latin
            // letters (طبيب is "tabib", تامين is "ta'min"), so the second edit comes
            // earlier: from 6 characters instead of 7. The first edit still waits for 4
            // characters: a bare three-letter root changed in one letter is almost
            // always another root (عمل work, علم science, امل hope).
            return length >= 6 ? 2 : length >= 4 ? 1 : 0
        case .ethiopic:
            // One Ethiopic character is a consonant and a vowel, about two Latin letters,
            // and the usual typo is a wrong vowel: one character. A three-syllable word
            // (ቋንቋ, ሓኪም) is about as long as a six-letter Latin word, so it gets one
            // edit; two syllables stay exact, because one changed syllable there leaves
            // too little of the word; two edits from six syllables.
            return length >= 6 ? 2 : length >= 3 ? 1 : 0
        case .numeric:
            // 112 and 113, 0800-2000 and 0800-7000 are different numbers.
            return 0
        }
    }
}
