import WegwijsContent
import WegwijsText

/// The only way the state changes: pure, no terminal, no files, no clock.
public enum App {
    public static func update(_ state: State, _ event: Event, content: ContentStore, config: AppConfig = AppConfig()) -> State {
        var next = state
        switch event {
        case .resize(let size):
            next.size = size
            next.scroll = clampedScroll(next, next.scroll, content: content, config: config)
        case .action(let action):
            perform(action, on: &next, content: content, config: config)
        case .key(let key):
            if let action = action(for: key, state: &next, content: content, config: config) {
                perform(action, on: &next, content: content, config: config)
            }
        }
        return next
    }

    /// Translates a key into an action, or handles it directly (selection, digits).
    static func action(for key: Key, state: inout State, content: ContentStore, config: AppConfig) -> Action? {
        let isRTL = content.language(state.language)?.direction == .rightToLeft
        let menuCount = Menus.menu(for: state, content: content)?.items.count
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

    static func perform(_ action: Action, on state: inout State, content: ContentStore, config: AppConfig) {
        switch action {
        case .quit:
            if config.allowQuit { state.shouldQuit = true }
        case .back:
            goBack(&state)
        case .home:
            goHome(&state, content: content)
        case .changeLanguage:
            if state.screen == .language { return }
            push(.language, on: &state)
            state.selection = content.languages.firstIndex { $0.code == state.language } ?? 0
        case .open(let index):
            open(index, on: &state, content: content)
        case .scroll(let lines):
            if Menus.menu(for: state, content: content) != nil {
                let count = Menus.menu(for: state, content: content)?.items.count ?? 0
                state.selection = max(0, min(count - 1, state.selection + lines.signum()))
            } else {
                state.scroll = clampedScroll(state, state.scroll &+ lines, content: content, config: config)
            }
        case .page(let pages):
            if let menu = Menus.menu(for: state, content: content) {
                let step = max(1, Layout.listRows(state.size) / 2)
                state.selection = max(0, min(menu.items.count - 1, state.selection + pages * step))
            } else {
                let step = max(1, Layout.pageRows(state.size) - 1)
                state.scroll = clampedScroll(state, state.scroll + pages * step, content: content, config: config)
            }
        }
    }

    static func open(_ index: Int, on state: inout State, content: ContentStore) {
        guard let menu = Menus.menu(for: state, content: content), menu.targets.indices.contains(index) else { return }
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
        state.stack.removeLast()
        state.selection = state.savedSelections.popLast() ?? 0
        state.scroll = 0
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

    static func clampedScroll(_ state: State, _ wanted: Int, content: ContentStore, config: AppConfig) -> Int {
        guard case .topic(let id) = state.screen, let topic = content.topic(id) else { return 0 }
        let lines = TopicPage.lines(topic, state: state, content: content, config: config).count
        return max(0, min(wanted, lines - Layout.pageRows(state.size)))
    }
}
