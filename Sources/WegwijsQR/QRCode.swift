import CQREncode

/// A QR code symbol as a square matrix of modules (true: dark), made by libqrencode.
/// Without the quiet zone: the renderers add it.
public struct QRCode: Equatable, Sendable {
    /// Modules per side.
    public let size: Int
    /// Row by row, `size * size` values.
    public let modules: [Bool]

    /// The quiet zone the QR standard asks for around the symbol, in modules.
    public static let quietZone = 4

    public enum ErrorCorrection: Sendable {
        case low, medium, quartile, high
        var level: QRecLevel {
            switch self {
            case .low: return QR_ECLEVEL_L
            case .medium: return QR_ECLEVEL_M
            case .quartile: return QR_ECLEVEL_Q
            case .high: return QR_ECLEVEL_H
            }
        }
    }

    public init(size: Int, modules: [Bool]) {
        precondition(modules.count == size * size)
        self.size = size
        self.modules = modules
    }

    /// The smallest symbol that holds `text` as UTF-8 bytes; nil when it does not fit
    /// (about 2,300 bytes at medium correction) or libqrencode fails.
    /// Medium correction by default: it survives a crease or a smudge on paper and
    /// keeps a web address small enough for a terminal.
    public init?(_ text: String, correction: ErrorCorrection = .medium) {
        // 8-bit mode for every byte: the payloads are URLs and tel: links, whose
        // case matters, and libqrencode's mode guessing would gain only a few modules.
        guard !text.isEmpty,
              let symbol = QRcode_encodeString8bit(text, 0, correction.level) else { return nil }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        // libqrencode: one byte per module, bit 0 set means dark.
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
        self.init(size: width, modules: data.map { $0 & 1 == 1 })
    }

    public func isDark(row: Int, column: Int) -> Bool {
        guard row >= 0, column >= 0, row < size, column < size else { return false }
        return modules[row * size + column]
    }

    /// Modules per side with the quiet zone on every side.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }

    /// Dark or light, counting from the outer edge of the quiet zone.
    public func isDarkWithQuietZone(row: Int, column: Int) -> Bool {
        isDark(row: row - Self.quietZone, column: column - Self.quietZone)
    }
}
