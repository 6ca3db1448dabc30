import FoundationEssentials
import Logging
import WegwijsContent

/// Notices new content on disk and loads it, all or nothing: a version with any error
/// is refused (the old content stays on screen) and the reasons go to the log.
public final class ContentReloader {
    let content: URL
    let translations: URL
    let logger: Logger
    private var fingerprint: ContentFingerprint

    public init(content: URL, translations: URL, logger: Logger) {
        self.content = content
        self.translations = translations
        self.logger = logger
        fingerprint = ContentFingerprint.of([content, translations])
    }

    /// New, valid content when the files changed since the last look (or always when
    /// `force`, as on SIGHUP); nil when nothing changed or the new version is refused.
    public func check(force: Bool = false, today: String? = nil) -> ContentStore? {
        let now = ContentFingerprint.of([content, translations])
        guard force || now != fingerprint else { return nil }
        fingerprint = now
        let result = ContentLoader.load(content: content, translations: translations, today: today)
        let errors = result.errors
        guard errors.isEmpty else {
            logger.error("content update refused; the previous content stays", metadata: [
                "errors": "\(errors.count)",
                "first": "\(errors.prefix(5).map(\.description).joined(separator: " | "))",
            ])
            return nil
        }
        logger.info("content reloaded", metadata: [
            "topics": "\(result.store.topics.count)", "languages": "\(result.store.languages.count)",
            "warnings": "\(result.diagnostics.count)",
        ])
        return result.store
    }
}
