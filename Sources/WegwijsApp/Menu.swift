import WegwijsContent
import WegwijsText

/// One choice on a menu screen.
public struct MenuItem: Equatable, Sendable {
    public var label: Localized
    /// A second, dimmer line (a target group's description, a topic's summary).
    public var detail: Localized?
    /// The direction of the label's own script, when it differs from the screen's
    /// (language names on the language screen).
    public var ownDirection: TextDirection?
}

/// The menu of the current screen, built from the content store.
public struct Menu: Equatable, Sendable {
    public var title: String
    public var items: [MenuItem]
    /// What `open(index)` goes to.
    public var targets: [MenuTarget]
}

public enum MenuTarget: Equatable, Sendable {
    case language(String)
    case audience(String)
    case category(String)
    case topic(String)
    /// A glossary word, by term (a search result of kind "word").
    case word(String)
}

public enum Menus {
    /// nil on a topic page, which is not a menu, and on the search screen, which has its
    /// own items (`SearchScreen`).
    public static func menu(for state: State, content: ContentStore) -> Menu? {
        let lang = state.language
        switch state.screen {
        case .language:
            let items = content.languages.map { language in
                MenuItem(label: Localized(text: language.name, language: language.code), detail: nil,
                         ownDirection: language.direction)
            }
            return Menu(title: content.ui(.chooseLanguage, lang), items: items,
                        targets: content.languages.map { .language($0.code) })
        case .audience:
            let items = content.audiences.map { audience in
                MenuItem(label: content.audienceLabel(audience, lang), detail: content.audienceDescription(audience, lang))
            }
            return Menu(title: content.ui(.whoAreYou, lang), items: items,
                        targets: content.audiences.map { .audience($0.id) })
        case .categories:
            let categories = content.categories(for: state.audience)
            return Menu(title: content.ui(.chooseCategory, lang),
                        items: categories.map { MenuItem(label: content.categoryName($0, lang)) },
                        targets: categories.map { .category($0.id) })
        case .topics(let categoryID):
            let topics = content.topics(in: categoryID, for: state.audience)
            let title = content.category(categoryID).map { content.categoryName($0, lang).text }
                ?? content.ui(.chooseTopic, lang)
            return Menu(title: title,
                        items: topics.map { topic in
                            MenuItem(label: content.topicText(topic, .title, topic.title, lang),
                                     detail: content.topicText(topic, .summary, topic.summary, lang))
                        },
                        targets: topics.map { .topic($0.id) })
        default:
            // Topic pages, the search screen, and any screen that is not a menu.
            return nil
        }
    }
}

extension MenuItem {
    init(label: Localized) { self.init(label: label, detail: nil, ownDirection: nil) }
}
