import WegwijsContent
import WegwijsText

/// Laid-out lines scrolled to a first line, in rows `firstRow..<lastRow` of a canvas's
/// area, with "↑ more" over the first row and "↓ more" below the last when there is
/// more, each a tap target that pages. The topic page uses it; a second column (a
/// translation side by side) is a second PageView in the other half of the window.
struct PageView {
    var lines: [PageLine]
    var scroll: Int

    /// The first line shown: the scroll, kept so the last screenful stays full.
    static func top(scroll: Int, lines: Int, visible: Int) -> Int { max(0, min(scroll, lines - visible)) }

    func draw(_ canvas: inout Canvas, firstRow: Int, lastRow: Int, content: ContentStore, language: String) {
        let visible = max(0, lastRow - firstRow)
        let top = PageView.top(scroll: scroll, lines: lines.count, visible: visible)
        for (i, pageLine) in lines.dropFirst(top).prefix(visible).enumerated() {
            let y = firstRow + i
            if pageLine.bullet { canvas.place(VisualLine(text: "•", width: 1), row: y, indent: pageLine.indent - 2, style: .normal) }
            canvas.place(pageLine.line, row: y, indent: pageLine.indent, style: pageLine.style)
            if !pageLine.marks.isEmpty {
                let x = canvas.x(for: pageLine.line, indent: pageLine.indent)
                for range in pageLine.marks { canvas.frame.paint(row: y, from: x + range.lowerBound, to: x + range.upperBound, style: .highlight) }
            }
        }
        if top + visible < lines.count {
            canvas.scrollHint(row: lastRow, up: false, content: content, language: language)
            canvas.hotspot(row: lastRow, .page(1))
        }
        if top > 0 {
            canvas.scrollHint(row: firstRow, up: true, content: content, language: language, overlay: true)
            canvas.hotspot(row: firstRow, .page(-1))
        }
    }
}
