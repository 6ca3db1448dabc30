/// The interface labels the app uses. Their Dutch text lives in Content/ui.yaml and
/// their translations in the PO files (msgctxt ui/KEY); `wegwijs check` reports a
/// missing one.
public enum UIKey: String, CaseIterable, Sendable {
    case appTitle = "app-title"
    case chooseLanguage = "choose-language"
    case whoAreYou = "who-are-you"
    case chooseCategory = "choose-category"
    case chooseTopic = "choose-topic"
    case back, home, language, quit, more
    case contacts, phone, website, address, hours, alwaysOpen = "always-open"
    case dayMo = "day-mo", dayTu = "day-tu", dayWe = "day-we", dayTh = "day-th", dayFr = "day-fr", daySa = "day-sa", daySu = "day-su"
    case noteFallback = "note-fallback"
    case noteOutdated = "note-outdated"
    case noteMachine = "note-machine"
    case reviewed, sources
    case tooSmall = "too-small"
    case nothingHere = "nothing-here"
    case scrollHint = "scroll-hint"
    case idleCountdown = "idle-countdown"
    case search
    case searchHint = "search-hint"
    case searchNone = "search-none"
    case searchOtherGroup = "search-other-group"
}
