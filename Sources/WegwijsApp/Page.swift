import WegwijsContent

/// What the current screen shows, derived from the state and the environment: the
/// menu, the search results or the topic's lines at the current width. Update and view
/// share it; the program loop derives it once per change of `Page.Key` and keeps it
/// (as the bubbles viewport keeps its lines), so a key that only moves the selection
/// or scrolls lays nothing out and asks the search nothing.
public struct Page {
    /// Everything a page depends on in the state. Selection and scroll are not in it.
    public struct Key: Equatable, Sendable {
        public var screen: Screen
        public var language: String
        public var audience: String?
        public var query: String
        public var size: Size

        public init(_ state: State) {
            screen = state.screen
            language = state.language
            audience = state.audience
            query = state.screen == .search ? state.query : ""
            size = state.size
        }
    }

    public var key: Key
    /// A menu screen's items; nil on a topic page and on the search screen.
    public var menu: Menu?
    /// The search screen's hint, results or categories.
    public var search: SearchPage?
    /// A topic page's columns, each laid out at its width (Layout.columns): one today;
    /// a view of two languages side by side gives two. Empty elsewhere or when the
    /// topic is gone.
    public var topicColumns: [TopicColumn] = []

    /// The first (or only) column's lines: what scrolling counts.
    public var topicLines: [PageLine]? { topicColumns.isEmpty ? nil : topicColumns.map(\.lines).max { $0.count < $1.count } }

    /// How many things the person can choose on this page (nil on a topic page).
    var itemCount: Int? { menu?.items.count ?? search?.items.count }
}

extension App {
    /// The page for a state: pure.
    public static func page(_ state: State, _ env: Environment) -> Page {
        var page = Page(key: Page.Key(state))
        switch state.screen {
        case .search:
            page.search = SearchScreen.page(for: state, content: env.content, search: env.search)
        case .topic(let id):
            if let topic = env.content.topic(id) {
                page.topicColumns = GlossaryMarks.marked(topicColumns(topic, languages: [state.language], state, env),
                                                         topic: topic, state, env)
            }
        case .glossary(let terms, _):
            page.topicColumns = GlossaryScreen.columns(terms, state, env)
        default:
            page.menu = Menus.menu(for: state, content: env.content)
        }
        return page
    }

    /// One column per language, each as wide as Layout.columns makes it.
    static func topicColumns(_ topic: Topic, languages: [String], _ state: State, _ env: Environment) -> [TopicColumn] {
        let areas = Layout.columns(state.size, count: languages.count)
        return zip(languages, areas).map { language, area in
            let document = TopicDocument(topic, language: language, audience: state.audience, content: env.content)
            let width = max(1, area.width - 2 * Layout.margin(state.size))
            return TopicColumn(language: language,
                               lines: TopicPage.lines(document, width: width, content: env.content, mode: env.config.bidiMode))
        }
    }

    /// `page` unless the one at hand is still for this state.
    public static func page(_ state: State, _ env: Environment, reusing kept: Page?) -> Page {
        if let kept, kept.key == Page.Key(state) { return kept }
        return page(state, env)
    }
}

/// One column of a topic page: its language (for its direction) and its lines.
public struct TopicColumn: Equatable, Sendable {
    public var language: String
    public var lines: [PageLine]
}
