import Localization

/// What `kmswizard config --json` prints: each key's effective value and its source
/// (schemas/config.schema.json documents it).
struct ConfigReport: Encodable {
    struct Entry: Encodable {
        var value: ConfigValue
        /// `flag`, `environment`, `file`, `locale` or `default`.
        var source: String
        var flag: String?
        var variable: String?
        var path: String?
        var line: Int?
    }

    struct FileInfo: Encodable {
        var path: String?
        var exists: Bool
    }

    var schemaVersion = JSONOutput.schemaVersion
    var configFile: FileInfo
    var values: [String: Entry]
    /// Whether text output would be coloured now (`color` after NO_COLOR, TERM and the terminal test).
    var colorEnabled: Bool

    init(_ config: ResolvedConfig, colorEnabled: Bool) {
        configFile = FileInfo(path: config.configPath, exists: config.configFileExists)
        self.colorEnabled = colorEnabled
        var values: [String: Entry] = [:]
        for key in ConfigKey.allCases {
            var entry = Entry(value: config.value(of: key), source: "default")
            switch config.source(of: key) {
            case let .flag(flag): (entry.source, entry.flag) = ("flag", flag)
            case let .environment(variable): (entry.source, entry.variable) = ("environment", variable)
            case let .locale(variable): (entry.source, entry.variable) = ("locale", variable)
            case let .file(path, line): (entry.source, entry.path, entry.line) = ("file", path, line)
            case .defaultValue: break
            }
            values[key.rawValue] = entry
        }
        self.values = values
    }

    /// One aligned line per key (`host   140.127.40.17:1688   default`), then the config file.
    static func text(_ config: ResolvedConfig, colorEnabled: Bool, _ t: Localizer) -> String {
        let rows = ConfigKey.allCases.map { key in
            (key.rawValue, config.value(of: key).text, describe(config.source(of: key), t))
        }
        let keyWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        var lines = rows.map { key, value, source in
            key.padding(keyWidth) + "  " + value.padding(valueWidth) + "  " + source
        }
        let fileLine: String = switch (config.configPath, config.configFileExists) {
        case let (path?, true): t("config.file.found", ["path": path])
        case let (path?, false): t("config.file.missing", ["path": path])
        case (nil, _): t("config.file.none")
        }
        lines.append("")
        lines.append(fileLine)
        lines.append(t(colorEnabled ? "config.color.on" : "config.color.off"))
        return lines.joined(separator: "\n")
    }

    private static func describe(_ source: ConfigSource, _ t: Localizer) -> String {
        switch source {
        case let .flag(flag): t("config.source.flag", ["flag": flag])
        case let .environment(variable): t("config.source.environment", ["variable": variable])
        case let .locale(variable): t("config.source.locale", ["variable": variable])
        case let .file(path, line): t("config.source.file", ["path": path, "line": String(line)])
        case .defaultValue: t("config.source.default")
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
