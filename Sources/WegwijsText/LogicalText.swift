/// Sanitised text as scalar values, in logical order, with its grapheme clusters. The
/// layout works on these arrays rather than on Characters and Strings: no allocation
/// per character, and libfribidi takes the scalars as they are.
struct LogicalText {
    private(set) var scalars: [UInt32] = []
    /// Index in `scalars` of the first scalar of each grapheme cluster, then `scalars.count`.
    private(set) var clusterStarts: [Int] = []
    /// Whether the text is to be reordered and shaped here. Left-to-right text without
    /// right-to-left letters, Arabic digits or bidi controls (all at U+0590 and above)
    /// resolves to level 0 everywhere: then there is nothing to do.
    let needsBidi: Bool

    init(_ text: String, collapsingSpaces: Bool, direction: TextDirection, mode: BidiMode) {
        scalars = TextLayout.sanitizedScalars(text, collapsingSpaces: collapsingSpaces)
        needsBidi = mode == .app && !scalars.isEmpty
            && (direction == .rightToLeft || scalars.contains { $0 >= 0x0590 })
        if needsBidi { scalars = NumberIsolation.isolatingNumbers(in: scalars) }
        clusterStarts = Self.clusterStarts(of: scalars)
    }

    /// Extended grapheme clusters (UAX #29). Between two scalars that stand alone (most
    /// letters, digits and punctuation) there is always a boundary; Swift's String finds
    /// the clusters in the stretches around the others.
    private static func clusterStarts(of scalars: [UInt32]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count
                && !(CommonScalars.standsAlone(scalars[end - 1]) && CommonScalars.standsAlone(scalars[end])) {
                end += 1
            }
            if end - start == 1 {
                starts.append(start)
            } else {
                appendClusterStarts(of: scalars[start..<end], to: &starts)
            }
            start = end
        }
        starts.append(scalars.count)
        return starts
    }

    /// A Character knows its UTF-8 length at no cost, counting its scalars is slow: so
    /// this follows the UTF-8 lengths of the scalars along.
    private static func appendClusterStarts(of stretch: ArraySlice<UInt32>, to starts: inout [Int]) {
        var scalar = stretch.startIndex
        var byte = 0
        var clusterEnd = 0
        for character in String(scalarValues: stretch, maxCount: stretch.count) {
            starts.append(scalar)
            clusterEnd += character.utf8.count
            while byte < clusterEnd {
                byte += UTF8.width(Unicode.Scalar(stretch[scalar]).unsafelyUnwrapped)
                scalar += 1
            }
        }
    }

    /// The text up to `end` (a cluster boundary) without the spaces before it, then `suffix`.
    func truncated(atScalar end: Int, appending suffix: Unicode.Scalar) -> LogicalText {
        var copy = self
        var end = end
        while end > 0 && scalars[end - 1] == 0x20 { end -= 1 }
        copy.scalars.removeSubrange(end...)
        copy.clusterStarts.removeAll { $0 >= end }
        copy.clusterStarts += [end, end + 1]
        copy.scalars.append(suffix.value)
        return copy
    }
}

extension TextLayout {
    /// The sanitised scalars of `text` (see `sanitize(_:)`); when `collapsingSpaces`,
    /// also without leading, trailing and repeated spaces.
    static func sanitizedScalars(_ text: String, collapsingSpaces: Bool) -> [UInt32] {
        var clean: [UInt32] = []
        clean.reserveCapacity(text.utf8.count) // an upper bound: no regrowing
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpaceLike(scalar) {
                if collapsingSpaces { pendingSpace = !clean.isEmpty } else { clean.append(0x20) }
                continue
            }
            if DisplayWidth.isInvisibleControl(scalar) && !isLayoutControl(scalar) { continue }
            if pendingSpace {
                clean.append(0x20)
                pendingSpace = false
            }
            clean.append(scalar.value)
        }
        return clean
    }

    /// Space, tab and the line and paragraph separators: a place to break a line.
    private static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Bidi marks, embeddings, overrides and isolates, and the joiners (which decide
    /// Arabic letter forms): input to the layout, never output.
    static func isLayoutControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension String {
    /// A string from scalar values, written as UTF-8 in one go: appending scalar by
    /// scalar is several times slower. `maxCount` bounds how many `values` yields.
    init<Values: Sequence<UInt32>>(scalarValues values: Values, maxCount: Int) {
        self.init(unsafeUninitializedCapacity: maxCount * 4) { buffer in
            var length = 0
            for value in values {
                UTF8.encode(Unicode.Scalar(value).unsafelyUnwrapped) { unit in
                    buffer[length] = unit
                    length += 1
                }
            }
            return length
        }
    }
}
