import WegwijsContent
import WegwijsText

/// The only way the state changes: pure, no terminal, no files, no clock. What else
/// should happen (quit, reload, log) comes back as effects for the program to run.
public enum App {
    /// - Parameter page: the page of `state` (App.page), which the program keeps; update
    ///   reads the menu and search results from it instead of deriving them again.
    public static func update(_ state: State, _ event: Event, _ env: Environment, page: Page) -> (State, [Effect]) {
        let content = env.content, config = env.config
        var next = state
        switch event {
        case .tick(let now):
            next.now = now
            return (next, [])
        case .started:
            return (next, [.writeSnapshot, .buildSearchIndex])
        case .signal(let signal):
            return (next, [.log(.stoppedBySignal(signal)), .quit])
        case .hangup:
            return (next, [.log(.terminalClosed), .quit])
        case .contentReplaced:
            return (reconcile(next, with: content), [])
        case .key, .action, .resize:
            break
        }
        var effects: [Effect] = []
        switch event {
        case .resize(let size):
            next.size = size
            next.scroll = clampedScroll(next, next.scroll, lines: App.page(next, env, reusing: page).topicLines)
        case .action(let action):
            perform(action, on: &next, env, page: page, effects: &effects)
        case .key(let key) where command(for: key, next, env) != nil:
            next.typedNumber = ""
            perform(.command(command(for: key, next, env)!.id), on: &next, env, page: page, effects: &effects)
        case .key(let key):
            let action = next.screen == .search
                ? searchAction(for: key, state: &next, page: page, config: config)
                : action(for: key, state: &next, content: content, page: page, config: config)
            if let action { perform(action, on: &next, env, page: page, effects: &effects) }
        default:
            break
        }
        effects += usageCounts(from: state, to: &next, page: page, config: config)
        return (next, effects)
    }

    /// Keys on the search screen: every character is text (q, h, l, digits, space: the
    /// one-key shortcuts of the other screens do not fire while typing). Up and down
    /// choose, Enter opens, Esc leaves; the function keys and Home still work.
    static func searchAction(for key: Key, state: inout State, page: Page, config: AppConfig) -> Action? {
        state.typedNumber = ""
        func count() -> Int { page.search?.items.count ?? 0 }
        switch key {
        case .character(let c):
            // "/" again before anything is typed: the person is already here.
            if c == "/" && state.query.isEmpty { return nil }
            if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
            if c.isNewline { return nil }
            guard state.query.count < SearchScreen.maximumQueryLength else { return nil }
            // A combining mark typed after its letter joins it: the query stays a String
            // of whole graphemes, whatever order the terminal delivers scalars in.
            state.query.append(c)
            state.selection = 0
            return nil
        case .backspace:
            // One grapheme: "é" typed as e + U+0301, or an Arabic letter with its haraka.
            if !state.query.isEmpty {
                state.query.removeLast()
                state.selection = 0
            }
            return nil
        case .escape: return .back
        case .up:
            let n = count()
            state.selection = n == 0 ? 0 : (state.selection + n - 1) % n
            return nil
        case .down:
            let n = count()
            state.selection = n == 0 ? 0 : (state.selection + 1) % n
            return nil
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .enter: return count() > 0 ? .open(state.selection) : nil
        case .home, .function(2): return .home
        case .function(3): return .changeLanguage
        case .function(10): return config.allowQuit ? .quit : nil
        default: return nil
        }
    }

    /// Translates a key into an action, or handles it directly (selection, digits).
    static func action(for key: Key, state: inout State, content: ContentStore, page: Page, config: AppConfig) -> Action? {
        let isRTL = content.language(state.language)?.direction == .rightToLeft
        let menuCount = page.menu?.items.count
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII {
            guard let count = menuCount else { return digit == 0 ? .back : nil }
            return typeDigit(digit, count: count, state: &state)
        }
        state.typedNumber = ""
        switch key {
        case .up:
            if let count = menuCount { state.selection = count == 0 ? 0 : (state.selection + count - 1) % count; return nil }
            return .scroll(-1)
        case .down:
            if let count = menuCount { state.selection = count == 0 ? 0 : (state.selection + 1) % count; return nil }
            return .scroll(1)
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .enter: return menuCount.map { _ in .open(state.selection) }
        // In a right-to-left screen "back" points right and "forward" left.
        case .right: return isRTL ? .back : menuCount.map { _ in .open(state.selection) }
        case .left: return isRTL ? menuCount.map { _ in .open(state.selection) } : .back
        case .backspace, .escape: return .back
        case .home, .character("*"), .character("h"), .function(2): return .home
        case .character("/"), .function(4): return .search
        case .character("+"), .character("l"), .function(3): return .changeLanguage
        case .character("q"), .function(10): return config.allowQuit ? .quit : nil
        case .end: return .scroll(Int.max / 2)
        default: return nil
        }
    }

    /// Digits choose numbered items; "0" on its own goes back. Two digits are read as
    /// one number when the menu is long enough for it.
    static func typeDigit(_ digit: Int, count: Int, state: inout State) -> Action? {
        if state.typedNumber.isEmpty && digit == 0 { return .back }
        var typed = state.typedNumber + String(digit)
        if let number = Int(typed), number > count { typed = String(digit) }
        guard let number = Int(typed), number >= 1, number <= count else {
            state.typedNumber = ""
            return nil
        }
        state.selection = number - 1
        // Keep the digits only while a longer number could still follow.
        state.typedNumber = number * 10 <= count ? typed : ""
        return nil
    }

