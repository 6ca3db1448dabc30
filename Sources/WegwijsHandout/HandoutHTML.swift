import WegwijsContent
import WegwijsText

/// A handout as one HTML file for a browser or for WeasyPrint: `lang` and `dir` on the
/// document and on every text in another language, phone numbers, dates and web
/// addresses isolated left-to-right (`<bdi dir="ltr">`) so that "0800-2000" never
/// reverses inside Arabic, text aligned to its start edge and never justified, a
/// table of contents grouped by category, the QR codes as images from qr/.
public enum HandoutHTML {
    public static func render(_ handout: Handout) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(handout.language)" dir="\(dir(handout.isRightToLeft))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(handout.label(.appTitle))) · \(e(handout.languageName)) · \(e(handout.audienceLabel.text))</title>
        <style>
        \(HandoutCSS.text)
        </style>
        </head>
        <body>

        """
        html += cover(handout)
        html += contents(handout)
        html += "<main>\n"
        for topic in handout.topics { html += article(topic, handout) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func cover(_ handout: Handout) -> String {
        """
        <header class="cover">
        <h1>\(e(handout.label(.appTitle)))</h1>
        <p class="audience"\(attributes(handout.audienceLabel, handout))>\(body(handout.audienceLabel))</p>
        <p class="date"><bdi dir="ltr">\(e(handout.date))</bdi></p>
        </header>

        """
    }

    /// Topic titles by category, each a link; WeasyPrint adds the page number.
    static func contents(_ handout: Handout) -> String {
        var html = "<nav class=\"contents\">\n"
        var index = 0
        while index < handout.topics.count {
            let category = handout.topics[index].categoryID
            let group = handout.topics[index...].prefix { $0.categoryID == category }
            let name = group.first!.category
            html += "<section>\n<h2\(attributes(name, handout))>\(body(name))</h2>\n<ul>\n"
            for topic in group {
                html += "<li><a href=\"#\(anchor(topic))\"\(attributes(topic.title, handout))>\(body(topic.title))</a></li>\n"
            }
            html += "</ul>\n</section>\n"
            index += group.count
        }
        return html + "</nav>\n"
    }

    static func article(_ topic: HandoutTopic, _ handout: Handout) -> String {
        var html = "<article class=\"topic\" id=\"\(anchor(topic))\" data-topic=\"\(e(topic.id))\">\n"
        // Category, title and summary stay together: the contents' page number is the
        // article's, so its title must not be pushed to the next page alone.
        html += "<header class=\"topic-head\">\n"
        html += "<p class=\"category\"\(attributes(topic.category, handout))>\(body(topic.category))</p>\n"
        html += "<h2\(attributes(topic.title, handout))>\(body(topic.title))</h2>\n"
        if let second = topic.secondTitle { html += secondLine(second, tag: "p", class: "second title") }
        html += "<p class=\"summary\"\(attributes(topic.summary, handout))>\(body(topic.summary))</p>\n"
        if let second = topic.secondSummary { html += secondLine(second, tag: "p", class: "second") }
        html += "</header>\n"
        if !topic.notes.isEmpty {
            html += "<div class=\"notes\" role=\"note\">\n"
            for note in topic.notes { html += "<p>\(e(note))</p>\n" }
            html += "</div>\n"
        }
        html += body(topic.blocks, handout)
        html += contacts(topic, handout)
        html += "<footer class=\"reviewed\">\n<p>\(e(handout.label(.reviewed))): <bdi dir=\"ltr\">\(e(topic.reviewed))</bdi></p>\n"
        if !topic.sources.isEmpty {
            html += "<p>\(e(handout.label(.sources))):</p>\n<ul class=\"sources\">\n"
            for source in topic.sources { html += "<li>\(link(source))</li>\n" }
            html += "</ul>\n"
        }
        return html + "</footer>\n</article>\n"
    }

    /// Headings, paragraphs and lists; consecutive items make one list. A block in a
    /// second language follows its own block (inside the same list item for items).
    static func body(_ blocks: [HandoutTopic.Block], _ handout: Handout) -> String {
        var html = ""
        var inList = false
        for block in blocks {
            if block.kind != .item && inList { html += "</ul>\n"; inList = false }
            let second = block.second.map { secondLine($0, tag: block.kind == .item ? "span" : "p",
                                                         class: block.kind == .heading ? "second heading" : "second") } ?? ""
            switch block.kind {
            case .heading:
                html += "<h3\(attributes(block.text, handout))>\(body(block.text))</h3>\n" + second
            case .paragraph:
                html += "<p\(attributes(block.text, handout))>\(body(block.text))</p>\n" + second
            case .item:
                if !inList { html += "<ul>\n"; inList = true }
                html += "<li><span\(attributes(block.text, handout))>\(body(block.text))</span>\(second)</li>\n"
            }
        }
        if inList { html += "</ul>\n" }
        return html
    }

    static func contacts(_ topic: HandoutTopic, _ handout: Handout) -> String {
        guard !topic.contacts.isEmpty else { return "" }
        var html = "<section class=\"contacts\">\n<h3>\(e(handout.label(.contacts)))</h3>\n"
        for (index, contact) in topic.contacts.enumerated() {
            let codes = HandoutQRCode.codes(for: contact, topicID: topic.id, index: index)
            html += "<div class=\"contact\">\n" + qrCodes(codes, handout)
            // Organisation names are Dutch proper names: isolated left-to-right, so that
            // "Alarmnummer (politie, brandweer)" keeps its brackets inside Arabic.
            html += "<h4><bdi dir=\"ltr\" lang=\"nl\">\(e(contact.organisation))</bdi></h4>\n"
            if let description = contact.description {
                html += "<p class=\"description\"\(attributes(description, handout))>\(body(description))</p>\n"
            }
            if let phone = contact.phone {
                let number = "<bdi dir=\"ltr\" class=\"phone\">\(e(phone))</bdi>"
                let dial = codes.first { $0.kind == .phone }?.payload
                html += row(.phone, dial.map { "<a href=\"\(e($0))\">\(number)</a>" } ?? number, handout)
            }
            if let website = contact.website { html += row(.website, link(website), handout) }
            if let address = contact.address {
                // The address is Dutch whatever the reader's language: isolated, left-to-right.
                html += row(.address, "<bdi dir=\"ltr\" lang=\"nl\" class=\"address\">\(e(address))</bdi>", handout)
            }
            if let hours = contact.hours {
                let text = HandoutTopic.Text(text: hours, language: handout.language, isRightToLeft: handout.isRightToLeft)
                html += row(.hours, "<bdi class=\"hours\">\(body(text))</bdi>", handout)
            }
            if let note = contact.note { html += "<p class=\"note\"\(attributes(note, handout))>\(body(note))</p>\n" }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    /// The contact's QR codes, each captioned with what it opens.
    static func qrCodes(_ codes: [HandoutQRCode], _ handout: Handout) -> String {
        guard !codes.isEmpty else { return "" }
        var html = "<div class=\"qr-codes\">\n"
        for code in codes {
            let caption: UIKey
            switch code.kind {
            case .website: caption = .website
            case .phone: caption = .phone
            case .map: caption = .address
            }
            html += "<figure class=\"qr \(code.kind.rawValue)\"><img src=\"\(e(code.fileName))\" alt=\"\(e(code.payload))\">"
                + "<figcaption>\(e(handout.label(caption)))</figcaption></figure>\n"
        }
        return html + "</div>\n"
    }

    static func row(_ label: UIKey, _ valueHTML: String, _ handout: Handout) -> String {
        "<p class=\"detail \(label.rawValue)\"><span class=\"label\">\(e(handout.label(label))):</span> \(valueHTML)</p>\n"
    }

    static func link(_ url: String) -> String {
        "<a href=\"\(e(url))\"><bdi dir=\"ltr\" class=\"url\">\(e(url))</bdi></a>"
    }

    static func secondLine(_ text: HandoutTopic.Text, tag: String, class name: String) -> String {
        "<\(tag) class=\"\(name)\" lang=\"\(e(text.language))\" dir=\"\(dir(text.isRightToLeft))\">\(body(text))</\(tag)>\n"
    }

    /// `lang` and `dir` for a text that is not in the reader's language (a fallback):
    /// English inside an Arabic handout stays left-to-right and gets a Latin font.
    static func attributes(_ text: HandoutTopic.Text, _ handout: Handout) -> String {
        var out = text.language == handout.language ? "" : " lang=\"\(e(text.language))\" dir=\"\(dir(text.isRightToLeft))\""
        // Data attributes, not classes: the element may have a class of its own.
        switch text.fallback {
        case .missing?: out += " data-fallback=\"missing\""
        case .outdated?: out += " data-fallback=\"outdated\""
        case nil: if text.isMachineTranslation { out += " data-machine-translation=\"\"" }
        }
        return out
    }

    /// A text's HTML: escaped, and in right-to-left text every number in parts
    /// ("0800 2000", "08:30–17:00") isolated left-to-right, found exactly as the
    /// terminal finds them (WegwijsText), so paper and screen agree.
    static func body(_ text: HandoutTopic.Text) -> String {
        guard text.isRightToLeft else { return e(text.text) }
        // LRI and PDI are characters of their own (grapheme break "Control").
        return e(TextLayout.isolatingNumbers(text.text)).map { character -> String in
            switch character {
            case "\u{2066}": return "<bdi dir=\"ltr\">"
            case "\u{2069}": return "</bdi>"
            default: return String(character)
            }
        }.joined()
    }

    static func anchor(_ topic: HandoutTopic) -> String { "topic-" + e(topic.id) }
    static func dir(_ rightToLeft: Bool) -> String { rightToLeft ? "rtl" : "ltr" }
    static func e(_ text: String) -> String { HTMLText.escape(text) }
}
