/// Issue 12: decides whether a parsed, error-free content version may replace the one on
/// screen. It refuses a version that loses a language, loses most of a language's
/// entries, or adds warnings: those are signs of a broken pull, not of an edit.
public struct ReloadPolicy: Sendable {
    /// What the policy needs to know about one content version.
    public struct Summary: Sendable, Equatable {
        public var entriesPerLanguage: [String: Int]
        public var warnings: Int
        public init(entriesPerLanguage: [String: Int], warnings: Int) {
            self.entriesPerLanguage = entriesPerLanguage
            self.warnings = warnings
        }
    }

    public enum Verdict: Sendable, Equatable {
        case accept
        case refuse(reason: String)
    }

    public init() {}

    public func decide(old: Summary, new: Summary) -> Verdict {
        for (language, oldCount) in old.entriesPerLanguage.sorted(by: { $0.key < $1.key }) {
            guard let newCount = new.entriesPerLanguage[language] else {
                return .refuse(reason: "language \(language) is missing")
            }
            // "Most" lost: fewer than half of the entries remain.
            if newCount * 2 < oldCount {
                return .refuse(reason: "language \(language) lost \(oldCount - newCount) of \(oldCount) entries")
            }
        }
        if new.warnings > old.warnings {
            return .refuse(reason: "warnings rose from \(old.warnings) to \(new.warnings)")
        }
        return .accept
    }
}
