/// The direction a paragraph or a screen is read in.
public enum TextDirection: String, Sendable, Equatable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// Who puts right-to-left text in visual order and shapes Arabic.
public enum BidiMode: String, Sendable {
    /// This module does (xterm, foot, kitty, tmux: terminals that only fill cells).
    case app
    /// The terminal does (Konsole, mlterm): lines stay in logical order and unshaped,
    /// and are only broken, sanitised and measured here.
    case terminal
}

/// One line as it goes on the screen: `text` is in visual order (the first character
/// is the leftmost cell; in `BidiMode.terminal`, logical order), `width` its width in cells.
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
/// result. A grapheme cluster wider than the whole line (a wide character on a
/// one-cell line) cannot be shown and is left out.
public enum TextLayout {
    /// Wrap `paragraph` (logical order) into lines at most `width` cells wide. Runs of
    /// spaces, tabs and newlines become single spaces; the spaces lines break at are dropped.
    public static func wrap(
        _ paragraph: String, width: Int, direction: TextDirection, mode: BidiMode = .app
    ) -> [VisualLine] {
        guard width > 0 else { return [] }
        let text = LogicalText(paragraph, collapsingSpaces: true, direction: direction, mode: mode)
        var layout = ParagraphLayout(text, direction: direction, maxClusterWidth: width)
        return layout.breakLines(width: width).map { layout.line($0) }
    }

    /// One line of at most `width` cells: when the text does not fit, it is cut at a
    /// grapheme boundary and "…" put at its logical end (for right-to-left text that
    /// is the left end of the line).
    public static func singleLine(
        _ text: String, width: Int, direction: TextDirection, mode: BidiMode = .app
    ) -> VisualLine {
        guard width > 0 else { return .empty }
        let logical = LogicalText(text, collapsingSpaces: false, direction: direction, mode: mode)
        var layout = ParagraphLayout(logical, direction: direction, maxClusterWidth: width)
        let whole = layout.wholeLine
        if whole.width <= width { return layout.line(whole) }
        // Widths are measured after shaping, so the cut keeps a lam-alef ligature whole.
        let cut = layout.truncated(toWidth: width - 1, appending: "…")
        var truncated = ParagraphLayout(cut, direction: direction, maxClusterWidth: width)
        return truncated.line(truncated.wholeLine)
    }

    /// Drops characters that must never reach a terminal cell (controls, soft hyphens,
    /// BOM, zero-width spaces) and turns tabs and line breaks into spaces. Bidi and
    /// joining controls are kept: the bidi step uses them and drops them after.
    public static func sanitize(_ text: String) -> String {
        let clean = sanitizedScalars(text, collapsingSpaces: false)
        return String(scalarValues: clean, maxCount: clean.count)
    }

    /// The direction of the first strong character (rule P2 of the bidi algorithm,
    /// skipping isolates), or nil when the text has none (digits, punctuation only).
    public static func detectDirection(_ text: String) -> TextDirection? {
        BidiParagraph.firstStrongDirection(text.unicodeScalars.map(\.value))
    }
}

/// Puts one logical line into visual order, for text that is never wrapped.
public enum Bidi {
    /// The line reordered and shaped for `baseDirection` (in `.app` mode), sanitised and
    /// measured; not cut to any width.
    public static func visualLine(
        _ logical: String, baseDirection: TextDirection, mode: BidiMode = .app
    ) -> VisualLine {
        let text = LogicalText(logical, collapsingSpaces: false, direction: baseDirection, mode: mode)
        var layout = ParagraphLayout(text, direction: baseDirection, maxClusterWidth: .max)
        return layout.line(layout.wholeLine)
    }
}
