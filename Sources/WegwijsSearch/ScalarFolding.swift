/// The per-character rules of `SearchNormalizer`: what a scalar is to the word
/// splitter, and what it becomes in a normalised word.
enum ScalarFolding {
    enum Role {
        /// A letter, digit or mark that belongs to a word.
        case wordCharacter
        /// Neither splits nor shows: format characters (soft hyphen, RTL marks, zero-width
        /// joiners), tatweel, harakat and the stress mark.
        case ignorable
        /// Joins two word characters (сім’я) and disappears; elsewhere it separates.
        case apostrophe
        case separator
    }

    static func role(of scalar: Unicode.Scalar) -> Role {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordCharacter
            case 0x27, 0x60: return .apostrophe    // ' and `, both typed for the Ukrainian apostrophe
            default: return .separator
            }
        }
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x02B9, 0x00B4:   // ’ ‘ ʼ ʹ ´
            return .apostrophe
        case 0x0300...0x036F,                          // combining diacritics, among them the stress mark U+0301
             0x0640,                                   // tatweel
             0x064B...0x0652, 0x0670:                  // harakat, superscript alef
            return .ignorable
        case 0x200B, 0x3000:                           // zero-width space and ideographic space separate words
            return .separator
        // The scripts of the content, without a Unicode table look-up: this runs for
        // every character at start-up.
        case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x024F,   // Latin letters, without × and ÷
             0x0400...0x052F,                                     // Cyrillic, with its combining marks
             0x0621...0x063A, 0x0641...0x064A, 0x0653...0x0669, 0x066E...0x06D3,  // Arabic letters, marks, digits
             0x1200...0x135F, 0x1369...0x137C:                    // Ethiopic syllables, marks, numbers
            return .wordCharacter
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4,     // Arabic punctuation
             0x1360...0x1368,                                     // Ethiopic punctuation (፡ ። ፣ ...)
             0x2010...0x2017, 0x201A...0x2027:                    // dashes, quotes, bullets, ellipsis
            return .separator
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return .wordCharacter
        case .format:
            return .ignorable
        default:
            return .separator
        }
    }

    /// Appends the normalised form of a word character as UTF-8.
    static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            word.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            return
        }
        switch value {
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            let folded = LatinFolding.table[LatinFolding.slot(value)]
            if folded != 0 {
                word.append(UInt8(folded & 0xFF))
                if folded > 0xFF { word.append(UInt8(folded >> 8)) }
                return
            }
        case 0x0622, 0x0623, 0x0625, 0x0671:           // آ أ إ ٱ → ا
            appendUTF8(0x0627, to: &word)
            return
        case 0x0649:                                   // ى → ي
            appendUTF8(0x064A, to: &word)
            return
        case 0x0629:                                   // ة → ه
            appendUTF8(0x0647, to: &word)
            return
        case 0x0660...0x0669:                          // Arabic-Indic digits: ١١٢ is 112
            word.append(UInt8(0x30 + value - 0x0660))
            return
        case 0x06F0...0x06F9:                          // Extended Arabic-Indic (Persian, Urdu) digits
            word.append(UInt8(0x30 + value - 0x06F0))
            return
        case 0x0410...0x042F:                          // Cyrillic А-Я, the common case, without a table lookup
            appendUTF8(value + 0x20, to: &word)
            return
        case 0x1200...0x139F:                          // Ethiopic: no case, but spelling variants
            appendUTF8(EthiopicFolding.folded(value), to: &word)
            return
        case 0x0430...0x045F, 0x0491, 0x0600...0x06FF:
            appendUTF8(value, to: &word)               // already lower case, or a script without case
            return
        default:
            break
        }
        if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if lower.value >= 0x0300 && lower.value <= 0x036F { continue }   // İ → i, not i + dot
                appendUTF8(lower.value, to: &word)
            }
        } else {
            appendUTF8(value, to: &word)
        }
    }

    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
