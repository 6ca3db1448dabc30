/// Numbers in parts, such as "0800-2000", "+31 70 333 5678" or "9:00-17:00", are read
/// left to right in every language, but the bidi algorithm alone breaks them up after an
/// Arabic letter: it makes their digits Arabic numbers (rule W2), and a "-" or space
/// between two Arabic numbers is a neutral that takes the paragraph's direction, so the
/// parts come out right to left ("2000-0800"). Wrapping such a number in a left-to-right
/// isolate (LRI ... PDI) keeps it whole and in order; like every bidi control, the
/// isolate is dropped after reordering.
enum NumberIsolation {
    private static let leftToRightIsolate: UInt32 = 0x2066
    private static let popDirectionalIsolate: UInt32 = 0x2069
    private static let plus: UInt32 = 0x2B
    private static let space: UInt32 = 0x20

    static func isolatingNumbers(in scalars: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count + 16)
        var i = 0
        while i < scalars.count {
            guard let end = numberEnd(scalars, from: i) else {
                result.append(scalars[i])
                i += 1
                continue
            }
            // A lone digit group is already one run; a number glued to a word ("5678km")
            // belongs to that word's run.
            let isolate = scalars[i..<end].contains { !isDigit($0) }
                && (end == scalars.count || !isWordPart(scalars[end]))
            if isolate { result.append(leftToRightIsolate) }
            result.append(contentsOf: scalars[i..<end])
            if isolate { result.append(popDirectionalIsolate) }
            i = end
        }
        return result
    }

    /// The end of the number starting at `start`: an optional "+", then digit groups
    /// joined by single separators. nil when none starts there, also when `start` is in
    /// the middle of a word or number (the "19" of "COVID-19").
    private static func numberEnd(_ scalars: [UInt32], from start: Int) -> Int? {
        var i = scalars[start] == plus ? start + 1 : start
        guard i < scalars.count, isDigit(scalars[i]) else { return nil }
        if start > 0 {
            let previous = scalars[start - 1]
            if isWordPart(previous) || (isSeparator(previous) && previous != space) || previous == plus { return nil }
        }
        while true {
            while i < scalars.count && isDigit(scalars[i]) { i += 1 }
            guard i + 1 < scalars.count, isSeparator(scalars[i]), isDigit(scalars[i + 1]) else { return i }
            i += 1
        }
    }

    private static func isDigit(_ scalar: UInt32) -> Bool { Digit.value(scalar) != nil }

    /// Space, hyphen, en dash, slash, full stop, comma, colon.
    private static func isSeparator(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x2D, 0x2013, 0x2F, 0x2E, 0x2C, 0x3A: return true
        default: return false
        }
    }

    /// Letters, marks, digits and format characters (joiners, bidi marks): a number next
    /// to one of these is part of something else.
    private static func isWordPart(_ scalar: UInt32) -> Bool {
        switch Unicode.Scalar(scalar).unsafelyUnwrapped.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber, .format:
            return true
        default:
            return false
        }
    }
}

extension TextLayout {
    /// The text with every number in parts in a left-to-right isolate (LRI ... PDI), as
    /// the terminal layout does it: for renderers that do their own bidi, such as the
    /// handouts' HTML ("0800-2000" after an Arabic word must not become "2000-0800").
    public static func isolatingNumbers(_ text: String) -> String {
        let isolated = NumberIsolation.isolatingNumbers(in: text.unicodeScalars.map(\.value))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: isolated.compactMap(Unicode.Scalar.init))
        return String(out)
    }
}

/// The digits Wegwijs' languages write numbers with.
public enum Digit {
    /// 0...9 for a European, Arabic-Indic or Eastern Arabic-Indic (Persian, Urdu)
    /// digit; nil for anything else.
    public static func value(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x30...0x39: return UInt8(scalar - 0x30)
        case 0x0660...0x0669: return UInt8(scalar - 0x0660)
        case 0x06F0...0x06F9: return UInt8(scalar - 0x06F0)
        default: return nil
        }
    }

    /// The runs of digits in UTF-8 text, written as ASCII ("٠٨٠٠-2000" gives 0800 and
    /// 2000). Byte by byte, because it runs on every translation at start-up: the
    /// three digit sets above are 0x30...0x39, D9 A0...A9 and DB B0...B9 in UTF-8.
    public static func runs(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var runs: Set<String> = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var digit: UInt8?
            if byte >= 0x30 && byte <= 0x39 {
                digit = byte - 0x30
            } else if (byte == 0xD9 || byte == 0xDB) && index + 1 < bytes.count {
                let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                if let value = value(scalar) {
                    digit = value
                    index += 1
                }
            }
            if let digit {
                current.append(0x30 + digit)
            } else if !current.isEmpty {
                runs.insert(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            index += 1
        }
        if !current.isEmpty { runs.insert(String(decoding: current, as: UTF8.self)) }
        return runs
    }
}
