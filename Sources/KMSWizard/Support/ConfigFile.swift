/// `config.toml`: the flat TOML subset kmswizard reads, parsed by hand so that a mistake can be
/// reported with its file, line and key instead of a generic decoding error.
///
/// Accepted: `key = "basic string"` (escapes `\" \\ \n \t \uXXXX`), `key = 'literal string'`,
/// numbers (`5`, `2.5`, `1_000`), booleans (`true`, `false`), one-line arrays of strings
/// (`["a", 'b',]`), `#` comments and blank lines. Tables, dates and multi-line values are refused
/// with a clear reason.
struct ConfigFile: Sendable {
    /// One `key = value` line.
    struct Entry: Sendable, Equatable {
        var key: ConfigKey
        var value: ConfigValue
        var line: Int
    }

    /// Config files are a few lines; anything bigger is a mistake, not something to load.
    static let maximumBytes = 64 * 1024

    let path: String
    let entries: [Entry]

    /// Parses the file's bytes; every refusal names `path`, the line and (when known) the key.
    init(bytes: [UInt8], path: String) throws(ConfigError) {
        self.path = path
        guard bytes.count <= Self.maximumBytes else { throw ConfigError(path: path, line: 0, key: nil, problem: .tooLarge) }
        var entries: [Entry] = []
        var seen: [ConfigKey: Int] = [:]
        // Windows editors (Notepad) may start a UTF-8 file with a byte order mark; it is no part of the first key.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        for (index, lineBytes) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard let text = String(validating: lineBytes, as: UTF8.self) else {
                throw ConfigError(path: path, line: number, key: nil, problem: .notUTF8)
            }
            guard let entry = try Self.entry(in: text, line: number, path: path) else { continue }
            if let first = seen[entry.key] {
                throw ConfigError(path: path, line: number, key: entry.key.rawValue, problem: .duplicate(firstLine: first))
            }
            seen[entry.key] = number
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The values the file sets, checked like flags.
    func values() throws(ConfigError) -> ConfigValues {
        var values = ConfigValues()
        for entry in entries {
            do {
                try values.set(entry.key, entry.value)
            } catch {
                throw ConfigError(path: path, line: entry.line, key: entry.key.rawValue, problem: .value(error))
            }
        }
        return values
    }

    /// The line each key was set on.
    func line(of key: ConfigKey) -> Int? {
        entries.first { $0.key == key }?.line
    }

    private static func entry(in text: String, line: Int, path: String) throws(ConfigError) -> Entry? {
        var scanner = ConfigScanner(text)
        scanner.skipSpaces()
        if scanner.atEndOfContent { return nil }
        let name = scanner.bareKey()
        func fail(_ problem: ConfigError.Problem, key: String? = name.isEmpty ? nil : name) -> ConfigError {
            ConfigError(path: path, line: line, key: key, problem: problem)
        }
        guard !name.isEmpty else {
            throw fail(scanner.peek == "[" ? .table : .syntax(.expectedKey))
        }
        guard let key = ConfigKey(rawValue: name) else { throw fail(.unknownKey) }
        scanner.skipSpaces()
        guard scanner.take("=") else { throw fail(.syntax(.expectedEquals)) }
        scanner.skipSpaces()
        let value: ConfigValue
        do {
            value = try scanner.value()
        } catch {
            throw fail(.syntax(error))
        }
        scanner.skipSpaces()
        guard scanner.atEndOfContent else { throw fail(.syntax(.trailingText)) }
        return Entry(key: key, value: value, line: line)
    }
}
