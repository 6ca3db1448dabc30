/// A QR code as lines of text a terminal frame can hold: Unicode half blocks, two
/// module rows per line, so that modules are square in a cell twice as high as wide.
public enum HalfBlocks {
    /// What a block character looks like on this screen.
    public enum Ink: Sendable {
        /// Light text on a dark background (the kiosk's xterm: white on black): the
        /// light modules are drawn, the dark ones are left as background.
        case light
        /// Dark text on a light background: the dark modules are drawn.
        case dark
    }

    /// The code dark on light, with the 4-module quiet zone, as
    /// `sizeWithQuietZone` columns by `(sizeWithQuietZone + 1) / 2` lines.
    /// Readers need dark on light: most phone cameras do not read an inverted code.
    public static func lines(_ code: QRCode, ink: Ink = .light) -> [String] {
        let side = code.sizeWithQuietZone
        func drawn(_ row: Int, _ column: Int) -> Bool {
            // Rows past the last one (odd side) are quiet zone, which is light.
            let dark = row < side ? code.isDarkWithQuietZone(row: row, column: column) : false
            return ink == .dark ? dark : !dark
        }
        return stride(from: 0, to: side, by: 2).map { row in
            String((0..<side).map { column -> Character in
                switch (drawn(row, column), drawn(row + 1, column)) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }
}
