/// Which web addresses a reader may be sent to. Governments publish test and
/// acceptance copies of their sites (accep-www.ind.nl, acc.example.nl); such a copy
/// can show rules that never came into force, and it disappears without notice.
///
/// The rule: split the host into its dot-separated labels and leave out the last one
/// (the top-level domain). A host is a test host when
/// - a subdomain label (not the last two: "acc.nl" is someone's own domain) is one of
///   the words in `testWords` (acc, test, tst, staging, ...), or
/// - one of the labels starts with `accep` (accep-www, acceptatie), or starts with one
///   of those words followed by '-' (test-www, acc-portal), or ends with '-' followed
///   by one of them (www-acc, ind-test).
/// "testbedrijf.nl" or "accountant.nl" are not test hosts: the word must stand alone.
public enum SourceHosts {
    static let testWords: Set<String> = ["acc", "acpt", "accept", "acceptance", "acceptatie", "test", "tst", "testing",
                                         "staging", "stage", "stg", "uat", "preprod", "pre-prod", "ontw", "ontwikkel",
                                         "dev", "develop"]

    /// The host of an http(s) address, lower-cased; nil for anything else.
    public static func host(of url: String) -> String? {
        let lower = url.lowercased()
        guard let schemeEnd = lower.firstRange(of: "://"), ["http", "https"].contains(String(lower[..<schemeEnd.lowerBound])) else { return nil }
        var rest = lower[schemeEnd.upperBound...]
        if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        return rest.isEmpty ? nil : String(rest)
    }

    public static func isTestHost(_ url: String) -> Bool {
        guard let host = host(of: url) else { return false }
        let labels = host.split(separator: ".").map(String.init)
        for (index, label) in labels.dropLast().enumerated() {
            if index < labels.count - 2 && testWords.contains(label) { return true }
            if label.hasPrefix("accep") { return true }
            for word in testWords where label.hasPrefix(word + "-") || label.hasSuffix("-" + word) { return true }
        }
        return false
    }

    public static func isPlainHTTP(_ url: String) -> Bool { url.lowercased().hasPrefix("http://") }

    /// The web addresses written in a text ("kijk op https://www.ind.nl."), without
    /// the punctuation that ends a sentence.
    public static func addresses(in text: String) -> [String] {
        guard text.containsBytes("http") else { return [] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" }).compactMap { word in
            let lower = word.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
            var url = Substring(word)
            while let last = url.last, ".,;:!?\"'".contains(last) { url.removeLast() }
            return String(url)
        }
    }
}
