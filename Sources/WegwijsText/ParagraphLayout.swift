/// A paragraph ready to be cut into lines: what to draw for each scalar (shaped in
/// `.app` mode), its grapheme clusters and their widths in cells.
struct ParagraphLayout {
    private let text: LogicalText
    private let glyphs: [UInt32]
    /// nil in `.terminal` mode, and when nothing can need reordering or shaping.
    private var bidi: BidiParagraph?
    /// Index in `glyphs` of the first scalar of each cluster, then `glyphs.count`.
    private(set) var clusterStarts: [Int] = []
    /// Cells taken by each cluster.
    private(set) var clusterWidths: [Int] = []
    /// The cluster each scalar belongs to.
    private var clusterOf: [Int32]
    /// Whether a scalar is drawn: sanitising left no controls but the bidi and joining
    /// ones, which are not, and neither is the ligature placeholder.
    private var visible: [Bool]

    init(_ text: LogicalText, direction: TextDirection, maxClusterWidth: Int) {
        self.text = text
        if text.needsBidi {
            let bidi = BidiParagraph(text.scalars, direction: direction)
            self.bidi = bidi
            glyphs = bidi.glyphs
        } else {
            glyphs = text.scalars
        }
        clusterOf = Array(repeating: 0, count: glyphs.count)
        visible = Array(repeating: true, count: glyphs.count)
        measure(text.clusterStarts)
        hideClusters(widerThan: maxClusterWidth)
    }

    /// Widths after shaping. The lam-alef ligature leaves its placeholder where the lam
    /// was: the alef's cluster joins the lam's, so a line never breaks between them.
    private mutating func measure(_ logicalClusterStarts: [Int]) {
        clusterStarts.reserveCapacity(logicalClusterStarts.count)
        clusterWidths.reserveCapacity(logicalClusterStarts.count)
        for cluster in 0..<logicalClusterStarts.count - 1 {
            let start = logicalClusterStarts[cluster]
            let joinsLigature = start > 0 && glyphs[start - 1] == BidiParagraph.ligaturePlaceholder
            var width = joinsLigature ? clusterWidths.removeLast() : 0
            if !joinsLigature { clusterStarts.append(start) }
            let index = Int32(clusterStarts.count - 1)
            for i in start..<logicalClusterStarts[cluster + 1] {
                let scalar = Unicode.Scalar(glyphs[i]).unsafelyUnwrapped
                width += DisplayWidth.of(scalar)
                visible[i] = !TextLayout.isLayoutControl(scalar) && glyphs[i] != BidiParagraph.ligaturePlaceholder
                clusterOf[i] = index
            }
            clusterWidths.append(width)
        }
        clusterStarts.append(glyphs.count)
    }

    private mutating func hideClusters(widerThan maxWidth: Int) {
        for cluster in clusterWidths.indices where clusterWidths[cluster] > maxWidth {
            clusterWidths[cluster] = 0
            for i in clusterStarts[cluster]..<clusterStarts[cluster + 1] { visible[i] = false }
        }
    }

    var clusterCount: Int { clusterWidths.count }

    /// A cluster that is one plain space: where lines may break.
    func isSpace(_ cluster: Int) -> Bool {
        clusterStarts[cluster + 1] - clusterStarts[cluster] == 1 && glyphs[clusterStarts[cluster]] == 0x20
    }

    var wholeLine: LineSpan {
        LineSpan(clusters: 0..<clusterCount, width: clusterWidths.reduce(0, +))
    }

    /// The text cut after the whole clusters that fit in `width` cells, then `suffix`.
    func truncated(toWidth width: Int, appending suffix: Unicode.Scalar) -> LogicalText {
        var used = 0
        for cluster in 0..<clusterCount {
            used += clusterWidths[cluster]
            if used > width { return text.truncated(atScalar: clusterStarts[cluster], appending: suffix) }
        }
        return text
    }

    /// The line's drawn scalars in visual order (in `.terminal` mode, logical order).
    mutating func line(_ span: LineSpan) -> VisualLine {
        let scalars = clusterStarts[span.clusters.lowerBound]..<clusterStarts[span.clusters.upperBound]
        guard var order = bidi?.visualOrder(of: scalars) else {
            return VisualLine(text: render(scalars), width: span.width)
        }
        keepClustersInLogicalOrder(&order)
        return VisualLine(text: render(order), width: span.width)
    }

    /// Reordering reverses right-to-left runs scalar by scalar; fribidi moves non-spacing
    /// marks back behind their base, but not e.g. an emoji skin tone. A terminal needs
    /// every cluster base first, so each cluster's scalars go back in logical order.
    private func keepClustersInLogicalOrder(_ order: inout [Int32]) {
        var start = 0
        while start < order.count {
            let cluster = clusterOf[Int(order[start])]
            var end = start + 1
            while end < order.count && clusterOf[Int(order[end])] == cluster { end += 1 }
            if end - start > 1 { order[start..<end].sort() }
            start = end
        }
    }

    private func render<Indices: Collection>(_ indices: Indices) -> String where Indices.Element: BinaryInteger {
        let drawn = indices.lazy.filter { visible[Int($0)] }.map { glyphs[Int($0)] }
        return String(scalarValues: drawn, maxCount: indices.count)
    }
}
