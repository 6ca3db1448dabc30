import WegwijsContent
import WegwijsText

extension App {
    /// The search screen: the query line, then a hint, the results, or a message that
    /// nothing was found with the person's categories. Never blank.
    static func drawSearch(_ canvas: inout Canvas, _ page: SearchPage, state: State, content: ContentStore) {
        let size = state.size
        let lang = state.language
        let roomy = size.rows >= 16
        var row = Layout.titleRow(size)
        drawQueryLine(&canvas, state: state, content: content, row: row)
        row += roomy ? 2 : 1
        let firstBelowQuery = row
        switch page.kind {
        case .hint:
            if !roomy { row += 1 }
            _ = canvas.paragraph(content.ui(.searchHint, lang), row: row, style: .dim, maxRows: 3)
            return
        case .nothingFound:
            row += canvas.paragraph(content.ui(.searchNone, lang), row: row, style: .note, maxRows: 2)
            if !page.items.isEmpty {
                if roomy { row += 1 }
                row += canvas.paragraph(content.ui(.chooseCategory, lang), row: row, style: .title, maxRows: 1)
            }
        case .results:
            break
        }
        let shown = page.items.map(\.label) + page.items.compactMap(\.snippetSource)
        for note in Notes.lines(for: shown, content: content, language: lang) {
            row += canvas.paragraph(note, row: row, style: .note, maxRows: 2)
        }
        // A free row above the list, for "↑ more" (never the query line).
        if row > firstBelowQuery || !roomy { row += 1 }
        drawSearchItems(&canvas, page.items, firstRow: row, state: state, content: content)
    }

    /// "Zoeken: lekarz▏" with the field underlined to the end of the row; the cursor
    /// after the last character typed, at the end the text grows towards (left in a
    /// right-to-left screen).
    static func drawQueryLine(_ canvas: inout Canvas, state: State, content: ContentStore, row: Int) {
        let label = TextLayout.singleLine(content.ui(.search, state.language) + ":",
                                          width: max(1, canvas.textWidth / 3), direction: canvas.direction,
                                          mode: canvas.config.bidiMode)
        canvas.place(label, row: row, indent: 0, style: .title)
        let fieldIndent = label.width + 1
        let fieldWidth = canvas.textWidth - fieldIndent
        guard fieldWidth > 1 else { return }
        let query = SearchScreen.queryLine(state.query, width: fieldWidth - 1, direction: canvas.direction,
                                           mode: canvas.config.bidiMode)
        canvas.paintLine(row: row, indent: fieldIndent, style: .input)
        canvas.place(query, row: row, indent: fieldIndent, style: .input)
        let cursor = VisualLine(text: " ", width: 1)
        let x = canvas.x(for: cursor, indent: fieldIndent + query.width)
        canvas.frame.put(cursor, x: x, y: row, style: .cursor)
        canvas.frame.cursor = Frame.Position(x: x, y: row)
    }

    /// Each item: its title (with the selection bar), for a topic of another group a
    /// note saying so, then its snippet with the matched words highlighted.
    static func drawSearchItems(_ canvas: inout Canvas, _ items: [SearchItem], firstRow: Int, state: State,
                                content: ContentStore) {
        let size = state.size
        let mode = canvas.config.bidiMode
        let roomy = size.rows >= 16
        let width = canvas.textWidth
        let snippetIndent = 2
        let screenDirection = canvas.direction
        let otherGroup = content.ui(.searchOtherGroup, state.language)
        let word = content.ui(.searchWord, state.language)
        func layOut(_ item: SearchItem) -> [ListRow] {
            let titleDirection = content.language(item.label.language)?.direction ?? screenDirection
            let title = TextLayout.singleLine(item.label.text, width: width, direction: titleDirection, mode: mode)
            var lines = [ListRow(line: title, style: .normal, indent: 0,
                                 highlights: SearchScreen.highlights(in: title, terms: item.matchedTerms,
                                                                     direction: titleDirection, mode: mode))]
            if item.isOtherGroup || item.isWord {
                let note = TextLayout.singleLine(item.isWord ? word : otherGroup, width: width - snippetIndent, direction: screenDirection, mode: mode)
                lines.append(ListRow(line: note, style: .note, indent: snippetIndent))
            }
            if let snippet = item.snippet {
                let direction = SearchScreen.direction(of: snippet, screen: screenDirection)
                let wrapped = SearchScreen.snippetLines(snippet, width: width - snippetIndent, maxLines: roomy ? 2 : 1,
                                                        direction: direction, mode: mode)
                for line in wrapped {
                    let highlights = SearchScreen.highlights(in: line, terms: item.matchedTerms, direction: direction, mode: mode)
                    lines.append(ListRow(line: line, style: .dim, indent: snippetIndent, highlights: highlights))
                }
            }
            return lines
        }
        ListView(count: items.count, selected: state.selection, gap: roomy ? 1 : 0, numbered: false) { layOut(items[$0]) }
            .draw(&canvas, firstRow: firstRow, lastRow: size.rows - 2, content: content, language: state.language)
    }
}
