/// Every distinct normalised word in the index (FTS5's own list of terms), with what
/// typo tolerance needs to search it quickly: each word's characters as small integer
/// codes (so comparing two characters is comparing two integers, not two grapheme
/// clusters), the words grouped by length, and a sorted list for prefix look-ups.
struct Vocabulary {
    private var characterCodes = CharacterCodes()
    private var known: Set<ByteKey> = []
    private var terms: [String] = []
    private var codes: [[UInt32]] = []
    /// Term indices by length in characters.
    private var byLength: [[Int]] = []
    /// The terms as UTF-8, sorted bytewise, as FTS5 matches prefixes.
    private var sortedUTF8: [[UInt8]] = []

    mutating func insert(_ term: String) {
        guard known.insert(ByteKey(term)).inserted else { return }
        let termCodes = characterCodes.intern(term)
        let index = terms.count
        terms.append(term)
        codes.append(termCodes)
        while byLength.count <= termCodes.count { byLength.append([]) }
        byLength[termCodes.count].append(index)
    }

    /// Call once after the last insert.
    mutating func finish() {
        sortedUTF8 = terms.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    func contains(_ term: String) -> Bool { known.contains(ByteKey(term)) }

    /// True when some term starts with `prefix` (bytewise, as FTS5 prefix queries do).
    func hasTerm(withPrefix prefix: String) -> Bool {
        let key = Array(prefix.utf8)
        var low = 0
        var high = sortedUTF8.count
        while low < high {
            let middle = (low + high) / 2
            if sortedUTF8[middle].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low < sortedUTF8.count && sortedUTF8[low].starts(with: key)
    }

    /// The terms closest to `word` within `budget` edits: only those at the smallest
    /// distance found, so a one-typo match never competes with a two-typo one. With
    /// `prefix`, distances are to the closest prefix of each term (the word is still
    /// being typed). At most `maximum` terms, shortest first.
    func closestTerms(to word: String, budget: Int, prefix: Bool, maximum: Int = 40) -> [String] {
        guard budget > 0 else { return [] }
        let query = characterCodes.lookUp(word)
        let length = query.count
        let shortest = max(1, length - budget)
        let longest = prefix ? byLength.count - 1 : min(byLength.count - 1, length + budget)
        guard shortest <= longest else { return [] }
        var calculator = EditDistance()
        var bestDistance = budget + 1
        var found: [Int] = []
        for termLength in shortest...longest {
            for index in byLength[termLength] {
                guard let distance = calculator.distance(query, codes[index], limit: min(budget, bestDistance),
                                                         prefix: prefix) else { continue }
                if distance < bestDistance {
                    bestDistance = distance
                    found.removeAll(keepingCapacity: true)
                }
                found.append(index)
            }
        }
        return found.prefix(maximum).map { terms[$0] }
    }
}
