import Foundation
import XCTest
@testable import WegwijsContent

final class POParserTests: XCTestCase {
    func testReadsFlagsPreviousMsgidContextAndContinuationLines() {
        let text = """
        msgid ""
        msgstr ""
        "Language: ar\\n"

        #. Title of the topic
        #: Content/topics/a.md:1
        #, fuzzy
        #| msgid "Oude tekst"
        msgctxt "topic/a/title"
        msgid ""
        "Nieuwe "
        "tekst"
        msgstr "نص \\"جديد\\""

        msgctxt "ui/back"
        msgid "Terug"
        msgstr "رجوع"
        """
        let (file, errors) = POParser.parse(text)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(file.header?.string, "Language: ar\n")
        XCTAssertEqual(file.entries.count, 2)
        let first = file.entries[0]
        XCTAssertEqual(first.context, "topic/a/title")
        XCTAssertEqual(first.id, "Nieuwe tekst")
        XCTAssertEqual(first.string, "نص \"جديد\"")
        XCTAssertTrue(first.isFuzzy)
        XCTAssertEqual(first.previousID, "Oude tekst")
        XCTAssertEqual(first.references, ["Content/topics/a.md:1"])
        XCTAssertEqual(first.line, 5)
        XCTAssertFalse(file.entries[1].isFuzzy)
        XCTAssertNil(file.entries[1].previousID)
    }

    func testEverySyntaxErrorIsReportedWithItsLine() {
        let text = """
        msgctxt "ui/back"
        msgid "Terug
        msgstr "x"

        msgstr "without id"

        bogus "word"

        msgctxt "ui/home"
        msgid "Begin"
        msgstr "Start \\q"

        msgctxt "ui/quit"
        msgid "Stoppen"
        msgstr "Quit"

        msgctxt "ui/quit"
        msgid "Stoppen"
        msgstr "Quit again"
        """
        let (file, errors) = POParser.parse(text)
        XCTAssertEqual(errors.map(\.line), [2, 5, 7, 11, 17])
        XCTAssertTrue(errors[0].message.contains("double quotes"), errors[0].message)
        XCTAssertTrue(errors[1].message.contains("msgstr without msgid"))
        XCTAssertTrue(errors[2].message.contains("unknown keyword 'bogus'"))
        XCTAssertTrue(errors[3].message.contains("unknown escape"))
        XCTAssertTrue(errors[4].message.contains("duplicate entry"))
        XCTAssertTrue(file.entries.contains { $0.context == "ui/quit" && $0.string == "Quit" }, "valid entries are kept")
    }

    func testObsoleteEntriesAreKeptApartAndNeverUsed() {
        let text = """
        #~ msgctxt "ui/old"
        #~ msgid "Oud"
        #~ msgstr "Old"
        """
        let (file, errors) = POParser.parse(text)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(file.entries.count, 1)
        XCTAssertTrue(file.entries[0].obsolete)
        let catalog = Catalog(language: "en", file: "en.po", poFile: file)
        XCTAssertNil(catalog.lookup(context: "ui/old", source: "Oud"))
    }

    func testWriterOutputReadsBackTheSameAndPassesMsgfmt() throws {
        var entry = POEntry(context: "topic/a/paragraph", id: "Regel één\nRegel \"twee\"", string: "Line one\nLine \"two\"",
                            flags: ["fuzzy"], references: ["Content/topics/a.md:12"])
        entry.previousID = "Oude regel"
        let header = POEntry(context: nil, id: "", string: "Content-Type: text/plain; charset=UTF-8\nLanguage: en\n")
        let file = POFile(header: header, entries: [entry, POEntry(context: "ui/back", id: "Terug", string: "Back")])
        let text = POWriter.write(file)
        let (parsed, errors) = POParser.parse(text)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(parsed.entries.map(\.id), file.entries.map(\.id))
        XCTAssertEqual(parsed.entries.map(\.string), file.entries.map(\.string))
        XCTAssertEqual(parsed.entries[0].previousID, "Oude regel")
        try XCTAssertEqual(MsgfmtCheck.run(text), 0)
    }
}

/// GNU gettext's msgfmt --check: the reference validator for PO files.
enum MsgfmtCheck {
    static func run(_ text: String) throws -> Int32 {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-\(UUID().uuidString).po")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try run(file: url.path)
    }

    static func run(file: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["msgfmt", "--check", "--output-file=/dev/null", file]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

final class ShippedTranslationsTests: XCTestCase {
    /// GNU gettext's validator accepts every shipped PO file and the template.
    func testEveryShippedPOFilePassesMsgfmtCheck() throws {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("Translations")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".po") || $0.hasSuffix(".pot") }
        XCTAssertGreaterThanOrEqual(files.count, 6)
        for name in files {
            XCTAssertEqual(try MsgfmtCheck.run(file: directory.appendingPathComponent(name).path), 0, name)
        }
    }

    /// Our parser reads what msgmerge and msgcat write, without a single complaint.
    func testOurParserReadsEveryShippedFileWithoutErrors() throws {
        let directory = Fixtures.repositoryRoot.appendingPathComponent("Translations")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".po") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(POParser.parse(text).errors, [], name)
        }
    }
}
