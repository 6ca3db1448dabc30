import WegwijsContent
import WegwijsText

/// One row of a list item: its text, style and indent from the item's text start, and
/// the columns (from the line's first cell) to highlight.
struct ListRow {
    var line: VisualLine
    var style: Style
    var indent: Int = 0
    var highlights: [Range<Int>] = []
}

/// A scrolling list with a selection, used by every list screen (menus, search
/// results): the first item shown is the smallest that keeps the selection on screen,
/// "↑ more" and "↓ more" say what is hidden, every row of an item (and the gap below
/// it, a bigger target for fingers) opens it, and numbers sit at the start edge
/// (mirrored in a right-to-left screen, where "1." reads ".1").
struct ListView {
    var count: Int
    var selected: Int
    /// Rows between items.
    var gap: Int
    /// Numbered items ("1.", "12."); the text starts after the widest number.
    var numbered: Bool
    /// The item's rows, laid out when needed: only the items up to the last one shown.
    var rows: (Int) -> [ListRow]

    /// Draws from `firstRow` up to (not including) `lastRow`, where "↓ more" goes.
    func draw(_ canvas: inout Canvas, firstRow: Int, lastRow: Int, content: ContentStore, language: String) {
        var laidOut: [[ListRow]?] = Array(repeating: nil, count: count)
        func itemRows(_ index: Int) -> [ListRow] {
            if let rows = laidOut[index] { return rows }
            let made = rows(index)
            laidOut[index] = made
            return made
        }
        let numberWidth = numbered ? String(count).count + 1 : 0
        let textIndent = numbered ? numberWidth + 1 : 0
        let selected = min(max(0, self.selected), max(0, count - 1))
        var row = firstRow
        var first = 0
        func rowsNeeded(_ from: Int, _ to: Int) -> Int {
            guard from <= to else { return 0 }
            return (from...to).reduce(0) { $0 + itemRows($1).count } + gap * (to - from)
        }
        while first < selected && rowsNeeded(first, selected) > lastRow - row { first += 1 }
        if first > 0 { canvas.scrollHint(row: row - 1, up: true, content: content, language: language) }
        var index = first
        while index < count {
            let lines = itemRows(index)
            if row + lines.count > lastRow { break }
            for (i, item) in lines.enumerated() {
                let y = row + i
                let isSelected = i == 0 && index == selected
                if isSelected {
                    canvas.paintLine(row: y, indent: numbered ? numberWidth : 0, style: .selected)
                    canvas.marker(row: y)
                }
                if i == 0 && numbered {
                    let digits = String(index + 1)
                    let text = canvas.direction == .rightToLeft ? "." + digits : digits + "."
                    let number = VisualLine(text: String(repeating: " ", count: numberWidth - text.count) + text, width: numberWidth)
                    canvas.place(number, row: y, indent: 0, style: .number)
                }
                let indent = textIndent + item.indent
                canvas.place(item.line, row: y, indent: indent, style: isSelected ? .selected : item.style)
                let x = canvas.x(for: item.line, indent: indent)
                for range in item.highlights {
                    canvas.frame.paint(row: y, from: x + range.lowerBound, to: x + range.upperBound, style: .highlight)
                }
                canvas.hotspot(row: y, .open(index))
            }
            if gap > 0 && row + lines.count < lastRow { canvas.hotspot(row: row + lines.count, .open(index)) }
            row += lines.count + gap
            index += 1
        }
        if index < count { canvas.scrollHint(row: lastRow, up: false, content: content, language: language) }
    }
}
