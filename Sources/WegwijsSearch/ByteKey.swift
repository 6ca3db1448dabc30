/// A normalised word as a dictionary or set key, hashed and compared by its UTF-8
/// bytes. Swift's own String hashing normalises non-ASCII text to NFC first, every
/// time; our words are normalised already, and indexing hashes tens of thousands.
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }
}
