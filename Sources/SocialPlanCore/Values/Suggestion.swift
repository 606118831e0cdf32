/// "Did you mean …?" by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` when it is close enough to be a likely typo:
    /// at most one edit for short words, a third of the length for longer ones.
    /// Complexity: O(candidates × |word| × |candidate|).
    public static func closest(to word: String, in candidates: [String], caseInsensitive: Bool = false) -> String? {
        let w = caseInsensitive ? word.lowercased() : word
        let limit = max(1, w.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let cc = caseInsensitive ? c.lowercased() : c
            guard abs(cc.count - w.count) <= limit else { continue }
            let d = distance(w, cc)
            if d <= limit, d < (best?.1 ?? .max) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit
    /// (optimal string alignment), so `Olso` is one edit from `Oslo`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev2 = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[y.count]
    }
}
