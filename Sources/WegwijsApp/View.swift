import WegwijsContent
import WegwijsText

extension App {
    /// The whole screen for a state: pure, the same state and page give the same frame.
    /// - Parameter page: the page of `state` (App.page), derived once and kept.
    public static func view(_ state: State, _ page: Page, _ env: Environment) -> Frame {
        let content = env.content, config = env.config
        var frame = Frame(width: state.size.columns, height: state.size.rows)
        let lang = state.language
        let direction = content.language(lang)?.direction ?? .leftToRight
        if Layout.isTooSmall(state.size) {
            drawTooSmall(&frame, content.ui(.tooSmall, lang), direction: direction, config: config)
            return frame
        }
        var canvas = Canvas(frame: frame, direction: direction, margin: Layout.margin(state.size), config: config)
        drawHeader(&canvas, state: state, content: content)
        if let search = page.search {
            drawSearch(&canvas, search, state: state, content: content)
        } else if let menu = page.menu {
            drawMenu(&canvas, menu, state: state, content: content)
        } else if let lines = page.topicLines {
            drawTopic(&canvas, lines, state: state, content: content)
        } else {
            // The topic vanished (content reload): never an empty screen.
            canvas.text(content.ui(.nothingHere, lang), row: Layout.titleRow(state.size), style: .note)
        }
        drawKeyBar(&canvas, state: state, content: content)
        if let seconds = countdown(state, config: config) {
            drawCountdown(&canvas, seconds: seconds, state: state, content: content)
        }
        return canvas.frame
    }

    static func drawTooSmall(_ frame: inout Frame, _ message: String, direction: TextDirection, config: AppConfig) {
        let lines = TextLayout.wrap(message, width: frame.width, direction: direction, mode: config.bidiMode)
        let top = max(0, (frame.height - lines.count) / 2)
        for (i, line) in lines.prefix(frame.height).enumerated() {
            frame.put(line, x: max(0, (frame.width - line.width) / 2), y: top + i, style: .warning)
        }
    }

    /// "Wegwijs › Nederlands › Ik vraag asiel aan › Zorg en gezondheid", cut from the start
    /// of the path when it is too long, so the current place stays visible.
    static func drawHeader(_ canvas: inout Canvas, state: State, content: ContentStore) {
        let lang = state.language
        var parts = [content.ui(.appTitle, lang)]
        if state.stack.count > 1 || state.screen != .language { parts.append(content.language(lang)?.name ?? lang) }
        if let audience = state.audience.flatMap(content.audience), state.stack.count > 2 {
            parts.append(content.audienceLabel(audience, lang).text)
        }
        for screen in state.stack {
            if case .topics(let id) = screen, let category = content.category(id) {
                parts.append(content.categoryName(category, lang).text)
            }
            if screen == .search { parts.append(content.ui(.search, lang)) }
        }
        // Each step is laid out on its own (its own script and direction) and the steps
        // are placed in reading order with an arrow pointing the way the eye goes: bidi
        // over the joined path would mirror some arrows and not others.
        let isRTL = canvas.direction == .rightToLeft
        let separator = isRTL ? " ‹ " : " › "
        let width = canvas.frame.width - 2
        var shown = parts.map { TextLayout.singleLine($0, width: width, direction: canvas.direction, mode: canvas.config.bidiMode) }
        func joined(_ steps: [VisualLine]) -> VisualLine {
            let ordered = isRTL && canvas.config.bidiMode == .app ? steps.reversed() : steps
            let text = ordered.map(\.text).joined(separator: separator)
            return VisualLine(text: text, width: ordered.reduce(0) { $0 + $1.width } + 3 * (ordered.count - 1))
        }
        var line = joined(shown)
        while line.width > width && shown.count > 2 {
            shown.remove(at: 1) // the oldest step after the app's name goes first
            line = joined([shown[0], VisualLine(text: "…", width: 1)] + shown.dropFirst())
        }
        if line.width > width { line = TextLayout.singleLine(line.text, width: width, direction: .leftToRight, mode: .terminal) }
        canvas.frame.paint(row: 0, style: .header)
        canvas.place(line, row: 0, indent: 0, style: .header, margin: 1)
    }

