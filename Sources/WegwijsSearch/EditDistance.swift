/// Damerau-Levenshtein distance (the optimal-string-alignment form: insertions,
/// deletions, substitutions and swaps of two neighbours, each one edit) over
/// characters given as small integer codes (see `Vocabulary`), with a limit so that
/// hopeless comparisons stop early.
struct EditDistance {
    // Three rows of the dynamic-programming table, reused between comparisons.
    private var previous2: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance from `query` to `term`, or nil when it is more than `limit`.
    /// With `prefix`, the distance to the closest prefix of `term`: "huisarst" is one
    /// edit from "huisartsenpost" while someone is still typing.
    mutating func distance(_ query: [UInt32], _ term: [UInt32], limit: Int, prefix: Bool) -> Int? {
        let m = query.count
        // Only the first m + limit characters of a term can take part in a prefix match.
        let n = prefix ? min(term.count, m + limit) : term.count
        if !prefix && abs(m - n) > limit { return nil }
        if prefix && n < m - limit { return nil }
        if m == 0 { return prefix ? 0 : (n <= limit ? n : nil) }

        let width = n + 1
        if previous.count < width {
            previous2 = [Int](repeating: 0, count: width)
            previous = [Int](repeating: 0, count: width)
            current = [Int](repeating: 0, count: width)
        }
        for j in 0..<width { previous[j] = j }
        var previousRowMinimum = 0
        for i in 1...m {
            current[0] = i
            var rowMinimum = i
            let q = query[i - 1]
            for j in 1..<width {
                let t = term[j - 1]
                var best = min(previous[j] + 1, current[j - 1] + 1)
                best = min(best, previous[j - 1] + (q == t ? 0 : 1))
                if i > 1 && j > 1 && q == term[j - 2] && query[i - 2] == t {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            // A swap reaches back two rows, so stop only when two rows are over the limit.
            if rowMinimum > limit && previousRowMinimum > limit { return nil }
            previousRowMinimum = rowMinimum
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        // `previous` now holds the last row.
        let result: Int
        if prefix {
            var best = Int.max
            for j in max(0, m - limit)..<width { best = min(best, previous[j]) }
            result = best
        } else {
            result = previous[n]
        }
        return result <= limit ? result : nil
    }
}
