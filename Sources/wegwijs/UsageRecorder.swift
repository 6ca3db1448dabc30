import Logging
import WegwijsApp
import WegwijsInsights
import WegwijsKiosk

/// The kiosk's end of issue 15: maps the app core's `.count` effects to the UsageStore.
/// Only opened when kiosk.yaml says `usage-counts: true`; otherwise every count is
/// dropped here (and update emits none anyway). Closed (flushed) at exit.
final class UsageRecorder {
    private let store: UsageStore?

    init(settings: KioskConfig, logger: Logger) {
        guard settings.usageCounts else { store = nil; return }
        do {
            store = try UsageStore(path: settings.usageFile, today: { Today.string })
        } catch {
            // Counting is a nicety: the kiosk runs on without it.
            logger.error("usage counts are off: \(error)")
            store = nil
        }
    }

    func record(_ count: UsageCount) {
        store?.record(Self.event(count))
    }

    func close() { store?.close() }

    static func event(_ count: UsageCount) -> UsageEvent {
        switch count {
        case .topicView(let language, let group, let topic): return .topicView(language: language, group: group, topic: topic)
        case .search(let language, let query, let found): return .search(language: language, query: query, found: found)
        }
    }
}
