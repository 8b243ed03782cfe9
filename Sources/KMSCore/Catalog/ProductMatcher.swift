import Platform

/// Turns what a user typed into one catalog entry, or into the entries to offer instead.
///
/// In order: an exact SKU ID; an exact name (short name, alias or display name, ignoring case,
/// spaces and punctuation); then words. Every name of an entry is split into words ("win10-ent" ->
/// windows, 10, enterprise), common abbreviations are spelled out, and an entry matches when each
/// typed word equals one of its words or begins one. The entry whose name has the fewest words left
/// over wins ("win 10 ent" -> win10-enterprise, not win10-enterprise-n); a tie is ambiguous.
struct ProductMatcher {
    /// How many entries a "did you mean" list offers.
    static let suggestionLimit = 5
    /// Longer input is cut before fuzzy matching, so that no input makes the lookup slow.
    static let maximumQueryLength = 120

    let products: [Product]

    func find(_ name: String) throws(ProductLookupError) -> Product {
        let query = String(Self.trimmed(name).prefix(Self.maximumQueryLength))
        if let sku = Self.skuID(in: query), let product = products.first(where: { $0.skuID == sku }) {
            return product
        }
        let compact = Self.compact(query)
        guard !compact.isEmpty else { throw .notFound(query: query, closest: []) }
        let exact = products.filter { product in Self.names(of: product).contains { Self.compact($0) == compact } }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguous(query: query, candidates: exact) }

        let words = Self.words(query)
        let scored = products.compactMap { product in score(product, words).map { (product, $0) } }
        guard let best = scored.map({ $0.1 }).min() else {
            throw .notFound(query: query, closest: closest(to: compact, words: words))
        }
        let winners = scored.filter { $0.1 == best }.map { $0.0 }
        if winners.count == 1 { return winners[0] }
        throw .ambiguous(query: query, candidates: winners)
    }

    /// (words left over, words matched only by prefix) for the entry's best-fitting name, or nil
    /// when some typed word fits none of its names. Lower is better.
    func score(_ product: Product, _ typed: [String]) -> Score? {
        var best: Score?
        for name in Self.names(of: product) {
            let own = Self.words(name)
            var used = Set<Int>()
            var prefixOnly = 0
            var fits = true
            for word in typed {
                if let index = own.indices.first(where: { !used.contains($0) && own[$0] == word }) {
                    used.insert(index)
                } else if word.count >= 2, word.first?.isNumber == false,
                          let index = own.indices.first(where: { !used.contains($0) && own[$0].hasPrefix(word) }) {
                    used.insert(index)
                    prefixOnly += 1
                } else {
                    fits = false
                    break
                }
            }
            guard fits else { continue }
            let score = Score(leftOver: own.count - used.count, prefixOnly: prefixOnly)
            if best.map({ score < $0 }) ?? true { best = score }
        }
        return best
    }

    struct Score: Comparable {
        let leftOver: Int
        let prefixOnly: Int
        static func < (a: Score, b: Score) -> Bool {
            (a.leftOver, a.prefixOnly) < (b.leftOver, b.prefixOnly)
        }
    }

    /// Nearest entries when nothing matched: most typed words found (allowing one typo per word),
    /// then smallest edit distance between the squeezed input and a squeezed name.
    func closest(to compact: String, words: [String]) -> [Product] {
        let ranked = products.map { product -> (Product, Int, Int) in
            let names = Self.names(of: product)
            let own = Set(names.flatMap(Self.words))
            let shared = words.filter { word in own.contains { Self.isNear(word, $0) } }.count
            let distance = names.map { Self.editDistance(compact, Self.compact($0)) }.min() ?? Int.max
            return (product, shared, distance)
        }
        let limit = max(3, compact.count / 2)
        return ranked
            .filter { $0.1 > 0 || $0.2 <= limit }
            .sorted { ($1.1, $0.2) < ($0.1, $1.2) }
            .prefix(Self.suggestionLimit)
            .map(\.0)
    }

    static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }

    static func names(of product: Product) -> [String] {
        [product.shortName, product.displayName] + product.aliases
    }

    /// `{73111121-...}` or `73111121-...` as a UUID; nil for anything else.
    static func skuID(in text: String) -> UUID? {
        var inner = Substring(text)
        if inner.hasPrefix("{") && inner.hasSuffix("}") { inner = inner.dropFirst().dropLast() }
        return inner.count == 36 ? UUID(uuidString: String(inner)) : nil
    }

    /// Lower-case letters and digits only: "Windows 10/11 Enterprise" -> "windows1011enterprise".
    static func compact(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }

    /// Words split at punctuation, spaces and letter/digit changes, abbreviations spelled out:
    /// "WS2012R2-DC" -> windows, server, 2012, r, 2, datacenter; "Professional Plus" -> proplus.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsDigit = false
        func flush() {
            if !current.isEmpty { words += expand(current) }
            current = ""
        }
        for character in text.lowercased() {
            guard character.isLetter || character.isNumber else { flush(); continue }
            if !current.isEmpty && character.isNumber != currentIsDigit { flush() }
            currentIsDigit = character.isNumber
            current.append(character)
        }
        flush()
        return joiningProPlus(words)
    }

    /// "Professional Plus" is one edition, as "ProPlus" is: one word, so that it weighs the same
    /// as "Standard" when ranking "office 2016".
    static func joiningProPlus(_ words: [String]) -> [String] {
        var joined: [String] = []
        for word in words {
            if word == "plus", joined.last == "pro" {
                joined[joined.count - 1] = "proplus"
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// What users abbreviate, and what the catalog spells two ways.
    static let abbreviations: [String: [String]] = [
        "win": ["windows"], "w": ["windows"], "ws": ["windows", "server"], "srv": ["server"],
        "ent": ["enterprise"], "professional": ["pro"],
        "std": ["standard"], "edu": ["education"], "dc": ["datacenter"], "ess": ["essentials"],
        "workstation": ["workstations"], "off": ["office"], "o": ["office"],
    ]

    static func expand(_ word: String) -> [String] {
        abbreviations[word] ?? [word]
    }

    /// Equal, or one edit apart when both are long enough for a typo to be likely.
    static func isNear(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 4 && b.count >= 4 && editDistance(a, b) <= 1)
    }

    /// Levenshtein distance; inputs are bounded by `maximumQueryLength` and the catalog's 80-character names.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
