import WegwijsContent

/// update and view for callers that keep no page: tests that press keys one by one,
/// `make bench`, the screens drawn for the memory figure. Each call derives the page
/// afresh; the program loop (WegwijsProgram) keeps it instead.
extension App {
    public static func update(_ state: State, _ event: Event, content: ContentStore, search: (any TopicSearch)? = nil,
                              config: AppConfig = AppConfig()) -> State {
        step(state, event, Environment(content: content, search: search, config: config)).state
    }

    /// The next state and its effects.
    public static func step(_ state: State, _ event: Event, _ env: Environment) -> (state: State, effects: [Effect]) {
        let (next, effects) = update(state, event, env, page: page(state, env))
        return (next, effects)
    }

    public static func view(_ state: State, content: ContentStore, search: (any TopicSearch)? = nil,
                            config: AppConfig = AppConfig()) -> Frame {
        let env = Environment(content: content, search: search, config: config)
        return view(state, page(state, env), env)
    }
}
