/// The only free text the store keeps: a search that found nothing, reduced so that
/// it cannot hold a phone number, a BSN or a date. Every numeral of every script goes
/// (Arabic-Indic and Ethiopic digits too), and so does punctuation (+31, 06-, @),
/// letters are lower-cased, runs of spaces become one.
public enum UnmetTerm {
    /// Longer than this is a sentence, not a term: dropped (it is more likely to be personal).
    public static let maximumLength = 40

    public static func normalize(_ query: String) -> String? {
        var kept = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in query.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.numericType != nil { pendingSpace = true; continue }
            switch properties.generalCategory {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark:
                if pendingSpace, !kept.isEmpty { kept.append(" ") }
                pendingSpace = false
                kept.append(scalar)
            default:
                pendingSpace = true
            }
        }
        let term = String(kept)
        guard !term.isEmpty, term.count <= maximumLength else { return nil }
        return term
    }
}
