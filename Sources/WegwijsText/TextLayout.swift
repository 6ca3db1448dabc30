/// The direction a paragraph or a screen is read in.
public enum TextDirection: String, Sendable, Equatable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// One line as it goes on the screen: `text` is in visual order (the first character
/// is the leftmost cell), `width` its width in cells.
public struct VisualLine: Equatable, Sendable {
    public var text: String
    public var width: Int

    public init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    public static let empty = VisualLine(text: "", width: 0)
}

/// Breaks paragraphs into lines by display width and puts each line in visual order.
///
/// Lines break at spaces; inside a word only when the word is longer than the line,
/// and never inside a grapheme cluster. Control and format characters never reach the
/// result.
public enum TextLayout {
    /// Wrap `paragraph` (logical order) into visual lines at most `width` cells wide.
    public static func wrap(_ paragraph: String, width: Int, direction: TextDirection) -> [VisualLine] {
        guard width > 0 else { return [] }
        let logicalLines = breakLines(sanitize(paragraph), width: width)
        return logicalLines.map { Bidi.visualLine($0, baseDirection: direction) }
    }

    /// One line of at most `width` cells; cut at a grapheme boundary with "…" when it
    /// does not fit.
    public static func singleLine(_ text: String, width: Int, direction: TextDirection) -> VisualLine {
        guard width > 0 else { return .empty }
        let clean = sanitize(text)
        if DisplayWidth.of(clean) <= width { return Bidi.visualLine(clean, baseDirection: direction) }
        var result = ""
        var used = 0
        for character in clean {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return Bidi.visualLine(result + "…", baseDirection: direction)
    }

    /// Drops characters that must never reach a terminal cell (controls, soft hyphens,
    /// BOM) and turns tabs and newlines into spaces. Bidi and joining controls are kept:
    /// the bidi step uses them and drops them after.
    public static func sanitize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x200C, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: scalars.append(scalar)
            default:
                if DisplayWidth.isInvisibleControl(scalar) { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Greedy line breaking in logical order: words separated by spaces, a word longer
    /// than the line broken at grapheme boundaries.
    static func breakLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if wordWidth > width {
                // Break the long word: fill the current line first, then whole lines.
                if currentWidth > 0 {
                    if currentWidth + 1 < width {
                        current += " "
                        currentWidth += 1
                    } else {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                }
                for character in word {
                    let w = DisplayWidth.of(character)
                    if currentWidth + w > width {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                    current.append(character)
                    currentWidth += w
                }
                continue
            }
            if currentWidth == 0 {
                current = String(word)
                currentWidth = wordWidth
            } else if currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
            } else {
                lines.append(current)
                current = String(word)
                currentWidth = wordWidth
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

/// Puts one logical line into visual order for a terminal that does no bidi itself.
/// This first version keeps the logical order and only removes the bidi controls;
/// reordering and Arabic shaping (libfribidi) come with the RTL work.
public enum Bidi {
    public static func visualLine(_ logical: String, baseDirection: TextDirection) -> VisualLine {
        var scalars = String.UnicodeScalarView()
        for scalar in logical.unicodeScalars where !DisplayWidth.isInvisibleControl(scalar) {
            scalars.append(scalar)
        }
        let text = String(scalars)
        return VisualLine(text: text, width: DisplayWidth.of(text))
    }
}
