import FoundationEssentials

/// What the content folders look like on disk: every file's path, size and
/// modification time. Polling this every few seconds notices a `git pull` (which
/// writes new files and renames them into place) without inotify, on any file system.
public struct ContentFingerprint: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var path: String
        var size: Int
        var modified: Double
    }

    var entries: [Entry]

    public static func of(_ directories: [URL]) -> ContentFingerprint {
        var entries: [Entry] = []
        let fileManager = FileManager.default
        for directory in directories {
            guard let enumerator = fileManager.enumerator(atPath: directory.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = directory.appendingPathComponent(relative).path
                guard let attributes = try? fileManager.attributesOfItem(atPath: path),
                      (attributes[.type] as? FileAttributeType) == .typeRegular else { continue }
                let size = (attributes[.size] as? Int) ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries.append(Entry(path: path, size: size, modified: modified))
            }
        }
        return ContentFingerprint(entries: entries.sorted { $0.path < $1.path })
    }
}
