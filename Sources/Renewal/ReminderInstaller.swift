import Platform
import KMSCore
import Localization

/// Installs and removes the weekly `kmswizard renew --quiet` job for the current user.
///
/// Where a systemd user manager runs, a service and a timer go into
/// `$XDG_CONFIG_HOME/systemd/user/` and are enabled with `systemctl --user`; elsewhere one marked
/// line goes into the user's crontab. Either way a manifest next to the state file records what
/// was done, and `uninstall()` undoes exactly that. Every path and command is injectable.
public struct ReminderInstaller: Sendable {
    public struct Paths: Sendable, Equatable {
        /// `$XDG_CONFIG_HOME`, else `~/.config`.
        public var configHome: String
        /// The folder of the state file, where the manifest lives.
        public var stateDirectory: String
        /// Absolute path of the kmswizard binary the job runs.
        public var binaryPath: String
        public var crontabCommand: String
        public var systemctlCommand: String
        /// Whether a systemd user manager is running for this user.
        public var useSystemd: Bool

        public init(configHome: String, stateDirectory: String, binaryPath: String,
                    crontabCommand: String = "crontab", systemctlCommand: String = "systemctl", useSystemd: Bool) {
            self.configHome = configHome
            self.stateDirectory = stateDirectory
            self.binaryPath = binaryPath
            self.crontabCommand = crontabCommand
            self.systemctlCommand = systemctlCommand
            self.useSystemd = useSystemd
        }

        /// From the environment: XDG_CONFIG_HOME, XDG_RUNTIME_DIR (a user manager has its
        /// `systemd/private` socket there), and for tests or unusual systems KMSWIZARD_CRONTAB,
        /// KMSWIZARD_SYSTEMCTL and KMSWIZARD_SCHEDULER=systemd|cron.
        public static func from(environment: Variables, stateFile: String, binaryPath: String) -> Paths {
            let home = UserFolders.home(environment)
            let configHome = UserFolders.absolute("XDG_CONFIG_HOME", environment) ?? home + "/.config"
            let useSystemd: Bool = switch environment["KMSWIZARD_SCHEDULER"] {
            case "systemd": true
            case "cron": false
            default: UserFolders.absolute("XDG_RUNTIME_DIR", environment).map { FileManager.default.fileExists(atPath: $0 + "/systemd/private") } ?? false
            }
            return Paths(configHome: configHome, stateDirectory: stateFile.deletingLastPathComponent,
                         binaryPath: binaryPath,
                         crontabCommand: environment["KMSWIZARD_CRONTAB"].flatMap { $0.isEmpty ? nil : $0 } ?? "crontab",
                         systemctlCommand: environment["KMSWIZARD_SYSTEMCTL"].flatMap { $0.isEmpty ? nil : $0 } ?? "systemctl",
                         useSystemd: useSystemd)
        }

        public var unitDirectory: String { configHome + "/systemd/user" }
        public var manifestPath: String { stateDirectory + "/" + ReminderManifest.fileName }
    }

    /// What happened, for the command to tell the user.
    public struct Outcome: Sendable, Equatable {
        public var kind: ReminderManifest.Kind
        /// Files written or removed.
        public var files: [String]
        /// The crontab line added or removed.
        public var cronLine: String?
        /// Steps that did not work but left nothing broken (e.g. systemctl could not enable the timer), with the command to retry.
        public var warnings: [String]
        /// Files left in place because they were changed after kmswizard wrote them.
        public var keptChanged: [String]
    }

    public let paths: Paths
    public let runner: any CommandRunning
    public let now: @Sendable () -> Date

