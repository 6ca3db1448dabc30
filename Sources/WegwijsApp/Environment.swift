import WegwijsContent

/// What update, page and view read besides the state: the content, the search and the
/// run's configuration. The program loop owns it; a reload replaces `content` and
/// `search` whole.
public struct Environment {
    public var content: ContentStore
    /// nil until the index is built (right after the first frame), or when SQLite
    /// failed: the search screen then finds nothing and offers the categories.
    public var search: (any TopicSearch)?
    public var config: AppConfig
    /// Keys beyond the built-in ones, with their key-bar labels.
    public var commands: [Command]

    public init(content: ContentStore, search: (any TopicSearch)? = nil, config: AppConfig = AppConfig(),
                commands: [Command] = Command.standard) {
        self.content = content
        self.search = search
        self.config = config
        self.commands = commands
    }
}