    static func perform(_ action: Action, on state: inout State, _ env: Environment, page: Page, effects: inout [Effect]) {
        let content = env.content
        if state.screen == .search && performOnSearch(action, on: &state, page: page) { return }
        switch action {
        case .wake:
            break
        case .command(let id):
            if let command = env.commands.first(where: { $0.id == id }), let next = command.run(state, env) { state = next }
        case .quit:
            if env.config.allowQuit { effects.append(.quit) }
        case .back:
            goBack(&state)
        case .home:
            goHome(&state, content: content)
        case .changeLanguage:
            if state.screen == .language { return }
            push(.language, on: &state)
            state.selection = content.languages.firstIndex { $0.code == state.language } ?? 0
        case .search:
            openSearch(&state)
        case .open(let index):
            open(index, on: &state, page: page)
        case .scroll(let lines):
            if let menu = page.menu {
                state.selection = max(0, min(menu.items.count - 1, state.selection + lines.signum()))
            } else {
                state.scroll = clampedScroll(state, state.scroll &+ lines, lines: page.topicLines)
            }
        case .page(let pages):
            if let menu = page.menu {
                let step = max(1, Layout.listRows(state.size) / 2)
                state.selection = max(0, min(menu.items.count - 1, state.selection + pages * step))
            } else {
                let step = max(1, Layout.pageRows(state.size) - 1)
                state.scroll = clampedScroll(state, state.scroll + pages * step, lines: page.topicLines)
            }
        }
    }

    /// Opening, scrolling and paging on the search screen, through its items. Returns
    /// false for the actions every screen shares (back, home, language, quit).
    static func performOnSearch(_ action: Action, on state: inout State, page: Page) -> Bool {
        let items = page.search?.items ?? []
        switch action {
        case .open(let index):
            guard items.indices.contains(index) else { return true }
            state.selection = index
            switch items[index].target {
            case .topic(let id): push(.topic(id: id), on: &state)
            case .category(let id): push(.topics(category: id), on: &state)
            case .word(let term): push(.glossary(terms: [term], returnScroll: 0), on: &state)
            case .language, .audience: break
            }
            return true
        case .scroll(let lines):
            let count = items.count
            state.selection = max(0, min(count - 1, state.selection + lines.signum()))
            return true
        case .page(let pages):
            let count = items.count
            let step = max(1, Layout.listRows(state.size) / 3)
            state.selection = max(0, min(count - 1, state.selection + pages * step))
            return true
        case .search:
            return true
        case .back, .home, .changeLanguage, .quit, .wake, .command:
            return false
        }
    }

    /// Search from anywhere. When the search screen is on the way back (a topic opened
    /// from it), go back to it, query and all; otherwise it opens empty on top.
    static func openSearch(_ state: inout State) {
        if let index = state.stack.lastIndex(of: .search) {
            while state.stack.count > index + 1 { goBack(&state) }
        } else {
            push(.search, on: &state)
            state.query = ""
        }
    }

    static func open(_ index: Int, on state: inout State, page: Page) {
        guard let menu = page.menu, menu.targets.indices.contains(index) else { return }
        state.selection = index
        switch menu.targets[index] {
        case .language(let code):
            state.language = code
            // Chosen from elsewhere: back to where the person was, now in the new language.
            if state.stack.count > 1 { goBack(&state) } else { push(.audience, on: &state) }
        case .audience(let id):
            state.audience = id
            push(.categories, on: &state)
        case .category(let id):
            push(.topics(category: id), on: &state)
        case .topic(let id):
            push(.topic(id: id), on: &state)
        case .word(let term):
            push(.glossary(terms: [term], returnScroll: 0), on: &state)
        }
    }

    static func push(_ screen: Screen, on state: inout State) {
        state.savedSelections.append(state.selection)
        state.stack.append(screen)
        state.selection = 0
        state.scroll = 0
        state.typedNumber = ""
    }

    static func goBack(_ state: inout State) {
        guard state.stack.count > 1 else { return }
        let left = state.stack.removeLast()
        state.selection = state.savedSelections.popLast() ?? 0
        state.scroll = 0
        // Back from the words of a topic page: the same place on the page.
        if case .glossary(_, let scroll) = left { state.scroll = scroll }
        state.typedNumber = ""
    }

    /// Home is the categories of the person's target group (or as far as they got).
    static func goHome(_ state: inout State, content: ContentStore) {
        let languageIndex = content.languages.firstIndex { $0.code == state.language } ?? 0
        if let audience = state.audience, let audienceIndex = content.audiences.firstIndex(where: { $0.id == audience }) {
            state.stack = [.language, .audience, .categories]
            state.savedSelections = [languageIndex, audienceIndex]
        } else {
            state.stack = [.language, .audience]
            state.savedSelections = [languageIndex]
        }
        state.selection = 0
        state.scroll = 0
        state.typedNumber = ""
    }

    /// Opens the app at a language and target group, as `--lang ar --audience ...` does.
    public static func start(language: String, audience: String?, size: Size, content: ContentStore) -> State {
        var state = State(language: language, size: size)
        state.selection = content.languages.firstIndex { $0.code == language } ?? 0
        if let audience, let index = content.audiences.firstIndex(where: { $0.id == audience }) {
            state.audience = audience
            state.stack = [.language, .audience, .categories]
            state.savedSelections = [state.selection, index]
            state.selection = 0
        }
        return state
    }

    /// A topic page's scroll, kept between its first line and the last screenful.
    static func clampedScroll(_ state: State, _ wanted: Int, lines: [PageLine]?) -> Int {
        guard let lines else { return 0 }
        return max(0, min(wanted, lines.count - Layout.pageRows(state.size)))
    }
}