    static func drawMenu(_ canvas: inout Canvas, _ menu: Menu, state: State, content: ContentStore) {
        let size = state.size
        var row = Layout.titleRow(size)
        row += canvas.paragraph(menu.title, row: row, style: .title, maxRows: 2)
        var labels = menu.items.map(\.label)
        labels += menu.items.compactMap(\.detail)
        for note in Notes.lines(for: labels, content: content, language: state.language) {
            row += canvas.paragraph(note, row: row, style: .note, maxRows: 2)
        }
        row += 1
        let lastRow = size.rows - 2
        let numberWidth = String(menu.items.count).count + 1
        // Each item's rows: the label and, where there is room, its detail.
        let textWidth = Layout.textWidth(size) - numberWidth - 1
        let showDetails = size.rows >= 16
        let itemLines: [[(VisualLine, Style)]] = menu.items.map { item in
            // Each label in the direction of the language it is in (a fallback may differ).
            let labelDirection = item.ownDirection ?? content.language(item.label.language)?.direction ?? canvas.direction
            var lines = [(TextLayout.singleLine(item.label.text, width: textWidth, direction: labelDirection, mode: canvas.config.bidiMode), Style.normal)]
            if showDetails, let detail = item.detail {
                let detailDirection = content.language(detail.language)?.direction ?? canvas.direction
                let wrapped = TextLayout.wrap(detail.text, width: textWidth, direction: detailDirection, mode: canvas.config.bidiMode)
                lines += wrapped.prefix(2).map { ($0, Style.dim) }
            }
            return lines
        }
        // First visible item: the smallest that keeps the selection on screen.
        let available = lastRow - row
        let selected = min(max(0, state.selection), max(0, menu.items.count - 1))
        var first = 0
        func rowsNeeded(_ from: Int, _ to: Int) -> Int {
            guard from <= to else { return 0 }
            return (from...to).reduce(0) { $0 + itemLines[$1].count } + (showDetails ? (to - from) : 0)
        }
        while first < selected && rowsNeeded(first, selected) > available { first += 1 }
        if first > 0 { canvas.scrollHint(row: row - 1, up: true, content: content, language: state.language) }
        var index = first
        while index < menu.items.count {
            let lines = itemLines[index]
            if row + lines.count > lastRow { break }
            let isSelected = index == selected
            // "1." reads "1." left to right; in a right-to-left list the full stop sits on
            // the left of the number, where the text begins, as Arabic lists write it.
            let digits = String(index + 1)
            let numberText = canvas.direction == .rightToLeft ? "." + digits : digits + "."
            let number = VisualLine(text: String(repeating: " ", count: numberWidth - numberText.count) + numberText, width: numberWidth)
            for (i, (line, style)) in lines.enumerated() {
                let y = row + i
                if i == 0 {
                    canvas.place(number, row: y, indent: 0, style: .number)
                    canvas.place(line, row: y, indent: numberWidth + 1, style: isSelected ? .selected : style)
                    if isSelected {
                        canvas.paintLine(row: y, indent: numberWidth, style: .selected)
                        canvas.marker(row: y)
                    }
                } else {
                    canvas.place(line, row: y, indent: numberWidth + 1, style: style)
                }
                canvas.frame.hotspots.append(Hotspot(row: y, columns: 0..<canvas.frame.width, action: .open(index)))
            }
            if showDetails && row + lines.count < lastRow {
                // The gap below an item belongs to it: a bigger target for fingers.
                canvas.frame.hotspots.append(Hotspot(row: row + lines.count, columns: 0..<canvas.frame.width, action: .open(index)))
            }
            row += lines.count + (showDetails ? 1 : 0)
            index += 1
        }
        if index < menu.items.count {
            canvas.scrollHint(row: lastRow, up: false, content: content, language: state.language)
        }
    }

    static func drawTopic(_ canvas: inout Canvas, _ lines: [PageLine], state: State, content: ContentStore) {
        let visible = Layout.pageRows(state.size)
        let top = max(0, min(state.scroll, lines.count - visible))
        for (i, pageLine) in lines.dropFirst(top).prefix(visible).enumerated() {
            let y = 1 + i
            if pageLine.bullet { canvas.place(VisualLine(text: "•", width: 1), row: y, indent: pageLine.indent - 2, style: .normal) }
            canvas.place(pageLine.line, row: y, indent: pageLine.indent, style: pageLine.style)
        }
        let hintRow = state.size.rows - 2
        if top + visible < lines.count {
            canvas.scrollHint(row: hintRow, up: false, content: content, language: state.language)
            canvas.frame.hotspots.append(Hotspot(row: hintRow, columns: 0..<canvas.frame.width, action: .page(1)))
        }
        if top > 0 {
            canvas.scrollHint(row: 1, up: true, content: content, language: state.language, overlay: true)
            canvas.frame.hotspots.append(Hotspot(row: 1, columns: 0..<canvas.frame.width, action: .page(-1)))
        }
    }

    /// The kiosk's last seconds before a fresh start, over the bottom of the screen, in
    /// the reader's language; a touch anywhere keeps the session.
    static func drawCountdown(_ canvas: inout Canvas, seconds: Int, state: State, content: ContentStore) {
        let text = content.ui(.idleCountdown, state.language).replacingOccurrences(of: "{seconds}", with: String(seconds))
        let lines = TextLayout.wrap(text, width: max(1, canvas.frame.width - 4), direction: canvas.direction, mode: canvas.config.bidiMode)
        let bottom = canvas.frame.height - 2
        let top = max(1, bottom - lines.count - 1)
        for row in top...bottom {
            canvas.frame.clear(row: row, style: .selected)
            canvas.frame.hotspots.append(Hotspot(row: row, columns: 0..<canvas.frame.width, action: .wake))
        }
        for (i, line) in lines.prefix(bottom - top).enumerated() {
            canvas.place(line, row: top + 1 + i, indent: 0, style: .selected, margin: 2)
        }
    }

