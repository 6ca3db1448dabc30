import Foundation
@testable import WegwijsContent
import WegwijsHandout
import XCTest

/// The exported HTML: what a browser, a screen reader and WeasyPrint rely on.
final class HandoutHTMLTests: XCTestCase {
    let store = ShippedContent.store

    func html(_ language: String, _ audience: String, topics: [String]? = nil, second: String? = nil) throws -> String {
        HandoutHTML.render(try HandoutBuilder.build(content: store, language: language, audience: audience, topicIDs: topics,
                                                    second: second, date: "2026-12-03"))
    }

    /// Every match of the pattern's first capture.
    func captures(_ pattern: String, in text: String) throws -> [String] {
        let regex = try Regex(pattern)
        return text.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
    }

    func testTheDocumentHasTheReadersLanguageAndDirection() throws {
        XCTAssertTrue(try html("ar", "asylum-seeker").contains("<html lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(try html("ti", "asylum-seeker").contains("<html lang=\"ti\" dir=\"ltr\">"))
        XCTAssertTrue(try html("pl", "labour-migrant").contains("<html lang=\"pl\" dir=\"ltr\">"))
        XCTAssertTrue(try html("ar", "asylum-seeker").contains("<meta charset=\"utf-8\">"))
    }

    func testEveryTopicOfTheGroupAndNoTopicOfAnother() throws {
        var leftOutSomewhere = false
        for audience in store.audiences.map(\.id) {
            let page = try html("ar", audience)
            let shown = try captures(#"<article class="topic" id="[^"]*" data-topic="([^"]+)">"#, in: page)
            let expected = store.topics.filter { $0.isFor(audience) }.map(\.id)
            XCTAssertEqual(Set(shown), Set(expected), audience)
            XCTAssertEqual(shown.count, expected.count, "each topic once for \(audience)")
            leftOutSomewhere = leftOutSomewhere || expected.count < store.topics.count
        }
        XCTAssertTrue(leftOutSomewhere, "some group has fewer topics than all: the filter is tested")
    }

    func testTheTableOfContentsLinksEveryTopicInTheOrderOfThePages() throws {
        let page = try html("pl", "labour-migrant")
        let listed = try captures(##"<li><a href="#topic-([^"]+)""##, in: page)
        let articles = try captures(#"<article class="topic" id="topic-([^"]+)""#, in: page)
        XCTAssertEqual(listed, articles)
        XCTAssertFalse(listed.isEmpty)
    }

    /// "0800-2000" must never read "2000-0800" inside Arabic: every phone number is
    /// isolated left-to-right and links to tel: with digits only.
    func testPhoneNumbersAreIsolatedLeftToRight() throws {
        let page = try html("ar", "asylum-seeker")
        let rows = page.split(separator: "\n").filter { $0.contains("class=\"detail phone\"") }
        let order = try captures(#"data-topic="([^"]+)""#, in: page)
        let phones = order.compactMap(store.topic)
            .flatMap { $0.contacts.filter { $0.applies(to: "asylum-seeker") }.compactMap(\.phone) }
        XCTAssertEqual(rows.count, phones.count)
        XCTAssertTrue(phones.contains { $0.contains("-") || $0.contains(" ") }, "a number with separators is among them")
        for (row, phone) in zip(rows, phones) {
            let dial = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
            XCTAssertTrue(row.contains("<a href=\"\(dial)\"><bdi dir=\"ltr\" class=\"phone\">\(phone)</bdi></a>"), String(row))
        }
    }

    func testWebAddressesAndDatesAreIsolatedToo() throws {
        let page = try html("ar", "asylum-seeker")
        XCTAssertTrue(page.contains("<p class=\"date\"><bdi dir=\"ltr\">2026-12-03</bdi></p>"))
        for url in try captures(#"<a href="(https?://[^"]+)">"#, in: page) {
            XCTAssertTrue(page.contains("<a href=\"\(url)\"><bdi dir=\"ltr\" class=\"url\">\(url)</bdi></a>"), url)
        }
    }

    /// Every element opened is closed in order and has each attribute once (what a
    /// browser would silently repair, WeasyPrint may lay out differently).
    func assertWellFormed(_ page: String, _ name: String, line: UInt = #line) throws {
        var open: [String] = []
        let tag = try Regex(#"<(/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>"#)
        let attribute = try Regex(#"([a-z-]+)(?:="[^"]*")?"#)
        let void: Set<String> = ["meta", "img", "br", "link"]
        for match in page.matches(of: tag) {
            let closing = match.output[1].substring == "/", element = String(match.output[2].substring ?? "")
            let names = (match.output[3].substring ?? "").matches(of: attribute).compactMap { $0.output[1].substring.map(String.init) }
            XCTAssertEqual(names.count, Set(names).count, "\(name): an attribute twice in \(match.output[0].substring ?? "")", line: line)
            if void.contains(element) { continue }
            if closing {
                XCTAssertEqual(open.popLast(), element, "\(name): </\(element)> closes what was opened", line: line)
            } else {
                open.append(element)
            }
        }
        XCTAssertEqual(open, [], name, line: line)
    }

    func testTheHTMLIsWellFormed() throws {
        for (language, audience) in [("ar", "asylum-seeker"), ("ti", "unaccompanied-minor"), ("pl", "labour-migrant")] {
            try assertWellFormed(try html(language, audience, second: "nl"), language)
        }
    }

    func testNoTextIsJustified() throws {
        let page = try html("ar", "asylum-seeker")
        XCTAssertFalse(page.contains("justify"))
        XCTAssertTrue(page.contains("text-align: start"))
    }

    func testEveryQRCodeIsAnImageOfItsContact() throws {
        let handout = try HandoutBuilder.build(content: store, language: "ar", audience: "asylum-seeker", date: "2026-12-03")
        let page = HandoutHTML.render(handout)
        let images = try captures(#"<img src="(qr/[^"]+\.svg)""#, in: page)
        let codes = HandoutQRCode.all(in: handout)
        XCTAssertEqual(images, codes.map(\.fileName))
        XCTAssertTrue(codes.contains { $0.kind == .phone } && codes.contains { $0.kind == .website } && codes.contains { $0.kind == .map })
        XCTAssertEqual(Set(codes.map(\.fileName)).count, codes.count, "no two codes share a file")
    }

    func testTheSecondLanguageFollowsEachBlock() throws {
        let handout = try HandoutBuilder.build(content: store, language: "ti", audience: "asylum-seeker",
                                               topicIDs: ["health-huisarts"], second: "nl", date: "2026-12-03")
        let page = HandoutHTML.render(handout)
        let topic = try XCTUnwrap(store.topic("health-huisarts"))
        let blocks = topic.body.filter { $0.applies(to: "asylum-seeker") }
        XCTAssertEqual(try captures(#"class="second[^"]*" lang="(nl)" dir="ltr""#, in: page).count, blocks.count + 2,
                       "title, summary and every block")
        // Each Dutch block comes right after its Tigrinya one.
        let firstParagraph = try XCTUnwrap(blocks.first { $0.kind == .paragraph })
        let tigrinya = store.topicText(topic, .paragraph, firstParagraph.text, "ti").text
        let escaped = { (s: String) in s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;") }
        XCTAssertTrue(page.contains(">\(escaped(tigrinya))</p>\n<p class=\"second\" lang=\"nl\" dir=\"ltr\">\(escaped(firstParagraph.text))</p>"))
    }

    func testChosenTopicsComeInTheirOrderAndATopicOfAnotherGroupIsRefused() throws {
        let page = try html("pl", "labour-migrant", topics: ["work-loon-en-rechten", "health-huisarts"])
        XCTAssertEqual(try captures(#"data-topic="([^"]+)""#, in: page), ["work-loon-en-rechten", "health-huisarts"])
        XCTAssertThrowsError(try html("pl", "labour-migrant", topics: ["registration-amv-voogd"])) {
            XCTAssertEqual($0 as? HandoutBuilder.Failure, .notForAudience(topic: "registration-amv-voogd", audience: "labour-migrant"))
        }
        XCTAssertThrowsError(try html("pl", "labour-migrant", topics: ["no-such-topic"]))
        XCTAssertThrowsError(try html("xx", "labour-migrant"))
    }

    /// One topic with one paragraph, in Dutch and (partly) Arabic.
    func arabicStore(paragraph: String, arabic: String?, arabicSummary: Bool = true) -> ContentStore {
        let topic = Topic(id: "t", category: "c", audiences: ["g"], title: "Titel", summary: "Samenvatting",
                          body: [Block(kind: .paragraph, text: paragraph, line: 9)])
        var entries = [POEntry(context: "topic/t/title", id: "Titel", string: "العنوان", flags: ["fuzzy"])]
        if arabicSummary { entries.append(POEntry(context: "topic/t/summary", id: "Samenvatting", string: "الملخص")) }
        if let arabic { entries.append(POEntry(context: "topic/t/paragraph", id: paragraph, string: arabic)) }
        entries += [POEntry(context: "ui/note-machine", id: "Machinevertaling.", string: "ترجمة آلية."),
                    POEntry(context: "ui/note-fallback", id: "Niet vertaald: {language}.", string: "غير مترجم: {language}.")]
        return ContentStore(
            sourceLanguage: "nl",
            languages: [Language(code: "nl", name: "Nederlands", direction: .leftToRight, fallback: []),
                        Language(code: "ar", name: "العربية", direction: .rightToLeft, fallback: ["nl"])],
            audiences: [Audience(id: "g", label: "Groep", description: "")], categories: [Category(id: "c", name: "Cat", required: false)],
            topics: [topic], uiLabels: ["note-machine": "Machinevertaling.", "note-fallback": "Niet vertaald: {language}."],
            catalogs: ["ar": Catalog(language: "ar", file: "ar.po", poFile: POFile(entries: entries))])
    }

    /// A paragraph nobody translated is shown in Dutch inside the Arabic page, marked
    /// as Dutch (left-to-right, a Latin font), and the page says so in Arabic.
    func testAFallbackKeepsItsOwnLanguageAndThePageSaysSoInTheReadersLanguage() throws {
        let store = arabicStore(paragraph: "Alleen in het Nederlands.", arabic: nil, arabicSummary: false)
        XCTAssertEqual(SourceSegments.context(topic: "t", .paragraph), "topic/t/paragraph", "the contexts this test uses")
        let page = HandoutHTML.render(try HandoutBuilder.build(content: store, language: "ar", audience: "g", date: "2026-12-03"))
        XCTAssertTrue(page.contains("<p lang=\"nl\" dir=\"ltr\" data-fallback=\"missing\">Alleen in het Nederlands.</p>"), page)
        XCTAssertTrue(page.contains("<h2 data-machine-translation=\"\">العنوان</h2>"), page)
        XCTAssertTrue(page.contains("<p class=\"summary\" lang=\"nl\" dir=\"ltr\" data-fallback=\"missing\">Samenvatting</p>"), page)
        try assertWellFormed(page, "fallbacks")
        XCTAssertTrue(page.contains("<div class=\"notes\" role=\"note\">\n<p>غير مترجم: Nederlands.</p>\n<p>ترجمة آلية.</p>\n</div>"), page)
    }

    /// After an Arabic word the bidi algorithm turns "0800 2000" into "2000 0800" and
    /// "08:30-17:00" into "17:00-08:30": numbers in parts in the prose are isolated as
    /// on screen; a lone number needs nothing.
    func testNumbersInArabicProseAreIsolatedLeftToRight() throws {
        let store = arabicStore(paragraph: "Bel 0800 2000 of 112, open 08:30-17:00.",
                                arabic: "اتصل بالرقم 0800 2000 أو 112، مفتوح 08:30-17:00.")
        let page = HandoutHTML.render(try HandoutBuilder.build(content: store, language: "ar", audience: "g", date: "2026-12-03"))
        XCTAssertTrue(page.contains("<p>اتصل بالرقم <bdi dir=\"ltr\">0800 2000</bdi> أو 112، مفتوح <bdi dir=\"ltr\">08:30-17:00</bdi>.</p>"), page)
    }
}
