import WegwijsText

/// The screens, from the first to the deepest.
public enum Screen: Equatable, Sendable {
    case language
    case audience
    case categories
    case topics(category: String)
    case topic(id: String)
    /// Glossary words explained (by term), opened from a topic page scrolled to
    /// `returnScroll` (back returns there) or from a search result (0).
    case glossary(terms: [String], returnScroll: Int)
    /// Find a topic by typing; the query is `State.query`.
    case search
}

public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// Keys as the app understands them; the terminal backend translates ncurses codes.
public enum Key: Equatable, Sendable {
    case up, down, left, right, enter, backspace, escape, home, end, pageUp, pageDown, tab
    case character(Character)
    case function(Int)
}

/// What a key, a click or a touch asks for.
public enum Action: Equatable, Sendable {
    case back, home, changeLanguage, quit
    /// A touch that asks for nothing but says "I am still here" (the kiosk countdown).
    case wake
    /// Open the search screen (or go back to it when it is on the way back).
    case search
    /// Open item `index` of the current menu.
    case open(Int)
    case scroll(Int)
    case page(Int)
    /// Run the `Command` with this id (a tap on its key-bar entry).
    case command(String)
}

public enum Event: Equatable, Sendable {
    case key(Key)
    case action(Action)
    case resize(Size)
    /// The clock, in seconds from any fixed point: time is an event, so update stays pure.
    case tick(Double)
    /// The first frame is on screen: work that could wait may start now.
    case started
    /// A signal from outside (SIGTERM, SIGINT, SIGHUP, SIGQUIT), by number.
    case signal(Int32)
    /// The terminal is gone (window closed, pty hung up).
    case hangup
    /// The program replaced the content (and search) in the environment: keep the
    /// reader where they are if it still exists.
    case contentReplaced
}

/// Fixed for the run: how the app behaves, not where the person is.
public struct AppConfig: Equatable, Sendable {
    /// Whether q quits; off at the kiosk.
    public var allowQuit: Bool
    public var bidiMode: BidiMode

    /// Whether update emits `.count` effects: the kiosk's `usage-counts: true` only.
    public var countUsage: Bool

    public init(allowQuit: Bool = true, bidiMode: BidiMode = .app, countUsage: Bool = false) {
        self.allowQuit = allowQuit
        self.bidiMode = bidiMode
        self.countUsage = countUsage
    }
}

/// Where the person is. Holds ids only, never content: the content store can be
/// replaced underneath (live reload) and the state still means the same.
public struct State: Equatable, Sendable {
    public var language: String
    public var audience: String?
    /// The way back: the last screen is the current one.
    public var stack: [Screen]
    /// Selected item of the current menu.
    public var selection: Int
    /// Selections of the screens below, restored on the way back.
    public var savedSelections: [Int]
    /// First visible line of a topic page.
    public var scroll: Int
    /// Digits typed to choose a numbered item.
    public var typedNumber: String
    /// What the person typed on the search screen. Results are never kept: view and
    /// update ask the search index for them.
    public var query: String
    /// The query last counted (issue 15), so coming back to the search screen from a
    /// result and leaving it again does not count the same search twice.
    public var countedQuery: String?
    public var size: Size
    /// The last clock tick.
    public var now: Double = 0
    /// Seconds left in a countdown notice over the screen ("are you still there?"),
    /// or nil. Set by whoever owns an idle rule (the kiosk's reducer); the app only
    /// draws it.
    public var countdown: Int?

    public init(language: String, size: Size) {
        self.language = language
        audience = nil
        stack = [.language]
        selection = 0
        savedSelections = []
        scroll = 0
        typedNumber = ""
        query = ""
        self.size = size
    }

    public var screen: Screen { stack.last ?? .language }
}
