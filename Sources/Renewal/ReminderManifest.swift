import Platform

/// What `remind --install` put on the machine, kept beside the state file so that `--uninstall`
/// removes exactly that and nothing else (a unit file the user has edited since is left alone).
public struct ReminderManifest: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1
    public static let fileName = "reminder-install.json"

    public enum Kind: String, Codable, Sendable { case systemd, cron }

    public struct InstalledFile: Codable, Sendable, Equatable {
        public var path: String
        /// The exact text written, to recognise the file as still ours.
        public var content: String
    }

    public var schemaVersion = ReminderManifest.currentSchemaVersion
    public var kind: Kind
    public var installedAt: Date
    public var files: [InstalledFile]
    /// The crontab line added (cron only).
    public var cronLine: String?
    /// Whether `systemctl --user enable --now` succeeded (systemd only).
    public var timerEnabled: Bool

    public init(kind: Kind, installedAt: Date, files: [InstalledFile] = [], cronLine: String? = nil, timerEnabled: Bool = false) {
        self.kind = kind
        self.installedAt = installedAt
        self.files = files
        self.cronLine = cronLine
        self.timerEnabled = timerEnabled
    }

    static func decode(_ data: Data) -> ReminderManifest? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(ReminderManifest.self, from: data),
              manifest.schemaVersion <= currentSchemaVersion else { return nil }
        return manifest
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(self)) ?? Data()
    }
}
