/// A rectangle of cells: the area a screen or a widget draws in. A screen splits the
/// window with it (two columns, a side panel) and hands each part its own Canvas.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var columns: Range<Int> { x..<maxX }

    /// The left `leftWidth` columns and the rest, with `gap` columns between them.
    public func split(columns leftWidth: Int, gap: Int = 0) -> (left: Rect, right: Rect) {
        let left = min(width, max(0, leftWidth))
        let rightStart = min(width, left + gap)
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + rightStart, y: y, width: width - rightStart, height: height))
    }

    /// Rows `from..<to` of this area.
    public func rows(_ from: Int, _ to: Int) -> Rect {
        let top = max(y, from), bottom = min(maxY, to)
        return Rect(x: x, y: top, width: width, height: bottom - top)
    }
}
