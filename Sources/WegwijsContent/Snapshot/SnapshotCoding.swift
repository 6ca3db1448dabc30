/// A small binary format for the content snapshot (ContentCache): unsigned LEB128
/// integers and length-prefixed UTF-8 strings, nothing else. Written by hand because
/// the snapshot exists only to be read fast: Foundation's JSON and property-list
/// coders spend more time on the content than parsing the PO files does, and the
/// Codable machinery pays a dynamic cast per value. The format carries no field names;
/// a change to the model changes `ContentSnapshot.formatVersion`.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func integer(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        integer(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }

    mutating func optionalStrings(_ values: [String]?) {
        bool(values != nil)
        if let values { strings(values) }
    }

    mutating func list<T>(_ values: [T], _ element: (inout SnapshotWriter, T) -> Void) {
        integer(values.count)
        for value in values { element(&self, value) }
    }

    mutating func raw(_ values: some Sequence<UInt8>) { bytes.append(contentsOf: values) }
}

/// Reads what SnapshotWriter wrote. Every read checks its bounds and throws on a
/// truncated or damaged snapshot, which the cache then ignores.
struct SnapshotReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func integer() throws(Damaged) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: result))
    }

    /// A count or length: never negative and never more than the bytes left, so a
    /// damaged snapshot cannot make us allocate gigabytes.
    mutating func count() throws(Damaged) -> Int {
        let value = try integer()
        guard value >= 0, value <= bytes.count - offset else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        let start = offset
        offset += length
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
    }

    mutating func optionalStrings() throws(Damaged) -> [String]? {
        try bool() ? try strings() : nil
    }

    mutating func list<T>(_ element: (inout SnapshotReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try count()
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try element(&self)) }
        return result
    }

    mutating func raw(_ length: Int) throws(Damaged) -> UnsafeRawBufferPointer {
        guard length >= 0, length <= bytes.count - offset else { throw Damaged() }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    }
}

/// A 128-bit fingerprint of bytes (two 64-bit lanes of multiply-xorshift over 8-byte
/// words). Not cryptographic: it tells whether the content on disk is the content the
/// snapshot was made from, where a collision needs an accident of 1 in 2^64 or worse.
/// Swift's Hasher is seeded per process, so it cannot be used for anything stored.
struct ContentHash: Equatable {
    private(set) var low: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var high: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    mutating func combine(_ buffer: UnsafeRawBufferPointer) {
        var index = 0
        let count = buffer.count
        while index + 8 <= count {
            mix(buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(buffer[index]) << shift
            shift += 8
            index += 1
        }
        // The length goes in too, so "ab" + "c" and "a" + "bc" differ.
        mix(tail ^ (UInt64(count) << 56))
        mix(UInt64(count))
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    private mutating func mix(_ word: UInt64) {
        low = (low ^ word) &* 0xFF51_AFD7_ED55_8CCD
        low ^= low >> 33
        high = (high &+ word) &* 0xC4CE_B9FE_1A85_EC53
        high ^= high >> 29
        high = high &+ low
    }

    var bytes: [UInt8] {
        withUnsafeBytes(of: low.littleEndian) { Array($0) } + withUnsafeBytes(of: high.littleEndian) { Array($0) }
    }
}