    /// Back, home, change language, search (and quit): always there, in the person's
    /// language. On the search screen letters are text, so the bar names the keys that
    /// still work there. Entries that do not fit go, the least needed first (quit,
    /// then home, then language); back and search always stay.
    static func drawKeyBar(_ canvas: inout Canvas, state: State, content: ContentStore) {
        let lang = state.language
        let inSearch = state.screen == .search
        typealias Entry = (key: String, label: VisualLine, action: Action, keep: Int)
        var entries: [Entry] = []
        func add(_ key: String, _ label: UIKey, _ action: Action, keep: Int) {
            let text = TextLayout.singleLine(content.ui(label, lang), width: 16, direction: canvas.direction,
                                             mode: canvas.config.bidiMode)
            entries.append((key, text, action, keep))
        }
        if state.stack.count > 1 { add(inSearch ? "Esc" : "0", .back, .back, keep: 0) }
        if state.stack.count > 1 { add(inSearch ? "F2" : "*", .home, .home, keep: 3) }
        if state.screen != .language { add(inSearch ? "F3" : "+", .language, .changeLanguage, keep: 2) }
        if !inSearch { add("/", .search, .search, keep: 1) }
        if canvas.config.allowQuit { add(inSearch ? "F10" : "q", .quit, .quit, keep: 4) }
        func entryWidth(_ entry: Entry) -> Int { DisplayWidth.of(entry.key) + 1 + entry.label.width }
        func total() -> Int { 1 + entries.reduce(0) { $0 + entryWidth($1) } + 3 * max(0, entries.count - 1) }
        while total() > canvas.frame.width, let least = entries.indices.max(by: { entries[$0].keep < entries[$1].keep }),
              entries[least].keep > 1 {
            entries.remove(at: least)
        }
        let y = canvas.frame.height - 1
        canvas.frame.paint(row: y, style: .keybar)
        var used = 1
        for entry in entries {
            let keyWidth = DisplayWidth.of(entry.key)
            let width = entryWidth(entry)
            if used + width > canvas.frame.width { break }
            let keyLine = VisualLine(text: entry.key, width: keyWidth)
            let start: Int
            if canvas.direction == .rightToLeft {
                start = canvas.frame.width - used - width
                canvas.frame.put(entry.label, x: start, y: y, style: .keybar)
                canvas.frame.put(keyLine, x: start + entry.label.width + 1, y: y, style: .key)
            } else {
                start = used
                canvas.frame.put(keyLine, x: start, y: y, style: .key)
                canvas.frame.put(entry.label, x: start + keyWidth + 1, y: y, style: .keybar)
            }
            canvas.frame.hotspots.append(Hotspot(row: y, columns: start..<(start + width), action: entry.action))
            used += width + 3
        }
    }
}

/// Draws into a frame in reading direction: "indent" counts from the left edge in a
/// left-to-right screen and from the right edge in a right-to-left one.
struct Canvas {
    var frame: Frame
    let direction: TextDirection
    let margin: Int
    let config: AppConfig

    var textWidth: Int { max(1, frame.width - 2 * margin) }

    func x(for line: VisualLine, indent: Int, margin: Int? = nil) -> Int {
        let m = margin ?? self.margin
        return direction == .rightToLeft ? frame.width - m - indent - line.width : m + indent
    }

    mutating func place(_ line: VisualLine, row: Int, indent: Int, style: Style, margin: Int? = nil) {
        frame.put(line, x: x(for: line, indent: indent, margin: margin), y: row, style: style)
    }

    /// Paints the rest of a row from `indent` on (the selection bar).
    mutating func paintLine(row: Int, indent: Int, style: Style) {
        if direction == .rightToLeft {
            frame.paint(row: row, from: margin, to: frame.width - margin - indent, style: style)
        } else {
            frame.paint(row: row, from: margin + indent, to: frame.width - margin, style: style)
        }
    }

    /// The selection marker in the margin at the start edge.
    mutating func marker(row: Int) {
        guard margin > 0 else { return }
        if direction == .rightToLeft {
            frame.put("‹", x: frame.width - 1, y: row, style: .selected)
        } else {
            frame.put("›", x: 0, y: row, style: .selected)
        }
    }

    mutating func text(_ text: String, row: Int, style: Style, margin: Int? = nil, truncate: Bool = false) {
        let width = frame.width - 2 * (margin ?? self.margin)
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
        let x = direction == .rightToLeft ? margin : frame.width - margin - line.width
        frame.put(line, x: x, y: row, style: .dim)
    }
}
