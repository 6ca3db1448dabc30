/// A text in the language the person reads, and how honest it is about itself.
public struct Localized: Equatable, Sendable {
    public enum Fallback: Equatable, Sendable {
        /// No translation into the person's language yet.
        case missing
        /// There is one, but the Dutch changed since: it may be outdated.
        case outdated
    }

    public var text: String
    /// The language `text` is in.
    public var language: String
    /// Set when `text` is not in the language asked for, and why.
    public var fallback: Fallback?
    /// A machine translation nobody has checked yet.
    public var isMachineTranslation: Bool

    public init(text: String, language: String, fallback: Fallback? = nil, isMachineTranslation: Bool = false) {
        self.text = text
        self.language = language
        self.fallback = fallback
        self.isMachineTranslation = isMachineTranslation
    }
}

extension ContentStore {
    /// The text for `source` (Dutch) in `context`, in `language` or else the first
    /// language of its fallback chain that has a current translation.
    public func localize(_ source: String, context: String, language code: String) -> Localized {
        if code == sourceLanguage || source.isEmpty { return Localized(text: source, language: sourceLanguage) }
        var reason: Localized.Fallback?
        for candidate in [code] + (language(code)?.fallback ?? [sourceLanguage]) {
            if candidate == sourceLanguage {
                return Localized(text: source, language: sourceLanguage, fallback: reason ?? .missing)
            }
            guard let translation = catalogs[candidate]?.lookup(context: context, source: source) else {
                if candidate == code { reason = .missing }
                continue
            }
            switch translation.state {
            case .outdated:
                if candidate == code { reason = .outdated }
                continue
            case .reviewed, .machine:
                return Localized(text: translation.text, language: candidate,
                                 fallback: candidate == code ? nil : (reason ?? .missing),
                                 isMachineTranslation: translation.state == .machine)
            }
        }
        return Localized(text: source, language: sourceLanguage, fallback: reason ?? .missing)
    }

    /// An interface label by key (ui.yaml), localised.
    public func ui(_ key: String, _ language: String) -> String {
        uiLocalized(key, language).text
    }

    public func uiLocalized(_ key: String, _ language: String) -> Localized {
        guard let source = uiLabels[key] else { return Localized(text: key, language: sourceLanguage) }
        return localize(source, context: POContext.ui(key).string, language: language)
    }

    /// An interface label by its typed key, localised.
    public func ui(_ key: UIKey, _ language: String) -> String { ui(key.rawValue, language) }

    public func audienceLabel(_ audience: Audience, _ language: String) -> Localized {
        localize(audience.label, context: POContext.audienceLabel(audience.id).string, language: language)
    }

    public func audienceDescription(_ audience: Audience, _ language: String) -> Localized {
        localize(audience.description, context: POContext.audienceDescription(audience.id).string, language: language)
    }

    public func categoryName(_ category: Category, _ language: String) -> Localized {
        localize(category.name, context: POContext.category(category.id).string, language: language)
    }

    public func topicText(_ topic: Topic, _ kind: SegmentKind, _ source: String, _ language: String) -> Localized {
        localize(source, context: POContext.topic(topic.id, kind).string, language: language)
    }
}
