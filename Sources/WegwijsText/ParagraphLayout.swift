/// A paragraph ready to be cut into lines: what to draw for each scalar (shaped in
/// `.app` mode), its grapheme clusters and their widths in cells.
struct ParagraphLayout {
    private let glyphs: [UInt32]
    /// nil in `.terminal` mode, and when nothing can need reordering or shaping.
    private var bidi: BidiParagraph?
    /// Index in `glyphs` of the first scalar of each cluster, then `glyphs.count`.
    private(set) var clusterStarts: [Int] = []
    /// Cells taken by each cluster.
    private(set) var clusterWidths: [Int] = []
    /// The cluster each scalar belongs to.
    private var clusterOf: [Int32]
    /// Whether a scalar is drawn: controls and the ligature placeholder are not.
    private var visible: [Bool]

    init(_ text: LogicalText, direction: TextDirection, mode: BidiMode, maxClusterWidth: Int) {
        if mode == .app && Self.mayNeedBidi(text.scalars, direction: direction) {
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

    /// Left-to-right text without right-to-left letters, Arabic digits or bidi controls
    /// (all at U+0590 and above) resolves to level 0 everywhere: nothing to do.
    private static func mayNeedBidi(_ scalars: [UInt32], direction: TextDirection) -> Bool {
        guard !scalars.isEmpty else { return false }
        return direction == .rightToLeft || scalars.contains { $0 >= 0x0590 }
    }

    /// Widths after shaping. The lam-alef ligature leaves its placeholder where the lam
    /// was: the alef's cluster joins the lam's, so a line never breaks between them.
    private mutating func measure(_ logicalClusterStarts: [Int]) {
        for cluster in 0..<logicalClusterStarts.count - 1 {
            let start = logicalClusterStarts[cluster]
            if start == 0 || glyphs[start - 1] != BidiParagraph.ligaturePlaceholder {
                clusterStarts.append(start)
                clusterWidths.append(0)
            }
            let index = clusterWidths.count - 1
            for i in start..<logicalClusterStarts[cluster + 1] {
                let scalar = Unicode.Scalar(glyphs[i]).unsafelyUnwrapped
                clusterWidths[index] += DisplayWidth.of(scalar)
                visible[i] = !DisplayWidth.isInvisibleControl(scalar)
                clusterOf[i] = Int32(index)
            }
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

    /// How many scalars the longest run of whole clusters from the start that fits in
    /// `width` cells has.
    func scalarsFitting(width: Int) -> Int {
        var used = 0
        for cluster in 0..<clusterCount {
            used += clusterWidths[cluster]
            if used > width { return clusterStarts[cluster] }
        }
        return glyphs.count
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

    private func render<Indices: Sequence>(_ indices: Indices) -> String where Indices.Element: BinaryInteger {
        var text = String.UnicodeScalarView()
        for i in indices where visible[Int(i)] {
            text.append(Unicode.Scalar(glyphs[Int(i)]).unsafelyUnwrapped)
        }
        return String(text)
    }
}
