/// The words after a command's name, read without ArgumentParser by a command that asks for its
/// flags and options by name (`DirectlyParsed`).
///
/// It takes only what is plain: `--flag` once, `--option VALUE` (a value that does not start
/// with `-`) or `--option=VALUE` (any value but an empty one) once, and words. Anything else
/// (`--`, a short option, a flag or option given twice, a missing or empty value, a word or
/// option nobody asked for) refuses the line, and ArgumentParser then parses it as it always
/// did and says what is wrong in its words. ArgumentParser reads `--option=` as an option
/// without its value and takes the next word, so the empty form is refused rather than read.
struct DirectArguments {
    enum Kind: Hashable, Sendable { case flag, option, positionals }

    /// One thing a command asked for: what `DirectParsingTests` holds equal to the command's
    /// ArgumentParser definition.
    struct Asked: Hashable, Sendable {
        /// The long name without dashes (`json` for `--json`); nil for the words.
        var name: String?
        var kind: Kind
    }

    private let words: [String]
    private var taken: [Bool]
    private var refused = false
    /// Every name asked for, in the order the command asked.
    private(set) var asked: [Asked] = []

    init(_ words: [String]) {
        self.words = words
        taken = Array(repeating: false, count: words.count)
    }

    /// Whether the line was read whole: nothing refused and every word taken.
    var isComplete: Bool { !refused && !taken.contains(false) }

    /// Whether `--name` was given.
    mutating func flag(_ name: String) -> Bool {
        asked.append(Asked(name: name, kind: .flag))
        let places = words.indices.filter { !taken[$0] && words[$0] == "--" + name }
        refused = refused || places.count > 1
        places.forEach { taken[$0] = true }
        return !places.isEmpty
    }

    /// The value of `--name VALUE` or `--name=VALUE`, nil when not given (or refused).
    mutating func option(_ name: String) -> String? {
        asked.append(Asked(name: name, kind: .option))
        let spelled = "--" + name
        let places = words.indices.filter { !taken[$0] && (words[$0] == spelled || words[$0].hasPrefix(spelled + "=")) }
        guard let place = places.first else { return nil }
        refused = refused || places.count > 1
        taken[place] = true
        if words[place] != spelled {
            let value = String(words[place].dropFirst(spelled.count + 1))
            refused = refused || value.isEmpty
            return value.isEmpty ? nil : value
        }
        let next = place + 1
        guard next < words.count, !taken[next], !words[next].hasPrefix("-") else {
            refused = true
            return nil
        }
        taken[next] = true
        return words[next]
    }

    /// The words left once every flag and option was asked for (so ask for these last); a word
    /// that starts with `-` is left untaken, which refuses the line.
    mutating func positionals() -> [String] {
        asked.append(Asked(name: nil, kind: .positionals))
        var found: [String] = []
        for index in words.indices where !taken[index] && !words[index].hasPrefix("-") {
            taken[index] = true
            found.append(words[index])
        }
        return found
    }
}
