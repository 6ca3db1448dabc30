import WegwijsText

/// Escaping for HTML text and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
