import CFriBidi

/// The Unicode bidi algorithm and Arabic shaping (libfribidi) for one paragraph.
///
/// Embedding levels are resolved on the whole paragraph before it is broken into lines
/// (UAX #9, 3.4): how a neutral between two runs resolves must not depend on where a
/// line happens to end. Shaping is done on the whole paragraph too, in logical order,
/// so that widths can be measured after it, before line breaking.
struct BidiParagraph {
    /// The scalars with brackets mirrored and Arabic letters in presentation forms,
    /// still in logical order. A lam-alef ligature sits where the alef was, and
    /// `ligaturePlaceholder` where the lam was.
    let glyphs: [UInt32]
    private let types: [FriBidiCharType]
    private var levels: [FriBidiLevel]
    private let baseDirection: FriBidiParType
    /// Visual position -> logical index, reordered line by line.
    private var order: [FriBidiStrIndex]

    static let ligaturePlaceholder: UInt32 = 0xFEFF

    /// `scalars` must not be empty.
    init(_ scalars: [UInt32], direction: TextDirection) {
        let count = FriBidiStrIndex(scalars.count)
        // The closures capture `types` by value: `self` is not initialised yet.
        types = Self.filled(scalars.count) { fribidi_get_bidi_types(scalars, count, $0) }
        let brackets = Self.filled(scalars.count) { [types] in fribidi_get_bracket_types(scalars, count, types, $0) }
        var base = direction == .rightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR
        levels = Self.filled(scalars.count) { [types] in
            // Returns 0 only when fribidi cannot allocate memory.
            _ = fribidi_get_par_embedding_levels_ex(types, brackets, count, &base, $0)
        }
        baseDirection = base
        var joining = Self.filled(scalars.count) { fribidi_get_joining_types(scalars, count, $0) }
        fribidi_join_arabic(types, count, levels, &joining)
        var shaped = scalars
        fribidi_shape(wegwijs_fribidi_flags, levels, count, &joining, &shaped)
        glyphs = shaped
        order = Array(0..<count)
    }

    /// The logical indices of the paragraph's scalars `line` in visual order.
    mutating func visualOrder(of line: Range<Int>) -> [FriBidiStrIndex] {
        // Returns 0 only when fribidi cannot allocate memory; the logical order stays then.
        _ = fribidi_reorder_line(
            wegwijs_fribidi_flags, types, FriBidiStrIndex(line.count), FriBidiStrIndex(line.lowerBound),
            baseDirection, &levels, nil, &order)
        return Array(order[line])
    }

    /// The direction of the first strong character outside isolates (rule P2). Not
    /// fribidi_get_par_direction: up to fribidi 1.0.8 it does not skip isolates.
    static func firstStrongDirection(_ scalars: [UInt32]) -> TextDirection? {
        guard !scalars.isEmpty else { return nil }
        let count = FriBidiStrIndex(scalars.count)
        let types: [FriBidiCharType] = filled(scalars.count) { fribidi_get_bidi_types(scalars, count, $0) }
        var isolateDepth = 0
        for type in types {
            switch type {
            case FRIBIDI_TYPE_LRI, FRIBIDI_TYPE_RLI, FRIBIDI_TYPE_FSI: isolateDepth += 1
            case FRIBIDI_TYPE_PDI: isolateDepth = max(0, isolateDepth - 1)
            case FRIBIDI_TYPE_LTR where isolateDepth == 0: return .leftToRight
            case FRIBIDI_TYPE_RTL where isolateDepth == 0, FRIBIDI_TYPE_AL where isolateDepth == 0: return .rightToLeft
            default: break
            }
        }
        return nil
    }

    /// An array of `count` elements written by a C function.
    private static func filled<Element>(_ count: Int, by fill: (UnsafeMutablePointer<Element>) -> Void) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(buffer.baseAddress!)
            initialized = count
        }
    }
}
