import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Makes start-up independent of how much content there is. Reading, normalising,
/// parsing and validating every PO file is most of what Wegwijs does before its first
/// frame, and the result is the same every time the files are the same. So the
/// interface keeps a snapshot of the loaded, validated content (diagnostics included,
/// so it still reports what it left out) and uses it while the files' bytes are
/// unchanged.
///
/// The key is a hash of every input file's name and bytes, not of sizes and
/// modification times: a file saved twice within one timestamp tick, or restored by
/// git with an old time, must never show old content. Hashing ~1 MB costs well under a
/// millisecond; parsing it costs tens. The key also holds the snapshot format, the
/// date (reviews older than 12 months turn into warnings at midnight) and the
/// executable's identity, so a new build with a parser fix never reads an old snapshot.
///
/// Anything wrong with the cache (missing, damaged, unwritable folder) only means the
/// files are parsed as before.
public enum ContentCache {
    public struct Outcome: Sendable {
        public var result: ContentLoader.Result
        /// True when the snapshot was used and no file was parsed.
        public var usedSnapshot: Bool
        /// The files' hash (`filesKey`), for a caller that watches them for changes;
        /// nil when a file could not be read.
        public var filesKey: [UInt8]?
        /// Writes the snapshot of freshly parsed content; nil when there is nothing to
        /// write. Left to the caller so the interface can draw its first frame first.
        public var saveSnapshot: (@Sendable () -> Void)?
    }

    private static let magic: [UInt8] = Array("WEGWIJS-SNAPSHOT".utf8)

    /// - Parameters:
    ///   - directory: where snapshots live (one per content location); nil loads
    ///     without a cache.
    ///   - filesKey: `filesKey(content:translations:)` when the caller has just
    ///     computed it (the kiosk's poll), so the files are not read twice for it.
    public static func load(content: URL, translations: URL, today: String?, directory: URL?,
                            filesKey known: [UInt8]? = nil) -> Outcome {
        let files = known ?? (directory == nil ? nil : filesKey(content: content, translations: translations))
        guard let directory, let files else {
            return Outcome(result: ContentLoader.load(content: content, translations: translations, today: today),
                           usedSnapshot: false, filesKey: files, saveSnapshot: nil)
        }
        let key = inputKey(filesKey: files, content: content, translations: translations, today: today)
        let file = directory.appendingPathComponent(snapshotName(content: content, translations: translations))
        if let result = read(file, expecting: key) {
            return Outcome(result: result, usedSnapshot: true, filesKey: files, saveSnapshot: nil)
        }
        let result = ContentLoader.load(content: content, translations: translations, today: today)
        return Outcome(result: result, usedSnapshot: false, filesKey: files,
                       saveSnapshot: { write(result, key: key, to: file, directory: directory) })
    }

