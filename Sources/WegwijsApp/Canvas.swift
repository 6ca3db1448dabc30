import WegwijsContent
import WegwijsText

/// Draws into an area of a frame in reading direction: "indent" counts from the area's
/// left edge in a left-to-right screen and from its right edge in a right-to-left one,
/// after a margin. A screen that splits the window draws each part through
/// `within(_:)`, with its own area (and direction, for a second language).
struct Canvas {
    var frame: Frame
    var area: Rect
    var direction: TextDirection
    var margin: Int
    let config: AppConfig

    init(frame: Frame, area: Rect? = nil, direction: TextDirection, margin: Int, config: AppConfig) {
        self.frame = frame
        self.area = area ?? Rect(x: 0, y: 0, width: frame.width, height: frame.height)
        self.direction = direction
        self.margin = margin
        self.config = config
    }

    var textWidth: Int { max(1, area.width - 2 * margin) }

    /// Draws `body` in `area` (and `direction`), then goes back to this canvas's own.
    mutating func within(_ area: Rect, direction: TextDirection? = nil, margin: Int? = nil, _ body: (inout Canvas) -> Void) {
        let saved = (self.area, self.direction, self.margin)
        self.area = area
        if let direction { self.direction = direction }
        if let margin { self.margin = margin }
        body(&self)
        (self.area, self.direction, self.margin) = saved
    }

    func x(for line: VisualLine, indent: Int, margin: Int? = nil) -> Int {
        let m = margin ?? self.margin
        return direction == .rightToLeft ? area.maxX - m - indent - line.width : area.x + m + indent
    }

    mutating func place(_ line: VisualLine, row: Int, indent: Int, style: Style, margin: Int? = nil) {
        frame.put(line, x: x(for: line, indent: indent, margin: margin), y: row, style: style)
    }

    /// Paints the rest of a row from `indent` on (the selection bar).
    mutating func paintLine(row: Int, indent: Int, style: Style) {
        if direction == .rightToLeft {
            frame.paint(row: row, from: area.x + margin, to: area.maxX - margin - indent, style: style)
        } else {
            frame.paint(row: row, from: area.x + margin + indent, to: area.maxX - margin, style: style)
        }
    }

    /// The selection marker in the margin at the start edge.
    mutating func marker(row: Int) {
        guard margin > 0 else { return }
        if direction == .rightToLeft {
            frame.put("‹", x: area.maxX - 1, y: row, style: .selected)
        } else {
            frame.put("›", x: area.x, y: row, style: .selected)
        }
    }

    /// A click anywhere on this row of the area does `action`.
    mutating func hotspot(row: Int, _ action: Action) {
        frame.hotspots.append(Hotspot(row: row, columns: area.columns, action: action))
    }

    mutating func text(_ text: String, row: Int, style: Style, margin: Int? = nil, truncate: Bool = false) {
        let width = area.width - 2 * (margin ?? self.margin)
        let line = TextLayout.singleLine(text, width: width, direction: direction, mode: config.bidiMode)
        frame.put(line, x: x(for: line, indent: 0, margin: margin), y: row, style: style)
    }

    /// A wrapped paragraph; returns the rows used.
    mutating func paragraph(_ text: String, row: Int, style: Style, maxRows: Int) -> Int {
        let lines = TextLayout.wrap(text, width: textWidth, direction: direction, mode: config.bidiMode).prefix(maxRows)
        for (i, line) in lines.enumerated() { place(line, row: row + i, indent: 0, style: style) }
        return lines.count
    }

    /// "↓ meer" at the end edge of a row.
    mutating func scrollHint(row: Int, up: Bool, content: ContentStore, language: String, overlay: Bool = false) {
        let text = (up ? "↑ " : "↓ ") + content.ui(.more, language)
        let line = TextLayout.singleLine(text, width: textWidth, direction: direction, mode: config.bidiMode)
        let x = direction == .rightToLeft ? area.x + margin : area.maxX - margin - line.width
        frame.put(line, x: x, y: row, style: .dim)
    }
}
