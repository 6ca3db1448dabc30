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
    /// The glossary (issue 11 item 7): its key-bar label, its screen's title, and the
    /// note under a search result that is a word, not a topic.
    case words, wordsTitle = "words-title", searchWord = "search-word"
    /// The note that replaces a `[fact:ID]` marker, per kind of fact ({date}, {site}).
    case factAmount = "fact-amount", factRule = "fact-rule", factHours = "fact-hours"
    case factPhone = "fact-phone", factAddress = "fact-address", factDate = "fact-date"
    /// How a date is written in a fact note ({day} {month} {year}), and the months.
    case factDateFormat = "fact-date-format"
    case month1 = "month-1", month2 = "month-2", month3 = "month-3", month4 = "month-4"
    case month5 = "month-5", month6 = "month-6", month7 = "month-7", month8 = "month-8"
    case month9 = "month-9", month10 = "month-10", month11 = "month-11", month12 = "month-12"
}
