@_spi(_Unicode) import Swift

/// Latin letters with diacritics folded to plain lower-case ASCII: é→e, ł→l, ß→ss, ĳ→ij.
/// A person at a kiosk often types without diacritics ("placa minimalna", "Lodz"), so
/// the index and the query both lose them.
///
/// Built once from the standard library's canonical decomposition (the `_Unicode` SPI,
/// as in WegwijsText's NFC) for Latin-1 Supplement, Latin Extended-A and -B and Latin
/// Extended Additional; letters that do not decompose (ł, ø, đ, ß, æ, ĳ) are listed.
enum LatinFolding {
    /// One slot per scalar in U+00C0–U+024F followed by U+1E00–U+1EFF. A slot holds up to
    /// two ASCII bytes (first in the low byte), or 0 when the letter has no plain form.
    static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: (0x024F - 0x00C0 + 1) + (0x1EFF - 0x1E00 + 1))
        for range in [UInt32(0x00C0)...0x024F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[slot(value)] = fold(scalar)
            }
        }
        return table
    }()

    static func slot(_ value: UInt32) -> Int {
        value < 0x1E00 ? Int(value - 0x00C0) : Int(value - 0x1E00) + (0x024F - 0x00C0 + 1)
    }

    /// Letters that canonical decomposition leaves alone.
    private static let undecomposable: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss",             // ß ẞ
        0x0141: "l", 0x0142: "l",               // Ł ł
        0x013F: "l", 0x0140: "l",               // Ŀ ŀ
        0x00D8: "o", 0x00F8: "o",               // Ø ø
        0x0110: "d", 0x0111: "d",               // Đ đ
        0x00D0: "d", 0x00F0: "d",               // Ð ð
        0x0126: "h", 0x0127: "h",               // Ħ ħ
        0x0166: "t", 0x0167: "t",               // Ŧ ŧ
        0x0131: "i",                            // ı
        0x00C6: "ae", 0x00E6: "ae",             // Æ æ
        0x0152: "oe", 0x0153: "oe",             // Œ œ
        0x0132: "ij", 0x0133: "ij",             // Ĳ ĳ
        0x00DE: "th", 0x00FE: "th",             // Þ þ
    ]

    private static func fold(_ scalar: Unicode.Scalar) -> UInt16 {
        if let plain = undecomposable[scalar.value] { return pack(plain) }
        // A base ASCII letter followed only by combining diacritics: keep the letter.
        var decomposed = String(Character(scalar))._nfd.makeIterator()
        guard let base = decomposed.next(), base.isASCII, base.properties.isAlphabetic else { return 0 }
        while let mark = decomposed.next() {
            guard mark.value >= 0x0300 && mark.value <= 0x036F else { return 0 }
        }
        return pack(String(base).lowercased())
    }

    private static func pack(_ ascii: String) -> UInt16 {
        let bytes = Array(ascii.utf8)
        return UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
    }
}
