import WegwijsContent

extension App {
    /// Keeps the person where they are when the content is replaced underneath them
    /// (a live update at the kiosk), unless what they were reading is gone: a vanished
    /// topic takes them to its category, a vanished category to their categories, a
    /// vanished language or target group to a fresh start.
    public static func reconcile(_ state: State, with content: ContentStore) -> State {
        var next = state
        if content.language(next.language) == nil || (next.audience.map { content.audience($0) == nil } ?? false) {
            return freshStart(from: state, content: content)
        }
        var kept: [Screen] = []
        for screen in state.stack {
            switch screen {
            case .topic(let id) where content.topic(id) == nil: break
            case .glossary(let terms, _) where GlossaryScreen.terms(named: terms, in: content).isEmpty: break
            case .topics(let category) where content.topics(in: category, for: state.audience).isEmpty: break
            default:
                kept.append(screen)
                continue
            }
            break // everything after a vanished screen goes too
        }
        if kept != state.stack {
            next.stack = kept.isEmpty ? [.language] : kept
            next.savedSelections = Array(state.savedSelections.prefix(max(0, next.stack.count - 1)))
            next.selection = 0
            next.scroll = 0
        }
        if let count = Menus.menu(for: next, content: content)?.items.count {
            next.selection = min(next.selection, max(0, count - 1))
        }
        return next
    }
}
