import WegwijsText

/// What a cell means, not how it looks: the terminal backend maps styles to colours
/// where the terminal has them and to bold/reverse/underline where it does not.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal, header, title, heading, selected, dim, note, keybar, key, number, link, warning
    /// The search screen: the query field, the cell the next character goes in, and
    /// the words of a result that matched.
    case input, cursor, highlight
}

public struct Cell: Equatable, Sendable {
    /// One grapheme cluster, or "" for the second cell of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
}

/// A clickable area: a mouse click or touch in it does `action`.
public struct Hotspot: Equatable, Sendable {
    public var row: Int
    public var columns: Range<Int>
    public var action: Action
}

/// The whole screen as a grid of cells: what `view` returns and the terminal draws.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public var hotspots: [Hotspot] = []
    /// Where the terminal shows its cursor (the query line); nil hides it.
    public var cursor: Position?

    public struct Position: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// The text of each row, trailing spaces removed: what golden tests compare and
    /// what `tmux capture-pane -p` shows.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for cell in row(y) { line += cell.text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The action under a click at (column, row), if any.
    public func action(atColumn x: Int, row y: Int) -> Action? {
        hotspots.last { $0.row == y && $0.columns.contains(x) }?.action
    }

    /// Blanks a whole row in a style (a banner over what was there).
    public mutating func clear(row y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for x in 0..<width { cells[y * width + x] = Cell(" ", style) }
    }

    /// Gives cells of a row a style, keeping their text (bars, selection).
    public mutating func paint(row y: Int, from x0: Int = 0, to x1: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, x1 ?? width)
        guard max(0, x0) < end else { return }
        for x in max(0, x0)..<end { cells[y * width + x].style = style }
    }

    /// Writes a visual line starting at column x. Clips at the right edge without
    /// ever cutting a wide character; returns the column after the text.
    @discardableResult
    public mutating func put(_ line: VisualLine, x: Int, y: Int, style: Style) -> Int {
        guard y >= 0, y < height else { return x }
        var column = x
        for character in line.text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue } // only reachable for stray marks: layout already attached them
            if column < 0 { column += w; continue }
            if column + w > width { break }
            if column > 0 && self[column, y].text.isEmpty { self[column - 1, y] = Cell(" ", self[column - 1, y].style) }
            self[column, y] = Cell(String(character), style)
            if w == 2 { self[column + 1, y] = Cell("", style) }
            column += w
            // A wide character we overwrote half of leaves a continuation behind: clear it.
            if column < width && self[column, y].text.isEmpty && w == 1 { self[column, y] = Cell(" ", self[column, y].style) }
        }
        return column
    }

    public mutating func put(_ text: String, x: Int, y: Int, style: Style) {
        put(VisualLine(text: text, width: DisplayWidth.of(text)), x: x, y: y, style: style)
    }
}
