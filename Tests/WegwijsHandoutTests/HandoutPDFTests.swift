import Foundation
import WegwijsContent
import WegwijsHandout
import XCTest

/// The PDF as WeasyPrint makes it, looked at with poppler's tools: pages, fonts,
/// table of contents, ink on the page, and the QR codes read back from the print.
final class HandoutPDFTests: XCTestCase {
    /// A few topics with phone numbers, websites and an address, rendered once per language.
    static let topics = ["health-spoed-112", "health-huisarts", "family-opvoeding-en-hulp"]
    nonisolated(unsafe) static var rendered: [String: (handout: Handout, pdf: String)] = [:]
    nonisolated(unsafe) static var folders: [URL] = []

    func pdf(_ language: String, audience: String = "asylum-seeker", topics: [String]? = HandoutPDFTests.topics) throws
        -> (handout: Handout, pdf: String) {
        let key = "\(language)/\(audience)/\(topics?.joined(separator: ",") ?? "all")"
        if let done = Self.rendered[key] { return done }
        let handout = try HandoutBuilder.build(content: ShippedContent.store, language: language, audience: audience,
                                               topicIDs: topics, date: "2026-12-03")
        let folder = try temporaryFolder("pdf-\(language)")
        Self.folders.append(folder)
        let pdf = try HandoutFolder.write(handout, format: .pdf, to: folder).path
        Self.rendered[key] = (handout, pdf)
        return (handout, pdf)
    }

    override class func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        rendered = [:]
    }

    func pageCount(_ pdf: String) throws -> Int {
        let info = try tool(["pdfinfo", pdf])
        let line = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try XCTUnwrap(Int(line.dropFirst("Pages:".count).filter(\.isNumber)))
    }

    /// The pages' text: in content order (-raw: Arabic and its isolates come out as
    /// written), or laid out as on paper (-layout: a contents line with its page number).
    func text(_ pdf: String, pages: ClosedRange<Int>, layout: Bool = false) throws -> String {
        try tool(["pdftotext", layout ? "-layout" : "-raw", "-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)", pdf, "-"])
    }

    func testA4WithEveryPageNumberedOutOfTheTotal() throws {
        for language in ["ar", "ti", "pl"] {
            let pdf = try pdf(language).pdf
            let pages = try pageCount(pdf)
            XCTAssertGreaterThanOrEqual(pages, 3, "\(language): a page of contents and at least the topics' pages")
            XCTAssertTrue(try tool(["pdfinfo", pdf]).contains("(A4)"), language)
            for page in 1...pages {
                XCTAssertTrue(try text(pdf, pages: page...page).contains("\(page) / \(pages)"), "\(language) page \(page)")
            }
        }
    }

    /// The contents list each topic with the page it starts on.
    func testTheTableOfContentsGivesEachTopicsPage() throws {
        let (handout, pdf) = try pdf("pl", audience: "labour-migrant", topics: nil)
        let pages = try pageCount(pdf)
        let contents = try text(pdf, pages: 1...2, layout: true).split(separator: "\n")
        XCTAssertGreaterThan(handout.topics.count, 10)
        for topic in handout.topics {
            // The contents are in two columns: the entry's number is the first after
            // its title with only leader dots between them.
            // A title too long for its column wraps: then its last words end the entry.
            let words = topic.title.text.split(separator: " ")
            let ending = words.suffix(min(3, words.count)).joined(separator: " ")
            let number = try XCTUnwrap(contents.lazy.compactMap { self.pageNumber(after: topic.title.text, in: $0) }.first
                                           ?? contents.lazy.compactMap { self.pageNumber(after: ending, in: $0) }.first,
                                       topic.title.text)
            XCTAssertTrue((2...pages).contains(number), topic.title.text)
            // Its heading is on that page (a long title may wrap: its first word is enough).
            let firstWord = String(topic.title.text.split(separator: " ").first ?? "")
            XCTAssertTrue(try text(pdf, pages: number...number).contains(firstWord), "\(topic.id) on page \(number)")
        }
    }

    func testArabicAndEthiopicFontsAreEmbedded() throws {
        func embedded(_ pdf: String) throws -> [String] {
            // name type encoding emb sub uni object ID: the fonts with emb = yes.
            try tool(["pdffonts", pdf]).split(separator: "\n").dropFirst(2).compactMap { line in
                let fields = line.split(separator: " ")
                return fields.count >= 7 && fields[fields.count - 5] == "yes" ? String(fields[0]) : nil
            }
        }
        let arabic = try embedded(try pdf("ar").pdf)
        XCTAssertTrue(arabic.contains { $0.contains("Naskh-Arabic") }, "\(arabic)")
        let tigrinya = try embedded(try pdf("ti").pdf)
        XCTAssertTrue(tigrinya.contains { $0.contains("Sans-Ethiopic") }, "\(tigrinya)")
        XCTAssertFalse(tigrinya.contains { $0.contains("Arabic") }, "only the fonts a page uses")
    }

    func testARenderedPageIsNotBlank() throws {
        for language in ["ar", "ti"] {
            let pdf = try pdf(language).pdf
            let prefix = URL(fileURLWithPath: pdf).deletingLastPathComponent().appendingPathComponent("page").path
            _ = try tool(["pdftoppm", "-gray", "-r", "40", "-f", "2", "-l", "2", "-singlefile", pdf, prefix])
            let image = try [UInt8](Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
            let pixels = try pgmPixels(image)
            let inked = pixels.filter { $0 < 128 }.count
            XCTAssertGreaterThan(Double(inked) / Double(pixels.count), 0.01, "\(language): text on page 2")
            XCTAssertLessThan(Double(inked) / Double(pixels.count), 0.5, "\(language): not a black page")
        }
    }

    /// The codes as printed (SVG in the HTML, drawn by WeasyPrint, rasterised at
    /// 150 dpi like a phone camera sees paper) read back as the handout's links.
    func testTheQRCodesOnThePrintedPagesDecode() throws {
        let (handout, pdf) = try pdf("ar")
        let expected = HandoutQRCode.all(in: handout).map(\.payload)
        XCTAssertTrue(expected.contains { $0.hasPrefix("tel:") } && expected.contains { $0.hasPrefix("https://www.openstreetmap.org/") })
        var decoded: [String] = []
        let folder = URL(fileURLWithPath: pdf).deletingLastPathComponent()
        for page in 1...(try pageCount(pdf)) {
            let prefix = folder.appendingPathComponent("scan-\(page)").path
            _ = try tool(["pdftoppm", "-png", "-r", "150", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf, prefix])
            decoded += try decodeQRCodes(in: prefix + ".png")
        }
        XCTAssertEqual(decoded.sorted(), expected.sorted())
    }

    func pageNumber(after title: String, in line: Substring) -> Int? {
        guard let range = line.range(of: title) else { return nil }
        let rest = line[range.upperBound...].drop { $0 == "." || $0 == " " || $0 == "…" }
        return Int(String(rest.prefix { $0.isNumber }))
    }

    /// The grey values of a binary PGM (P5) as pdftoppm writes it.
    func pgmPixels(_ bytes: [UInt8]) throws -> ArraySlice<UInt8> {
        var fields: [String] = [], current = "", index = 0
        while fields.count < 4, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || byte == 0x0a || byte == 0x09 || byte == 0x0d {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(Unicode.Scalar(byte)))
            }
        }
        XCTAssertEqual(fields.first, "P5")
        let width = try XCTUnwrap(Int(fields[1])), height = try XCTUnwrap(Int(fields[2]))
        XCTAssertEqual(bytes.count - index, width * height)
        return bytes[index...]
    }
}
