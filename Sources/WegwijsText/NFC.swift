@_spi(_Unicode) import Swift

/// Unicode Normalization Form C, for all text at load time and every search query, so
/// that "ó" typed decomposed and "ó" stored precomposed measure and compare alike.
///
/// Uses the standard library's own normaliser (the one String comparison is built on),
/// reached through its `_Unicode` SPI. Foundation's `precomposedStringWithCanonicalMapping`
/// goes through CoreFoundation and ICU: it cost an eighth of Wegwijs' start-up time
/// and pulls ICU into memory. If a future toolchain drops the SPI, this is the one
/// place to change.
public enum NFC {
    public static func normalize(_ text: String) -> String {
        if isCertainlyNFC(text) { return text }
        // Line by line: a line break never composes with anything, so this gives the
        // same result, and only the few lines that need it (Arabic with harakat) pay.
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var first = true
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            if !first { result.append("\n") }
            first = false
            if isCertainlyNFC(line) {
                result += line
            } else {
                var scalars = String.UnicodeScalarView()
                for scalar in String(line)._nfc { scalars.append(scalar) }
                result += String(scalars)
            }
        }
        return result
    }

    /// True when no scalar can change under NFC: every scalar lies in a range that
    /// holds neither combining marks nor characters with NFC_Quick_Check No or Maybe.
    /// Anything else takes the full path, which is always right. Plain range checks:
    /// this runs over every byte of content at start-up.
    static func isCertainlyNFC<S: StringProtocol>(_ text: S) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 { continue }
            switch v {
            case 0x0400...0x0482, 0x048A...0x052F,              // Cyrillic without its combining marks
                 0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5, 0x06EE...0x06FF, // Arabic letters, no harakat
                 0x1200...0x135C, 0x1360...0x139F,              // Ethiopic without its combining marks
                 0x2002...0x206F, 0x20A0...0x20CF,              // punctuation, currency (U+2000/U+2001 are singletons)
                 0x2190...0x21FF, 0x2500...0x25FF,              // arrows, box drawing, shapes
                 0xFB50...0xFDFF, 0xFE70...0xFEFF:              // Arabic presentation forms, BOM
                continue
            default:
                return false
            }
        }
        return true
    }
}
