import WegwijsContent
import WegwijsText

extension App {
    /// Everything a visitor left behind is gone: language, group, path, search text.
    /// The kiosk's idle reset uses it (the idle rule itself lives in WegwijsKiosk).
    public static func freshStart(from state: State, content: ContentStore) -> State {
        var fresh = State(language: content.sourceLanguage, size: state.size)
        fresh.selection = content.languages.firstIndex { $0.code == content.sourceLanguage } ?? 0
        fresh.now = state.now
        return fresh
    }
}