    public init(paths: Paths, runner: any CommandRunning = Subprocess(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.paths = paths
        self.runner = runner
        self.now = now
    }

    /// The manifest of a previous install, if there is one.
    public func installed() -> ReminderManifest? {
        FileManager.default.contents(atPath: paths.manifestPath).flatMap(ReminderManifest.decode)
    }

    /// Installs the job (replacing an earlier install of ours) and records it in the manifest.
    public func install() throws(ReminderError) -> Outcome {
        if installed() != nil { _ = try uninstall() }
        let manifest: ReminderManifest
        var warnings: [String] = []
        if paths.useSystemd {
            manifest = try installSystemd(warnings: &warnings)
        } else {
            manifest = try installCron()
        }
        try write(manifest.encoded(), to: paths.manifestPath)
        return Outcome(kind: manifest.kind, files: manifest.files.map(\.path) + [paths.manifestPath],
                       cronLine: manifest.cronLine, warnings: warnings, keptChanged: [])
    }

    /// Removes what the manifest lists; without a manifest there is nothing of ours to remove.
    public func uninstall() throws(ReminderError) -> Outcome {
        guard let manifest = installed() else { throw .notInstalled(manifest: paths.manifestPath) }
        var warnings: [String] = []
        var removed: [String] = []
        var kept: [String] = []
        switch manifest.kind {
        case .systemd:
            if manifest.timerEnabled {
                systemctl(["disable", "--now", ReminderSchedule.timerFileName], warnings: &warnings)
            }
            for file in manifest.files {
                guard let current = FileManager.default.contents(atPath: file.path) else { continue }
                if String(decoding: current, as: UTF8.self) == file.content {
                    try remove(file.path)
                    removed.append(file.path)
                } else {
                    kept.append(file.path)
                }
            }
            systemctl(["daemon-reload"], warnings: &warnings)
        case .cron:
            let crontab = try readCrontab()
            let cleaned = ReminderSchedule.removingCronLines(from: crontab)
            if cleaned != crontab { try writeCrontab(cleaned) }
        }
        try remove(paths.manifestPath)
        return Outcome(kind: manifest.kind, files: removed + [paths.manifestPath], cronLine: manifest.cronLine,
                       warnings: warnings, keptChanged: kept)
    }

    // MARK: - systemd

    private func installSystemd(warnings: inout [String]) throws(ReminderError) -> ReminderManifest {
        let service: String
        do { service = try ReminderSchedule.serviceUnit(binaryPath: paths.binaryPath) } catch { throw .badBinaryPath(error) }
        let files = [
            ReminderManifest.InstalledFile(path: paths.unitDirectory + "/" + ReminderSchedule.serviceFileName, content: service),
            ReminderManifest.InstalledFile(path: paths.unitDirectory + "/" + ReminderSchedule.timerFileName, content: ReminderSchedule.timerUnit),
        ]
        for file in files where FileManager.default.fileExists(atPath: file.path) {
            throw .wouldOverwrite(path: file.path)
        }
        for file in files { try write(Data(file.content.utf8), to: file.path) }
        systemctl(["daemon-reload"], warnings: &warnings)
        let enabled = systemctl(["enable", "--now", ReminderSchedule.timerFileName], warnings: &warnings)
        return ReminderManifest(kind: .systemd, installedAt: now(), files: files, timerEnabled: enabled)
    }

    /// Runs `systemctl --user ARGS`; a failure becomes a warning naming the command to run by hand.
    @discardableResult
    private func systemctl(_ arguments: [String], warnings: inout [String]) -> Bool {
        let full = ["--user"] + arguments
        let command = ([paths.systemctlCommand] + full).joined(separator: " ")
        do {
            let result = try runner.run(paths.systemctlCommand, full, input: nil, timeoutSeconds: 30)
            if result.succeeded { return true }
            let reason = result.timedOut ? "timed out" : result.stderrText.trimmedLine
            warnings.append("\(command): \(reason.isEmpty ? "exit status \(result.status)" : reason)")
        } catch {
            warnings.append("\(command): \(error)")
        }
        return false
    }

    // MARK: - cron

    private func installCron() throws(ReminderError) -> ReminderManifest {
        let line: String
        do { line = try ReminderSchedule.cronLine(binaryPath: paths.binaryPath) } catch { throw .badBinaryPath(error) }
        try writeCrontab(ReminderSchedule.addingCronLine(line, to: try readCrontab()))
        return ReminderManifest(kind: .cron, installedAt: now(), cronLine: line)
    }

    /// The user's crontab; "no crontab for USER" is an empty one.
    private func readCrontab() throws(ReminderError) -> String {
        let result: SubprocessResult
        do { result = try runner.run(paths.crontabCommand, ["-l"], input: nil, timeoutSeconds: 30) } catch {
            throw .noScheduler(reason: "\(error)")
        }
        if result.succeeded { return result.stdoutText }
        if result.stderrText.lowercased().contains("no crontab") { return "" }
        throw .crontabFailed(command: "\(paths.crontabCommand) -l", reason: result.stderrText.trimmedLine)
    }

    private func writeCrontab(_ text: String) throws(ReminderError) {
        let result: SubprocessResult
        do { result = try runner.run(paths.crontabCommand, ["-"], input: Array(text.utf8), timeoutSeconds: 30) } catch {
            throw .noScheduler(reason: "\(error)")
        }
        guard result.succeeded else {
            throw .crontabFailed(command: "\(paths.crontabCommand) -", reason: result.stderrText.trimmedLine)
        }
    }

    // MARK: - files

    private func write(_ data: Data, to path: String) throws(ReminderError) {
        do {
            try Folders.create(path.deletingLastPathComponent, mode: 0o755)
            try OutputFile.write(Array(data), to: path)
        } catch {
            throw .cannotWrite(error)
        }
    }

    private func remove(_ path: String) throws(ReminderError) {
        do { try Folders.remove(path) } catch { throw .cannotWrite(error) }
    }
}

/// Why a reminder job could not be installed or removed.
public enum ReminderError: Error, Sendable {
    case badBinaryPath(ReminderSchedule.PathError)
    /// A file of that name exists and kmswizard did not write it.
    case wouldOverwrite(path: String)
    case notInstalled(manifest: String)
    /// Neither a systemd user manager nor a usable crontab command.
    case noScheduler(reason: String)
    case crontabFailed(command: String, reason: String)
    case cannotWrite(FileError)

    /// What went wrong in the reader's language (strings `renewal.remind.error.*`); a reason
    /// quoted from the system (errno text, a program's stderr) stays as the system wrote it.
    public func message(_ t: Localizer) -> String {
        switch self {
        case let .badBinaryPath(error): error.message(t)
        case let .wouldOverwrite(path): t("renewal.remind.error.wouldOverwrite", ["path": path])
        case let .notInstalled(manifest): t("renewal.remind.error.notInstalled", ["manifest": manifest])
        case let .noScheduler(reason): t("renewal.remind.error.noScheduler", ["reason": reason])
        case let .crontabFailed(command, reason): t("renewal.remind.error.crontabFailed", ["command": command, "reason": reason])
        case let .cannotWrite(error): t("renewal.remind.error.cannotWrite", ["path": error.path, "reason": error.reasonText(t)])
        }
    }
}

extension String {
    var deletingLastPathComponent: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : String(self[..<slash])
    }

    /// The first line, trimmed: what an error message quotes from a program's stderr.
    var trimmedLine: String {
        (split(separator: "\n").first.map(String.init) ?? "").trimmingSpaces
    }
}
