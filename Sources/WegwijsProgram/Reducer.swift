import WegwijsApp
import WegwijsContent

/// `update` as the program calls it. The app's is `AppReducer`; the kiosk wraps it
/// (WegwijsKiosk's `KioskReducer`) and keeps its own memory (the administrator's
/// sequence, the last content poll) in itself.
public protocol Reducer {
    mutating func update(_ state: State, _ event: Event, _ env: Environment, page: Page) -> (State, [Effect])
}

public struct AppReducer: Reducer {
    public init() {}

    public func update(_ state: State, _ event: Event, _ env: Environment, page: Page) -> (State, [Effect]) {
        App.update(state, event, env, page: page)
    }
}

/// What running an effect changed in the environment, if anything.
public enum EffectOutcome {
    case done
    /// New content (and its search index): the program swaps them in and sends
    /// `Event.contentReplaced`.
    case replaceContent(ContentStore, (any TopicSearch)?)
    case setSearch((any TopicSearch)?)
}

/// Runs the effects that reach outside the program (files, logs, the search index).
/// `.quit` the program handles itself.
public protocol EffectRunner {
    mutating func run(_ effect: Effect) -> EffectOutcome
}

/// An effect runner made of closures: the executable wires the real ones, tests fakes.
public struct Effects: EffectRunner {
    public var writeSnapshot: () -> Void
    public var buildSearch: () -> (any TopicSearch)?
    /// New valid content, or nil when the files are unchanged or the update is refused.
    public var reload: (_ force: Bool) -> (ContentStore, (any TopicSearch)?)?
    public var log: (LogEvent) -> Void
    /// Records a usage count; a no-op unless the executable wires the UsageStore.
    public var count: (UsageCount) -> Void

    public init(writeSnapshot: @escaping () -> Void = {}, buildSearch: @escaping () -> (any TopicSearch)? = { nil },
                reload: @escaping (Bool) -> (ContentStore, (any TopicSearch)?)? = { _ in nil },
                log: @escaping (LogEvent) -> Void = { _ in }, count: @escaping (UsageCount) -> Void = { _ in }) {
        self.writeSnapshot = writeSnapshot
        self.buildSearch = buildSearch
        self.reload = reload
        self.log = log
        self.count = count
    }

    public mutating func run(_ effect: Effect) -> EffectOutcome {
        switch effect {
        case .quit: return .done
        case .writeSnapshot: writeSnapshot(); return .done
        case .buildSearchIndex: return .setSearch(buildSearch())
        case .reloadContent(let force):
            guard let (content, search) = reload(force) else { return .done }
            return .replaceContent(content, search)
        case .log(let event): log(event); return .done
        case .count(let usage): count(usage); return .done
        }
    }
}
