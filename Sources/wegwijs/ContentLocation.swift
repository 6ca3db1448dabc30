import FoundationEssentials

/// Finds Content/ and Translations/ without options: next to a checkout's build
/// folder, in PREFIX/share/wegwijs after `make install`, or in the current directory.
enum ContentLocation {
    static func resolve(content: String?, translations: String?) -> (content: URL, translations: URL) {
        if let content {
            let contentURL = URL(fileURLWithPath: content)
            let translationsURL = translations.map { URL(fileURLWithPath: $0) }
                ?? contentURL.deletingLastPathComponent().appendingPathComponent("Translations")
            return (contentURL, translationsURL)
        }
        let root = bundledRoot() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return (root.appendingPathComponent("Content"),
                translations.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("Translations"))
    }

    /// The first folder holding Content/languages.yaml, looking from the executable up
    /// (a checkout: .build/release/wegwijs) and in ../share/wegwijs (an install).
    static func bundledRoot() -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let executable = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/wegwijs"))
            for _ in 0..<5 {
                candidates.append(directory)
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath))
        return candidates.first { fileManager.fileExists(atPath: $0.appendingPathComponent("Content/languages.yaml").path) }
    }
}
