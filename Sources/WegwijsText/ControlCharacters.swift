/// Control characters in content (reliability audit D10, D11): an ESC, a C1 control or
/// a bidi override in a topic or a translation could reset or retitle a volunteer's
/// terminal when printed by `wegwijs list`, write their clipboard (OSC 52), forge lines
/// in the kiosk log, or show "evil" as "live". The loader refuses them with file:line;
/// every output path strips or escapes them as a second line of defence.
public enum ControlCharacters {
    /// C0 controls other than tab and line ends, DEL, and C1 controls.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A || v == 0x0D { return false }
        return v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// The explicit bidi embeddings, overrides and isolates a text should not carry
    /// itself (the layout adds the isolates it needs).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The first forbidden control: its line (1-based), column and code point.
    public static func firstForbidden(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (line, column, scalar) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// The first bidi override or isolate: its line and code point.
    public static func firstBidiControl(in text: String) -> (line: Int, scalar: Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) { return (line, scalar) }
            if scalar == "\n" { line += 1 }
        }
        return nil
    }

    /// The text without forbidden controls and bidi overrides (line ends and tabs kept).
    public static func stripped(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { isForbidden($0) || isBidiControl($0) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) && !isBidiControl(scalar) { out.append(scalar) }
        return String(out)
    }

    /// One log line's worth: line ends and every control written as an escape (`\n`,
    /// `\u{1B}`), so nothing in a message can start a forged line or reach a terminal raw.
    public static func escapedForLog(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isForbidden(scalar) || isBidiControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
