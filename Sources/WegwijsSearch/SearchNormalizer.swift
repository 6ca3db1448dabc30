import WegwijsText

/// One normalisation for the index and for every query, so that what a person types
/// and what the content says meet in the same form:
///
/// - NFC first, so precomposed and decomposed input are one text;
/// - lower case; Latin diacritics folded (é→e, ł→l, ß→ss, ĳ→ij);
/// - Arabic as Lucene's ArabicNormalizer: tatweel and harakat removed, آ أ إ → ا,
///   ى → ي, ة → ه; Arabic-Indic digits become 0-9;
/// - apostrophes inside a word (Ukrainian сім’я, сімʼя, сім'я; Dutch auto's) removed, so
///   every variant is one word; the stress mark U+0301 dropped; Cyrillic letters
///   (ґ, ї, й) kept as they are;
/// - Ethiopic: Tigrinya's interchangeable letters folded (ሐ→ሓ, ሠ→ሰ, ፀ→ጸ, አ→ኣ:
///   `EthiopicFolding`); prefixes and suffixes are `TigrinyaAffixes`' job, not this.
///
/// Words are runs of letters, marks and digits; invisible format characters (soft
/// hyphen, RTL marks, zero-width joiners) neither split nor join a word.
public enum SearchNormalizer {
    /// The normalised words of `text`, separated by single spaces. This is what the
    /// index stores and what a query is compared with.
    public static func normalize(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The normalised words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: NFC.normalize(text)) { _, word in
            result.append(word)
            return true
        }
        return result
    }

    /// Each word of `text` with where it stands in `text` itself (not normalised),
    /// for snippets and highlighting. `text` should be NFC already (content is, after
    /// loading); the words are exactly those `words(_:)` returns for it.
    public static func wordSpans(_ text: String) -> [(range: Range<String.Index>, word: String)] {
        var result: [(range: Range<String.Index>, word: String)] = []
        forEachWord(in: text) { offsets, word in
            result.append((text.utf8Range(offsets), word))
            return true
        }
        return result
    }

    /// The one word splitter behind `words` and `wordSpans`, so both always agree.
    /// Gives each word with its UTF-8 offsets in `text`; stops when `body` returns false.
    /// Decodes UTF-8 itself and writes the normalised word as UTF-8: it runs over all
    /// content at start-up, and String's scalar view costs several times more.
    static func forEachWord(in text: String, _ body: (Range<Int>, String) -> Bool) {
        forEachWordUTF8(in: text) { offsets, word in body(offsets, String(decoding: word, as: UTF8.self)) }
    }

    /// `forEachWord` giving each normalised word as UTF-8 (valid only during the call),
    /// for indexing, which needs no String per word.
    static func forEachWordUTF8(in text: String, _ body: (Range<Int>, [UInt8]) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(64)
            var wordStart = -1
            var wordEnd = 0
            var pendingApostrophe = false
            var stopped = false

            func finishWord() {
                if wordStart >= 0 && !word.isEmpty {
                    stopped = !body(wordStart..<wordEnd, word)
                }
                word.removeAll(keepingCapacity: true)
                wordStart = -1
                pendingApostrophe = false
            }

            var index = 0
            while index < bytes.count && !stopped {
                let (scalar, length) = decodeScalar(bytes, at: index)
                let next = index + length
                switch ScalarFolding.role(of: scalar) {
                case .wordCharacter:
                    // An apostrophe between two word characters joins them and disappears.
                    pendingApostrophe = false
                    if wordStart < 0 { wordStart = index }
                    ScalarFolding.appendFolded(scalar, to: &word)
                    wordEnd = next
                case .ignorable:
                    // Inside a word it stays part of the span; it never splits the word.
                    if wordStart >= 0 && !pendingApostrophe { wordEnd = next }
                case .apostrophe:
                    if wordStart >= 0 && !pendingApostrophe {
                        pendingApostrophe = true
                    } else {
                        finishWord()
                    }
                case .separator:
                    finishWord()
                }
                index = next
            }
            if !stopped { finishWord() }
        }
    }

    /// The scalar starting at `index` of valid UTF-8 (a Swift string's), and its length.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80:
            return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

extension String {
    /// The range of `self` at these UTF-8 offsets (which lie on scalar boundaries).
    func utf8Range(_ offsets: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        return start..<utf8.index(start, offsetBy: offsets.count)
    }
}
