/// The msgctxt of every translatable text: one place that spells them, for lookups
/// (ContentStore.localize) and for the template (SourceSegments).
public enum POContext: Equatable, Hashable, Sendable {
    case ui(String)
    case audienceLabel(String)
    case audienceDescription(String)
    case category(String)
    case topic(String, SegmentKind)
    case glossary(String)

    public var string: String {
        switch self {
        case .ui(let key): return "ui/\(key)"
        case .audienceLabel(let id): return "audience/\(id)/label"
        case .audienceDescription(let id): return "audience/\(id)/description"
        case .category(let id): return "category/\(id)"
        case .topic(let id, let kind): return "topic/\(id)/\(kind.rawValue)"
        case .glossary(let term): return "glossary/\(term)"
        }
    }
}
