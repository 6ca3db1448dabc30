import WegwijsContent

/// A key with its label in the key bar and what it does: the one place a new key goes
/// (a two-language view, a presenter mode, read aloud). The built-in keys (back, home,
/// language, search, quit) are older and live in Update.swift and the key bar.
public struct Command: Sendable {
    /// Names the command in `Action.command` (a click on its key-bar entry).
    public var id: String
    /// Keys that run it outside the search screen, where letters are text.
    public var keys: [Key]
    /// The key as the key bar shows it ("t").
    public var barKey: String
    public var label: UIKey
    /// Which entry leaves the key bar first when it is too narrow (higher goes first).
    public var keep: Int
    /// nil where it does not apply; otherwise the next state.
    public var run: @Sendable (State, Environment) -> State?

    public init(id: String, keys: [Key], barKey: String, label: UIKey, keep: Int,
                run: @escaping @Sendable (State, Environment) -> State?) {
        self.id = id
        self.keys = keys
        self.barKey = barKey
        self.label = label
        self.keep = keep
        self.run = run
    }

    /// The commands of the shipped app beyond the built-in keys.
    public static let standard: [Command] = [.glossary]
}

extension App {
    /// The command for a key on this screen, if one applies.
    static func command(for key: Key, _ state: State, _ env: Environment) -> Command? {
        guard state.screen != .search else { return nil }
        return env.commands.first { $0.keys.contains(key) && $0.run(state, env) != nil }
    }

    /// The commands that apply on this screen, for the key bar.
    static func availableCommands(_ state: State, _ env: Environment) -> [Command] {
        guard state.screen != .search else { return [] }
        return env.commands.filter { $0.run(state, env) != nil }
    }
}
