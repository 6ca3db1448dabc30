/// One line of a paragraph: a range of its grapheme clusters, and its width in cells.
struct LineSpan {
    var clusters: Range<Int>
    var width: Int
}

extension ParagraphLayout {
    /// Greedy line breaking in logical order: words go on the line while they fit, with
    /// the spaces before them; a word longer than the line fills the current line and
    /// goes on cluster by cluster. Lines neither start nor end with a space.
    func breakLines(width: Int) -> [LineSpan] {
        var lines: [LineSpan] = []
        var line: LineSpan?
        var cluster = 0
        while cluster < clusterCount {
            if isSpace(cluster) {
                cluster += 1
                continue
            }
            var wordEnd = cluster
            var wordWidth = 0
            while wordEnd < clusterCount && !isSpace(wordEnd) {
                wordWidth += clusterWidths[wordEnd]
                wordEnd += 1
            }
            if wordWidth <= width {
                place(cluster..<wordEnd, width: wordWidth, maxWidth: width, line: &line, lines: &lines)
            } else {
                for part in cluster..<wordEnd {
                    place(part..<part + 1, width: clusterWidths[part], maxWidth: width, line: &line, lines: &lines)
                }
            }
            cluster = wordEnd
        }
        lines.append(line ?? LineSpan(clusters: 0..<0, width: 0))
        return lines
    }

    /// Adds `piece` to the current line after the spaces before it, or, when that does
    /// not fit, ends the line and starts the next one with it.
    private func place(
        _ piece: Range<Int>, width pieceWidth: Int, maxWidth: Int, line: inout LineSpan?, lines: inout [LineSpan]
    ) {
        if let current = line {
            let gap = clusterWidths[current.clusters.upperBound..<piece.lowerBound].reduce(0, +)
            if current.width + gap + pieceWidth <= maxWidth {
                line = LineSpan(clusters: current.clusters.lowerBound..<piece.upperBound,
                                width: current.width + gap + pieceWidth)
                return
            }
            lines.append(current)
        }
        line = LineSpan(clusters: piece, width: pieceWidth)
    }
}
