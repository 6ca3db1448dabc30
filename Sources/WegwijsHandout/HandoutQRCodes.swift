import WegwijsQR

/// The QR codes of a contact: its website, its phone number and its address, each as
/// an SVG file in the handout's qr/ folder. Names are fixed by topic and position, so
/// the HTML and the files written next to it always agree.
public struct HandoutQRCode: Equatable, Sendable {
    public enum Kind: String, Sendable { case website, phone, map }
    public var kind: Kind
    /// What the code says (a URL or a tel: link).
    public var payload: String
    /// Path relative to the handout's folder.
    public var fileName: String

    public static func codes(for contact: HandoutTopic.Contact, topicID: String, index: Int) -> [HandoutQRCode] {
        var codes: [HandoutQRCode] = []
        func add(_ kind: Kind, _ payload: String?) {
            guard let payload else { return }
            codes.append(HandoutQRCode(kind: kind, payload: payload, fileName: "qr/\(topicID)-\(index + 1)-\(kind.rawValue).svg"))
        }
        add(.website, contact.website.map(QRPayload.website))
        add(.phone, contact.phone.flatMap(QRPayload.phone))
        add(.map, contact.address.map(QRPayload.map))
        return codes
    }

    /// Every code of the handout, once.
    public static func all(in handout: Handout) -> [HandoutQRCode] {
        handout.topics.flatMap { topic in
            topic.contacts.enumerated().flatMap { codes(for: $1, topicID: topic.id, index: $0) }
        }
    }

    /// The SVG file's text; nil when the payload does not fit in a QR code.
    public func svg() -> String? {
        QRCode(payload).map { QRImage.svg($0, title: payload) }
    }
}
