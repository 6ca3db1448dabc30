/// One word a newcomer meets and may not know ("huisarts"), with a short explanation
/// in plain Dutch, translated through the PO files (msgctxt glossary/TERM).
public struct GlossaryTerm: Equatable, Sendable {
    public var term: String
    /// Other forms that mark the same word in a text ("huisartsen").
    public var forms: [String]
    public var explanation: String
    public var line: Int

    public init(term: String, forms: [String] = [], explanation: String, line: Int = 1) {
        self.term = term
        self.forms = forms
        self.explanation = explanation
        self.line = line
    }

    /// msgctxt of the explanation.
    public var context: String { "glossary/\(term)" }
}
