import FoundationEssentials

/// Writes a handout folder: handout.html with its qr/*.svg codes, and handout.pdf or
/// handout.txt when asked for. The HTML is always written: the PDF is made from it,
/// and a volunteer can open or mail it.
public enum HandoutFolder {
    public enum Format: String, CaseIterable, Sendable { case html, pdf, txt }

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// - Parameter plainText: the txt rendering (`wegwijs show`'s), needed for .txt only.
    /// - Returns: the path of the main file written.
    @discardableResult
    public static func write(_ handout: Handout, format: Format, to folder: URL, plainText: () -> String = { "" },
                             weasyprint: String = "weasyprint") throws -> URL {
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("qr"), withIntermediateDirectories: true)
        for code in HandoutQRCode.all(in: handout) {
            guard let svg = code.svg() else { throw Failure(description: "too long for a QR code: \(code.payload)") }
            try Data(svg.utf8).write(to: folder.appendingPathComponent(code.fileName))
        }
        let html = folder.appendingPathComponent("handout.html")
        try Data(HandoutHTML.render(handout).utf8).write(to: html)
        switch format {
        case .html:
            return html
        case .pdf:
            let pdf = folder.appendingPathComponent("handout.pdf")
            try PDFRenderer.render(htmlPath: html.path, pdfPath: pdf.path, weasyprint: weasyprint)
            return pdf
        case .txt:
            let txt = folder.appendingPathComponent("handout.txt")
            try Data(plainText().utf8).write(to: txt)
            return txt
        }
    }
}
