/// The fixed parts of every screen: a header row, the body, a key bar row.
public enum Layout {
    /// Below this the app shows a short notice instead of a squeezed screen.
    public static let minimumSize = Size(columns: 40, rows: 12)

    public static func isTooSmall(_ size: Size) -> Bool {
        size.columns < minimumSize.columns || size.rows < minimumSize.rows
    }

    /// Columns kept free on each side.
    static func margin(_ size: Size) -> Int { size.columns >= 60 ? 2 : 1 }

    static func textWidth(_ size: Size) -> Int { max(1, size.columns - 2 * margin(size)) }

    /// First body row and the row of the title.
    static func titleRow(_ size: Size) -> Int { size.rows >= 16 ? 2 : 1 }

    /// Rows a topic page shows at once: between the header and the hint row above the key bar.
    public static func pageRows(_ size: Size) -> Int { max(1, size.rows - 3) }

    /// Rows available for menu items (a rough figure for paging).
    static func listRows(_ size: Size) -> Int { max(1, size.rows - titleRow(size) - 4) }

    /// The window split into `count` equal columns side by side (the whole width for one).
    public static func columns(_ size: Size, count: Int) -> [Rect] {
        let count = max(1, count)
        var rest = Rect(x: 0, y: 0, width: size.columns, height: size.rows)
        var areas: [Rect] = []
        for remaining in stride(from: count, to: 1, by: -1) {
            let (left, right) = rest.split(columns: rest.width / remaining)
            areas.append(left)
            rest = right
        }
        return areas + [rest]
    }
}