    /// `$XDG_CACHE_HOME/wegwijs`, else `~/.cache/wegwijs`; nil when neither is known.
    public static func defaultDirectory(environment: [String: String]) -> URL? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("wegwijs")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/wegwijs")
        }
        return nil
    }

    // MARK: - Key

    /// The hash of every file the loader reads, names and bytes, or nil if a file cannot
    /// be read (the loader then reports it; such content is not worth caching). The
    /// kiosk polls it to notice new content.
    public static func filesKey(content: URL, translations: URL) -> [UInt8]? {
        var hash = ContentHash()
        var files = ["languages.yaml", "audiences.yaml", "categories.yaml", "ui.yaml"].map { content.appendingPathComponent($0) }
        let glossary = content.appendingPathComponent("glossary.yaml")
        if FileManager.default.fileExists(atPath: glossary.path) { files.append(glossary) }
        let topics = content.appendingPathComponent("topics")
        files += ContentLoader.listFiles(topics, suffix: ".md").map { topics.appendingPathComponent($0) }
        files += ContentLoader.listFiles(translations, suffix: ".po").map { translations.appendingPathComponent($0) }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        for file in files {
            hash.combine(file.path)
            guard hashFile(file.path, into: &hash, buffer: &buffer) else { return nil }
        }
        return hash.bytes
    }

    /// The snapshot's key: the files, and everything else that changes what the loader
    /// makes of them.
    static func inputKey(filesKey: [UInt8], content: URL, translations: URL, today: String?) -> [UInt8] {
        var hash = ContentHash()
        hash.combine("format \(ContentSnapshot.formatVersion)")
        hash.combine("today \(today ?? "-")")
        hash.combine(executableIdentity())
        // Diagnostics name files relative to the working directory when they are below
        // it: started elsewhere, the same content must not print the old paths.
        hash.combine(ContentLoader.displayRoot(content))
        hash.combine(ContentLoader.displayRoot(translations))
        filesKey.withUnsafeBytes { hash.combine($0) }
        return hash.bytes
    }

    private static func hashFile(_ path: String, into hash: inout ContentHash, buffer: inout [UInt8]) -> Bool {
        // Links, FIFOs and devices are refused here as in the loader (audit D3).
        guard case .success(let descriptor) = RegularFile.open(path) else { return false }
        defer { close(descriptor) }
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { break }
            total += count
            if total > ContentLoader.maximumFileSize { return false }
            buffer.withUnsafeBytes { hash.combine(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return true
    }

    /// Path, size and modification time of the running executable: a rebuilt binary
    /// may parse differently, so it never trusts an older binary's snapshot.
    private static func executableIdentity() -> String {
        var info = stat()
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              stat(path, &info) == 0 else { return "unknown executable" }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// One snapshot per content location, so a checkout and an installed copy don't
    /// keep replacing each other's.
    static func snapshotName(content: URL, translations: URL) -> String {
        var hash = ContentHash()
        hash.combine(content.standardizedFileURL.path)
        hash.combine(translations.standardizedFileURL.path)
        return "content-" + hash.bytes.prefix(8).map { String($0, radix: 16).leftPadded(to: 2) }.joined() + ".snapshot"
    }

    // MARK: - File

    /// Layout: magic, input key (16 bytes), payload length, payload hash (16 bytes),
    /// payload. The payload hash catches a damaged file.
    static func read(_ file: URL, expecting key: [UInt8]) -> ContentLoader.Result? {
        guard let data = try? Data(contentsOf: file), data.count > magic.count + 32 else { return nil }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> ContentLoader.Result? in
            var input = SnapshotReader(bytes)
            do {
                guard Array(try input.raw(magic.count)) == magic, Array(try input.raw(16)) == key else { return nil }
                let length = try input.count()
                let expectedHash = Array(try input.raw(16))
                let payload = try input.raw(length)
                var hash = ContentHash()
                hash.combine(payload)
                guard hash.bytes == expectedHash, input.isAtEnd else { return nil }
                var payloadReader = SnapshotReader(payload)
                let result = try ContentSnapshot.decode(&payloadReader)
                return payloadReader.isAtEnd ? result : nil
            } catch {
                return nil
            }
        }
    }

    /// Written to a temporary file and renamed into place, so a reader (a second
    /// Wegwijs starting) never sees half a snapshot.
    static func write(_ result: ContentLoader.Result, key: [UInt8], to file: URL, directory: URL) {
        let payload = ContentSnapshot.encode(result)
        var hash = ContentHash()
        payload.withUnsafeBytes { hash.combine($0) }
        var out = SnapshotWriter(capacity: payload.count + 64)
        out.raw(magic)
        out.raw(key)
        out.integer(payload.count)
        out.raw(hash.bytes)
        out.raw(payload)
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(out.bytes).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
        removeStaleSnapshots(in: directory, keeping: file)
    }

    /// Snapshots of content folders that are gone or no longer used (a moved checkout,
    /// the tests' scratch copies) would pile up: remove any not read or written for
    /// 30 days. A snapshot in use is rewritten whenever its content changes and its
    /// access time moves on every start (where the file system records it).
    static func removeStaleSnapshots(in directory: URL, keeping current: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        let limit = now.timeIntervalSince1970 - 30 * 24 * 3600
        for name in names where name.hasPrefix("content-") && name.hasSuffix(".snapshot") && name != current.lastPathComponent {
            let path = directory.appendingPathComponent(name).path
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let lastUse = max(Double(info.st_mtim.tv_sec), Double(info.st_atim.tv_sec))
            if lastUse < limit { unlink(path) }
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
