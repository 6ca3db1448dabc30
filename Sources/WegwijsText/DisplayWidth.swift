/// How many terminal cells text takes, the way xterm, tmux, foot and the Linux
/// console count them (wcwidth semantics): combining marks and format characters take
/// none, East Asian wide and fullwidth characters two, everything else one.
///
/// Written here rather than calling glibc's `wcwidth` because that depends on the
/// process locale (under LANG=C it answers -1 for every non-ASCII character) and the
/// pure core must give the same answer in tests and at the kiosk.
public enum DisplayWidth {
    /// Cells taken by one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < CommonScalars.limit { return CommonScalars.width(v) }
        // Arabic presentation forms: most of a shaped Arabic line.
        if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) { return 1 }
        return lookUpWidth(scalar, scalar.properties.generalCategory)
    }

    /// Cells taken by one grapheme cluster: the sum of its scalars. Terminals advance
    /// the cursor per code point (wcwidth), not per cluster: marks add nothing, but an
    /// emoji ZWJ sequence or a Devanagari conjunct takes the cells of every spacing part.
    public static func of(_ character: Character) -> Int {
        of(character.unicodeScalars)
    }

    /// Cells taken by a string. Clusters do not matter (see `of(_: Character)`), so this
    /// walks the scalars directly.
    public static func of(_ text: String) -> Int {
        of(text.unicodeScalars)
    }

    static func of<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Int {
        var width = 0
        for scalar in scalars { width += of(scalar) }
        return width
    }

    /// Scalars that never take a cell: combining marks, format and control characters,
    /// Hangul medial vowels and final consonants.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        of(scalar) == 0
    }

    /// Characters that must never reach the screen: C0/C1 controls, bidi controls and
    /// other zero-width format characters (they are used for layout, then dropped).
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < CommonScalars.limit { return CommonScalars.isInvisible(v) }
        return lookUpInvisible(scalar, scalar.properties.generalCategory)
    }

    /// The width from Unicode's properties. The caller passes the scalar's general
    /// category in, so that it is looked up (the expensive part) once.
    static func lookUpWidth(_ scalar: Unicode.Scalar, _ category: Unicode.GeneralCategory) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        switch category {
        case .nonspacingMark, .enclosingMark, .control: return 0
        // Terminals draw a soft hyphen; sanitising strips it before it gets there.
        case .format: return v == 0xAD ? 1 : 0
        default: return isWide(v) ? 2 : 1
        }
    }

    /// Controls, and format characters (soft hyphen, BOM, bidi controls, joiners).
    static func lookUpInvisible(_ scalar: Unicode.Scalar, _ category: Unicode.GeneralCategory) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return true }
        return category == .format
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.0 { high = mid - 1 } else if v > range.1 { low = mid + 1 } else { return true }
        }
        return false
    }

    static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
        (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
        (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1), (0x17000, 0x18CFF),
        (0x18D00, 0x18D08), (0x1AFF0, 0x1AFFE), (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F200, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0),
        (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC),
        (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
        (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF),
        (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0),
        (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF),
        (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]
}
