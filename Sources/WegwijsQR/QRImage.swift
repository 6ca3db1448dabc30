import WegwijsText
/// A QR code as image files: SVG for handouts (vector, sharp at any print size) and
/// PGM for tools (the simplest raster format every image library reads).
public enum QRImage {
    /// An SVG of the code, dark on white, with the quiet zone; one unit per module,
    /// scaled by the page. Each dark row is one path of runs, so the file stays small.
    public static func svg(_ code: QRCode, title: String? = nil) -> String {
        let side = code.sizeWithQuietZone
        var path = ""
        for row in 0..<side {
            var column = 0
            while column < side {
                guard code.isDarkWithQuietZone(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < side && code.isDarkWithQuietZone(row: row, column: column) { column += 1 }
                path += "M\(start) \(row)h\(column - start)v1h-\(column - start)z"
            }
        }
        let label = title.map { "<title>\(escapeXML($0))</title>" } ?? ""
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\(label)\
        <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>

        """
    }

    /// A binary PGM (P5) image: `scale` pixels per module, 0 dark, 255 light.
    public static func pgm(_ code: QRCode, scale: Int = 4) -> [UInt8] {
        pgm(width: code.sizeWithQuietZone, height: code.sizeWithQuietZone, scale: scale) {
            code.isDarkWithQuietZone(row: $0, column: $1)
        }
    }

    /// A PGM of any grid of dark and light cells, `scale` pixels per cell.
    public static func pgm(width: Int, height: Int, scale: Int, isDark: (_ row: Int, _ column: Int) -> Bool) -> [UInt8] {
        var bytes = Array("P5\n\(width * scale) \(height * scale)\n255\n".utf8)
        bytes.reserveCapacity(bytes.count + width * height * scale * scale)
        for row in 0..<height {
            let line = (0..<width).flatMap { column in
                [UInt8](repeating: isDark(row, column) ? 0 : 255, count: scale)
            }
            for _ in 0..<scale { bytes += line }
        }
        return bytes
    }

    static func escapeXML(_ text: String) -> String { MarkupEscaping.escape(text) }
}
