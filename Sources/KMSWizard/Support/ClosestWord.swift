/// The known word a mistyped one most likely meant, for "did you mean": the nearest by edit
/// distance (a character added, dropped, changed, or two neighbours swapped), when it is near
/// enough to be a slip of the fingers, else the only known word that starts with what was typed.
/// Leading dashes are not part of the word: `--hots` is one swap from `--host`, and a one-letter
/// option like `-x` is too short to guess from.
enum ClosestWord {
    static func to(_ typed: String, among candidates: [String]) -> String? {
        let word = bare(typed)
        let allowed = min(3, word.count / 3)
        let scored = candidates.map { ($0, distance(Array(word), Array(bare($0)))) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed { return best.0 }
        let extending = candidates.filter { bare($0).hasPrefix(word) }
        return word.count >= 3 && extending.count == 1 ? extending[0] : nil
    }

    private static func bare(_ word: String) -> String {
        String(word.drop { $0 == "-" }).lowercased()
    }

    /// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
