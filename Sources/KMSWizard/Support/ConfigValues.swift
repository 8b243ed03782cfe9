import KMSCore
import Localization

/// One layer of configuration (the flags, the environment or the config file): each value is
/// nil where that layer says nothing. `SettingsResolver` stacks the layers.
struct ConfigValues: Sendable, Equatable {
    var host: Endpoint?
    var ntp: Endpoint?
    var domain: String?
    var campus: [String]?
    var timeout: Double?
    var vpn: String?
    var lang: Language?
    var color: ColorChoice?
    var ascii: Bool?

    /// The keys this layer sets.
    var keys: [ConfigKey] {
        ConfigKey.allCases.filter { key in
            switch key {
            case .host: host != nil
            case .ntp: ntp != nil
            case .domain: domain != nil
            case .campus: campus != nil
            case .timeout: timeout != nil
            case .vpn: vpn != nil
            case .lang: lang != nil
            case .color: color != nil
            case .ascii: ascii != nil
            }
        }
    }

    /// Checks a raw value the way the matching flag would and stores it.
    mutating func set(_ key: ConfigKey, _ value: ConfigValue) throws(ConfigValueError) {
        guard value.kind == key.kind else { throw .wrongKind(expected: key.kind) }
        switch (key, value) {
        case let (.host, .string(text)): host = try Self.endpoint(text, defaultPort: CampusDefaults.kmsPort)
        case let (.ntp, .string(text)): ntp = try Self.endpoint(text, defaultPort: CampusDefaults.ntpPort)
        case let (.vpn, .string(text)): vpn = try Self.endpoint(text, defaultPort: 443).host
        case let (.domain, .string(text)):
            guard Self.isDomain(text) else { throw .notADomain }
            domain = text
        case let (.campus, .strings(list)):
            guard !list.isEmpty else { throw .emptyList }
            if let bad = list.first(where: { !Self.isCIDR($0) }) { throw .notACIDR(bad) }
            campus = list
        case let (.timeout, .number(seconds)):
            guard ConfigNumber.timeoutSeconds.contains(seconds) else { throw .timeoutOutOfRange }
            timeout = seconds
        case let (.lang, .string(text)):
            guard let language = Language(argument: text) else { throw .notALanguage }
            lang = language
        case let (.color, .string(text)):
            guard let choice = ColorChoice(rawValue: text) else { throw .notAColorChoice }
            color = choice
        case let (.ascii, .boolean(flag)):
            ascii = flag
        default:
            throw .wrongKind(expected: key.kind)
        }
    }

    /// A DNS domain as `--domain` takes it: letters, digits, `-` and `.`, at most 253 bytes.
    static func isDomain(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 253
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
    }

    /// `ADDRESS/PREFIX` with an IPv4 (prefix <= 32) or IPv6 (prefix <= 128) address.
    static func isCIDR(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), prefix >= 0,
              let address = try? Endpoint.parse(String(parts[0]), defaultPort: 1) else { return false }
        if address.isIPv4Literal { return prefix <= 32 && !parts[0].contains(":") }
        return address.isIPv6Literal && prefix <= 128
    }

    private static func endpoint(_ text: String, defaultPort: UInt16) throws(ConfigValueError) -> Endpoint {
        do {
            return try Endpoint.parse(text, defaultPort: defaultPort)
        } catch {
            throw .notAnEndpoint
        }
    }
}

/// Why a configured value was refused; the same reasons for the environment and the file.
enum ConfigValueError: Error, Sendable, Equatable {
    case wrongKind(expected: ConfigValue.Kind)
    case notAnEndpoint
    case notADomain
    case notACIDR(String)
    case emptyList
    case timeoutOutOfRange
    case notALanguage
    case notAColorChoice
}
