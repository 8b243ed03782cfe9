/// One setting a user can configure, and the names it goes by in each place it can come from:
/// a flag, an environment variable, a key in `config.toml`.
enum ConfigKey: String, CaseIterable, Sendable, Codable, CodingKey {
    case host
    case ntp
    case domain
    case campus
    case timeout
    case vpn
    case lang
    case color
    case ascii

    /// `KMSWIZARD_HOST` and so on; colour has none of its own because `NO_COLOR` is the convention.
    var environmentVariable: String? {
        self == .color ? nil : "KMSWIZARD_" + rawValue.uppercased()
    }

    /// The command-line flag that sets it.
    var flag: String { "--" + rawValue }

    /// The TOML type the config file must use for it.
    var kind: ConfigValue.Kind {
        switch self {
        case .campus: .strings
        case .timeout: .number
        case .ascii: .boolean
        default: .string
        }
    }

    /// Turns an environment variable's text into the key's kind: `KMSWIZARD_CAMPUS` is
    /// comma-separated, `KMSWIZARD_TIMEOUT` a number, `KMSWIZARD_ASCII` true/false or 1/0
    /// (the two spellings shell scripts use).
    func value(fromEnvironment text: String) throws(ConfigValueError) -> ConfigValue {
        switch kind {
        case .string:
            return .string(text)
        case .strings:
            return .strings(text.split(separator: ",").map(Self.withoutSpaces).filter { !$0.isEmpty })
        case .number:
            guard let number = ConfigNumber.parse(Self.withoutSpaces(text)) else { throw .wrongKind(expected: .number) }
            return .number(number)
        case .boolean:
            switch Self.withoutSpaces(text).lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: throw .wrongKind(expected: .boolean)
            }
        }
    }

    /// Address ranges and numbers hold no spaces, so any around the commas can simply go.
    private static func withoutSpaces(_ text: some StringProtocol) -> String {
        String(text.filter { !$0.isWhitespace })
    }
}

/// A configured value as it was written: what the config file holds and what `kmswizard config`
/// prints (a JSON string, number, boolean or array of strings).
enum ConfigValue: Sendable, Equatable, Encodable {
    case string(String)
    case number(Double)
    case strings([String])
    case boolean(Bool)

    enum Kind: String, Sendable {
        case string
        case number
        case strings
        case boolean
    }

    var kind: Kind {
        switch self {
        case .string: .string
        case .number: .number
        case .strings: .strings
        case .boolean: .boolean
        }
    }

    /// How people read it: numbers without a needless `.0`, lists joined by commas.
    var text: String {
        switch self {
        case let .string(text): text
        case let .number(number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .strings(list): list.joined(separator: ", ")
        case let .boolean(flag): String(flag)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(text): try container.encode(text)
        case let .number(number): try container.encode(number)
        case let .strings(list): try container.encode(list)
        case let .boolean(flag): try container.encode(flag)
        }
    }
}
