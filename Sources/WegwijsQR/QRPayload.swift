/// What a QR code on a topic page or handout says: links a phone opens directly.
public enum QRPayload {
    /// A website as written in the content (already a full https:// address).
    public static func website(_ url: String) -> String { url }

    /// `tel:` with digits and + only, so "0800 2000" or "0800-2000" dials on any phone
    /// (RFC 3966 allows visual separators, but not every phone's dialer accepts them).
    /// Nil when there are no digits.
    public static func phone(_ number: String) -> String? {
        let dialable = number.filter { $0 == "+" || ("0"..."9").contains($0) }
        guard dialable.contains(where: { $0 != "+" }) else { return nil }
        return "tel:" + dialable
    }

    /// An OpenStreetMap search for the address. Chosen because it needs no account, no
    /// API key and no app, opens in any phone's browser, sets no advertising cookies,
    /// and the same address string finds the place (Nominatim geocodes it); a geo: URI
    /// would need coordinates, which the content does not hold.
    public static func map(_ address: String) -> String {
        "https://www.openstreetmap.org/search?query=" + percentEncoded(address)
    }

    /// Percent-encoding of everything but RFC 3986's unreserved characters; spaces as %20.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
