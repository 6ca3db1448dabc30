import FoundationEssentials
import Logging
import WegwijsContent

/// Notices new content on disk and loads it, all or nothing: a version with any error
/// is refused (the old content stays on screen) and the reasons go to the log.
///
/// "New" means other bytes, by the same hash of every file's name and bytes that keys
/// the content snapshot (ContentCache), polled every few seconds: it notices a `git
/// pull` without inotify on any file system, and unlike sizes and modification times
/// it cannot miss a file rewritten within one clock tick. Hashing the ~1 MB of content
/// costs about a millisecond. A version it accepts is also saved as the snapshot, so
/// the kiosk's next start is fast too.
public final class ContentReloader {
    let content: URL
    let translations: URL
    let logger: Logger
    let cacheDirectory: URL?
    let today: @Sendable () -> String?
    /// New bytes are loaded only once they were the same on two polls in a row: a
    /// half-written file or the middle of a multi-file pull never reaches the screen
    /// (reliability audit D6).
    private var stable: StablePoll
    /// What the content on screen holds, to refuse a version that loses a language, most
    /// of a language's entries, or adds warnings (audit D5).
    private var onScreen: ReloadPolicy.Summary?

    /// - Parameters:
    ///   - cacheDirectory: where accepted versions are saved as snapshots; nil: nowhere.
    ///   - today: the date the interface loads with (review warnings), so the saved
    ///     snapshot is the one the next start looks for.
    ///   - loadedFilesKey: the `filesKey` of the content on screen, when start-up has
    ///     just computed it; otherwise the files are read for it here.
    public init(content: URL, translations: URL, logger: Logger, cacheDirectory: URL? = nil,
                today: @escaping @Sendable () -> String? = { nil }, loadedFilesKey: [UInt8]? = nil,
                loaded: ContentLoader.Result? = nil) {
        self.content = content
        self.translations = translations
        self.logger = logger
        self.cacheDirectory = cacheDirectory
        self.today = today
        stable = StablePoll(loadedKey: loadedFilesKey ?? ContentCache.filesKey(content: content, translations: translations))
        onScreen = loaded.map(Self.summary)
    }

    /// New, valid content when the files changed since the last look (or always when
    /// `force`, as on SIGHUP); nil when nothing changed or the new version is refused.
    public func check(force: Bool = false) -> ContentStore? {
        let key = ContentCache.filesKey(content: content, translations: translations)
        if force {
            stable.markLoaded(key)
        } else {
            // (Unchanged, still settling, or unreadable as before: nothing to do yet.)
            guard stable.observe(key) else { return nil }
        }
        let outcome = ContentCache.load(content: content, translations: translations, today: today(), directory: cacheDirectory,
                                        filesKey: key)
        let result = outcome.result
        let errors = result.errors
        guard errors.isEmpty else {
            logger.error("content update refused; the previous content stays", metadata: [
                "errors": "\(errors.count)",
                "first": "\(errors.prefix(5).map(\.description).joined(separator: " | "))",
            ])
            return nil
        }
        let summary = Self.summary(result)
        if let onScreen, case .refuse(let reason) = ReloadPolicy().decide(old: onScreen, new: summary) {
            logger.error("content update refused; the previous content stays", metadata: [
                "reason": "\(reason)",
                "first": "\(result.diagnostics.prefix(5).map(\.description).joined(separator: " | "))",
            ])
            return nil
        }
        onScreen = summary
        outcome.saveSnapshot?()
        logger.info("content reloaded", metadata: [
            "topics": "\(result.store.topics.count)", "languages": "\(result.store.languages.count)",
            "warnings": "\(result.diagnostics.count)",
        ])
        return result.store
    }

    /// Translated entries per language that has a PO file, and the warnings.
    static func summary(_ result: ContentLoader.Result) -> ReloadPolicy.Summary {
        ReloadPolicy.Summary(
            // Outdated entries are never shown, so they do not count as a language's.
            entriesPerLanguage: result.store.catalogs.mapValues { catalog in
                catalog.entries.values.count { $0.state != .outdated }
            },
            // Left-over PO entries of changed Dutch text are the normal state between a
            // Dutch edit and the translators' update (the reader gets the fallback with a
            // note), not damage: they do not count. Parse and file warnings do.
            warnings: result.diagnostics.count { $0.severity == .warning && !$0.message.hasPrefix("entry not in the Dutch source") })
    }
}
