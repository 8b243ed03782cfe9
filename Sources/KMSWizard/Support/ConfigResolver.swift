import KMSCore
import KMSProtocol
import Localization

/// Where an effective value came from, strongest first: a flag, the environment, the config
/// file, the locale (language only), the built-in campus default.
enum ConfigSource: Sendable, Equatable {
    case flag(String)
    case environment(String)
    case file(path: String, line: Int)
    case locale(String)
    case defaultValue
}

/// The settings a command runs with, and the source of each value (what `kmswizard config` shows).
struct ResolvedConfig: Sendable {
    var settings: Settings
    var language: Language
    var color: ColorChoice
    /// ASCII borders in the wizard.
    var ascii: Bool
    /// Where each key was set, lowest layer first: the last entry for a key is its source. A
    /// list, not a dictionary keyed by `ConfigKey`, whose first use costs a runtime conformance
    /// scan on every start (issue 15) for the eight keys there are.
    var sources: [(key: ConfigKey, source: ConfigSource)]
    /// The config file that was consulted (nil when neither XDG_CONFIG_HOME nor HOME is set).
    var configPath: String?
    var configFileExists: Bool

    func source(of key: ConfigKey) -> ConfigSource { sources.last { $0.key == key }?.source ?? .defaultValue }

    /// The effective value of one key, as a config file would write it.
    func value(of key: ConfigKey) -> ConfigValue {
        switch key {
        case .host: .string(settings.kmsHost.description)
        case .ntp: .string(settings.ntpServer.description)
        case .domain: .string(settings.domain)
        case .campus: .strings(settings.campusRanges)
        case .timeout: .number(settings.timeoutSeconds)
        case .vpn: .string(settings.vpnServer)
        case .lang: .string(language.rawValue)
        case .color: .string(color.rawValue)
        case .ascii: .boolean(ascii)
        }
    }
}

/// Stacks the configuration layers: flags, then the environment (`KMSWIZARD_HOST`, ...), then
/// `$XDG_CONFIG_HOME/kmswizard/config.toml` (else `~/.config/kmswizard/config.toml`), then the
/// campus defaults (`Settings()`).
///
/// Commands resolve once, through `CommandContext`, before doing anything, with the values of
/// their own flags (`ConfigValues(output:host:timeout:...)`, then `resolveForCommand`); a bad
/// environment variable or config file is a `ConfigError` that names where the bad value is.
struct SettingsResolver: Sendable {
    let environment: Variables
    /// The config file as already read for this run (`RunInputs`); nil: read it when resolving.
    private let preread: Loaded<ConfigFile?, ConfigError>?

    /// This run's resolver: the process environment and config file, each read once per run.
    init() {
        environment = RunInputs.environment
        preread = RunInputs.configFile
    }

    /// A resolver over `environment`, which reads the config file it names on each resolution.
    init(environment: Variables) {
        self.environment = environment
        preread = nil
    }

    /// `$XDG_CONFIG_HOME/kmswizard/config.toml` when XDG_CONFIG_HOME is an absolute path (the XDG
    /// rule), else `$HOME/.config/kmswizard/config.toml`.
    var configPath: String? {
        if let xdg = UserFolders.absolute("XDG_CONFIG_HOME", environment) { return xdg + "/kmswizard/config.toml" }
        if let home = UserFolders.absolute("HOME", environment) { return home + "/.config/kmswizard/config.toml" }
        return nil
    }

    /// The values set by `KMSWIZARD_*` variables; empty variables count as unset.
    func environmentValues() throws(ConfigError) -> ConfigValues {
        var values = ConfigValues()
        for key in ConfigKey.allCases {
            guard let variable = key.environmentVariable, let text = environment[variable], !text.isEmpty else { continue }
            do {
                try values.set(key, try key.value(fromEnvironment: text))
            } catch {
                throw ConfigError(place: .environment(variable: variable, value: text), problem: .value(error))
            }
        }
        return values
    }

    /// Reads and parses the config file at `configPath` (nil when there is none).
    func readConfigFile() throws(ConfigError) -> ConfigFile? {
        try configPath.flatMap { (path) throws(ConfigError) in try ConfigFile.load(path: path) }
    }

    func resolve(flags: ConfigValues) throws(ConfigError) -> ResolvedConfig {
        let path = configPath
        let file: ConfigFile?
        if let preread { file = try preread.get() } else { file = try readConfigFile() }
        let layers: [(ConfigValues, (ConfigKey) -> ConfigSource)] = [
            (flags, { .flag(flags.flag(for: $0)) }),
            (try environmentValues(), { .environment($0.environmentVariable ?? "") }),
            (try file?.values() ?? ConfigValues(), { .file(path: path ?? "", line: file?.line(of: $0) ?? 0) }),
        ]
        var sources: [(key: ConfigKey, source: ConfigSource)] = []
        for (values, source) in layers.reversed() {
            for key in values.keys { sources.append((key, source(key))) }
        }
        func pick<T>(_ value: (ConfigValues) -> T?) -> T? { layers.lazy.map(\.0).compactMap(value).first }

        var settings = Settings()
        if let host = pick(\.host) { settings.kmsHost = host }
        if let ntp = pick(\.ntp) { settings.ntpServer = ntp }
        if let domain = pick(\.domain) { settings.domain = domain }
        if let campus = pick(\.campus) { settings.campusRanges = campus }
        if let timeout = pick(\.timeout) { settings.timeoutSeconds = timeout }
        if let vpn = pick(\.vpn) { settings.vpnServer = vpn }

        var language = pick(\.lang)
        if language == nil, let variable = Language.localeVariable(in: environment) {
            language = Language.fromEnvironment(environment)
            sources.append((.lang, .locale(variable)))
        }
        return ResolvedConfig(settings: settings, language: language ?? .zhTW, color: pick(\.color) ?? .auto,
                              ascii: pick(\.ascii) ?? false, sources: sources, configPath: path, configFileExists: file != nil)
    }

    /// The language to report a configuration error in: the flag's, a valid KMSWIZARD_LANG, or the locale's.
    func fallbackLanguage(flags: ConfigValues) -> Language {
        flags.lang ?? environment["KMSWIZARD_LANG"].flatMap(Language.init(argument:)) ?? Language.fromEnvironment(environment)
    }

    /// `resolve(flags:)` for commands: a bad value becomes exit 78 with its place and a hint, in
    /// the user's language (and as the JSON error envelope when `json` is set).
    func resolveForCommand(flags: ConfigValues, json: Bool) throws -> ResolvedConfig {
        do {
            return try resolve(flags: flags)
        } catch {
            let t = try CommandContext.localizer(fallbackLanguage(flags: flags))
            throw CLIFailure(.config, message: error.message(t), hint: error.hint(t), json: json)
        }
    }
}
