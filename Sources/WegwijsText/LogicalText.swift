/// Sanitised text as scalar values, in logical order, with its grapheme clusters. The
/// layout works on these arrays rather than on Characters and Strings: no allocation
/// per character, and libfribidi takes the scalars as they are.
struct LogicalText {
    private(set) var scalars: [UInt32] = []
    /// Index in `scalars` of the first scalar of each grapheme cluster, then `scalars.count`.
    private(set) var clusterStarts: [Int] = []

    init(_ text: String, collapsingSpaces: Bool) {
        let clean = TextLayout.sanitizedScalars(text, collapsingSpaces: collapsingSpaces)
        scalars.reserveCapacity(text.utf8.count) // an upper bound: no regrowing
        for character in String(clean) {
            clusterStarts.append(scalars.count)
            for scalar in character.unicodeScalars { scalars.append(scalar.value) }
        }
        clusterStarts.append(scalars.count)
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
    static func sanitizedScalars(_ text: String, collapsingSpaces: Bool) -> String.UnicodeScalarView {
        var clean = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpaceLike(scalar) {
                if collapsingSpaces { pendingSpace = !clean.isEmpty } else { clean.append(" ") }
                continue
            }
            if DisplayWidth.isInvisibleControl(scalar) && !isLayoutControl(scalar) { continue }
            if pendingSpace {
                clean.append(" ")
                pendingSpace = false
            }
            clean.append(scalar)
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
    private static func isLayoutControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
