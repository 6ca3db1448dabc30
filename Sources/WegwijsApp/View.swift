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
        } else if !page.topicColumns.isEmpty {
            drawTopic(&canvas, page.topicColumns, state: state, content: content)
        } else {
            // The topic vanished (content reload): never an empty screen.
            canvas.text(content.ui(.nothingHere, lang), row: Layout.titleRow(state.size), style: .note)
        }
        drawKeyBar(&canvas, state: state, content: content, commands: availableCommands(state, env))
        if let seconds = state.countdown {
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
            if case .glossary = screen { parts.append(content.ui(.words, lang)) }
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
        let numberWidth = String(menu.items.count).count + 1
        // Each item's rows: the label and, where there is room, its detail.
        let textWidth = Layout.textWidth(size) - numberWidth - 1
        let showDetails = size.rows >= 16
        let direction = canvas.direction, mode = canvas.config.bidiMode
        let list = ListView(count: menu.items.count, selected: state.selection, gap: showDetails ? 1 : 0, numbered: true) { index in
            let item = menu.items[index]
            // Each label in the direction of the language it is in (a fallback may differ).
            let labelDirection = item.ownDirection ?? content.language(item.label.language)?.direction ?? direction
            var rows = [ListRow(line: TextLayout.singleLine(item.label.text, width: textWidth, direction: labelDirection,
                                                            mode: mode), style: .normal)]
            if showDetails, let detail = item.detail {
                let detailDirection = content.language(detail.language)?.direction ?? direction
                let wrapped = TextLayout.wrap(detail.text, width: textWidth, direction: detailDirection, mode: mode)
                rows += wrapped.prefix(2).map { ListRow(line: $0, style: .dim) }
            }
            return rows
        }
        list.draw(&canvas, firstRow: row, lastRow: size.rows - 2, content: content, language: state.language)
    }

    /// Each column in its own area and its language's direction, scrolled together.
    static func drawTopic(_ canvas: inout Canvas, _ columns: [TopicColumn], state: State, content: ContentStore) {
        for (column, area) in zip(columns, Layout.columns(state.size, count: columns.count)) {
            let direction = columns.count == 1 ? canvas.direction : content.language(column.language)?.direction ?? canvas.direction
            canvas.within(area, direction: direction) {
                PageView(lines: column.lines, scroll: state.scroll)
                    .draw(&$0, firstRow: 1, lastRow: state.size.rows - 2, content: content, language: state.language)
            }
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
            canvas.hotspot(row: row, .wake)
        }
        for (i, line) in lines.prefix(bottom - top).enumerated() {
            canvas.place(line, row: top + 1 + i, indent: 0, style: .selected, margin: 2)
        }
    }

    /// Back, home, change language, search (and quit): always there, in the person's
    /// language. On the search screen letters are text, so the bar names the keys that
    /// still work there. Entries that do not fit go, the least needed first (quit,
    /// then home, then language); back and search always stay.
    static func drawKeyBar(_ canvas: inout Canvas, state: State, content: ContentStore, commands: [Command] = []) {
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
        for command in commands { add(command.barKey, command.label, .command(command.id), keep: command.keep) }
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
