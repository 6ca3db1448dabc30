/// HTML to PDF through WeasyPrint (Debian `weasyprint`): a real paged-media renderer
/// with HarfBuzz shaping for Arabic and Ethiopic, CSS page numbers and
/// `target-counter` for the table of contents.
public enum PDFRenderer {
    /// Renders the HTML file at `htmlPath` (its images resolved next to it) to `pdfPath`.
    public static func render(htmlPath: String, pdfPath: String, weasyprint: String = "weasyprint") throws(ProcessRunner.Failure) {
        let outcome = try ProcessRunner.run([weasyprint, "--quiet", "--encoding", "utf-8", htmlPath, pdfPath])
        guard outcome.succeeded else {
            throw ProcessRunner.Failure(description: "weasyprint failed (exit \(outcome.status)): \(outcome.output)")
        }
    }
}
