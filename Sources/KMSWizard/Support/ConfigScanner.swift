import KMSCore

/// Reads one line of `config.toml` left to right; `ConfigFile` drives it.
struct ConfigScanner {
    /// What was wrong with the line's syntax.
    enum SyntaxError: Error, Sendable, Equatable {
        case expectedKey
        case expectedEquals
        case expectedValue
        case unterminatedString
        case badEscape
        case badNumber
        case unterminatedArray
        case arrayOfNonStrings
        case unsupportedValue
        case trailingText
    }

    private let characters: [Character]
    private var position = 0

    init(_ line: String) {
        characters = Array(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    var peek: Character? { position < characters.count ? characters[position] : nil }

    /// True at the end of the line or at a comment.
    var atEndOfContent: Bool { peek == nil || peek == "#" }

    mutating func skipSpaces() {
        while let next = peek, next == " " || next == "\t" { position += 1 }
    }

    mutating func take(_ expected: Character) -> Bool {
        guard peek == expected else { return false }
        position += 1
        return true
    }

    /// A bare TOML key: ASCII letters, digits, `_` and `-`.
    mutating func bareKey() -> String {
        var key = ""
        while let next = peek, next.isASCII, next.isLetter || next.isNumber || next == "_" || next == "-" {
            key.append(next)
            position += 1
        }
        return key
    }

    mutating func value() throws(SyntaxError) -> ConfigValue {
        switch peek {
        case nil, "#": throw .expectedValue
        case "\"", "'": return .string(try string())
        case "[": return .strings(try array())
        case let first? where first.isNumber || first == "+" || first == "-" || first == ".": return .number(try number())
        case "t", "f": return .boolean(try boolean())
        default: throw .unsupportedValue
        }
    }

    /// A TOML boolean: exactly `true` or `false`, lower case.
    private mutating func boolean() throws(SyntaxError) -> Bool {
        let word = bareKey()
        switch word {
        case "true": return true
        case "false": return false
        default: throw .unsupportedValue
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        let quote = characters[position]
        if characters[position...].starts(with: Array(String(repeating: quote, count: 3))) { throw .unsupportedValue }
        position += 1
        var text = ""
        while let next = peek {
            position += 1
            if next == quote { return text }
            if next == "\\" && quote == "\"" {
                text.append(try escape())
            } else {
                text.append(next)
            }
        }
        throw .unterminatedString
    }

    private mutating func escape() throws(SyntaxError) -> Character {
        guard let code = peek else { throw .unterminatedString }
        position += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "u", "U":
            let count = code == "u" ? 4 : 8
            guard position + count <= characters.count,
                  let value = Hex.value(ofDigits: String(characters[position..<position + count]).utf8),
                  let scalar = Unicode.Scalar(value) else { throw .badEscape }
            position += count
            return Character(scalar)
        default: throw .badEscape
        }
    }

    private mutating func array() throws(SyntaxError) -> [String] {
        position += 1
        var items: [String] = []
        while true {
            skipSpaces()
            switch peek {
            case nil, "#": throw .unterminatedArray
            case "]":
                position += 1
                return items
            case "\"", "'":
                items.append(try string())
                skipSpaces()
                if !take(",") && peek != "]" { throw peek == nil ? .unterminatedArray : .trailingText }
            default:
                throw .arrayOfNonStrings
            }
        }
    }

    /// A TOML integer or float; `_` may separate digits.
    private mutating func number() throws(SyntaxError) -> Double {
        var text = ""
        while let next = peek, ConfigNumber.characters.contains(next) {
            text.append(next)
            position += 1
        }
        guard let number = ConfigNumber.parse(text) else { throw .badNumber }
        return number
    }
}
