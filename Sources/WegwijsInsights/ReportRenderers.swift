import WegwijsText

/// The three forms of a report. Pure: a report in, text out. Only published counts
/// (`PublishedCount`) ever appear, in numbers and in bar lengths.
public enum ReportRenderer {
    static func span(_ report: UsageReport) -> String {
        "\(report.from.map(String.init(describing:)) ?? "first day") to \(report.to.map(String.init(describing:)) ?? "last day")"
    }

    /// Bar charts for the terminal.
    public static func text(_ report: UsageReport, barWidth: Int = 30) -> String {
        var out = "Wegwijs usage, \(span(report))\n\(PublishedCount.note)\n"
        for section in report.sections {
            out += "\n\(section.title)\n"
            if section.rows.isEmpty { out += "  (none)\n"; continue }
            let labelWidth = min(30, section.rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
            let largest = max(1, section.rows.map { PublishedCount.rounded($0.count) }.max() ?? 1)
            for row in section.rows {
                let label = row.label
                let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
                let length = max(row.count > 0 ? 1 : 0, PublishedCount.rounded(row.count) * barWidth / largest)
                out += "  \(label)\(pad)  \(String(repeating: "█", count: length)) \(PublishedCount.text(row.count))\n"
            }
        }
        return out
    }

    /// One line per cell: section,label,count (RFC 4180 quoting).
    public static func csv(_ report: UsageReport) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : text
        }
        var out = "section,label,count\n"
        for section in report.sections {
            for row in section.rows { out += "\(field(section.title)),\(field(row.label)),\(PublishedCount.text(row.count))\n" }
        }
        return out
    }

    /// A static, offline page with inline SVG bar charts: no script, no external file.
    public static func html(_ report: UsageReport) -> String {
        func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Wegwijs usage, \(escape(span(report)))</title>
            <style>body{font-family:sans-serif;max-width:50em;margin:2em auto}svg text{font-size:13px}</style></head>
            <body><h1>Wegwijs usage, \(escape(span(report)))</h1><p>\(escape(PublishedCount.note))</p>

            """
        for section in report.sections {
            out += "<h2>\(escape(section.title))</h2>\n"
            if section.rows.isEmpty { out += "<p>(none)</p>\n"; continue }
            let largest = max(1, section.rows.map { PublishedCount.rounded($0.count) }.max() ?? 1)
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"\(section.rows.count * 22)\" role=\"img\">\n"
            for (index, row) in section.rows.enumerated() {
                let y = index * 22
                let width = max(2, PublishedCount.rounded(row.count) * 300 / largest)
                out += "<text x=\"0\" y=\"\(y + 15)\" direction=\"ltr\">\(escape(row.label))</text>"
                out += "<rect x=\"220\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" fill=\"#3b6ea5\"/>"
                out += "<text x=\"\(224 + width)\" y=\"\(y + 15)\">\(escape(PublishedCount.text(row.count)))</text>\n"
            }
            out += "</svg>\n"
        }
        return out + "</body></html>\n"
    }
}
