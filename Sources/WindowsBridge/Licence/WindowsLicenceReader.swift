import Platform
import KMSCore

/// Reads Windows' own licence state from inside WSL: PowerShell 5.1 (on every Windows 10 and
/// later) asks WMI for every installed licence and writes it as JSON, which is parsed here by
/// property name. Reading needs no elevation. Not run on a real Windows in this project's tests:
/// they drive it with a fake `powershell.exe` that answers as PowerShell 5.1 does.
public struct WindowsLicenceReader: Sendable {
    /// The properties asked for; their names are the same on every Windows display language.
    static let properties = ["ID", "ApplicationID", "Name", "LicenseStatus", "LicenseStatusReason", "GracePeriodRemaining",
                             "ProductKeyChannel", "PartialProductKey", "KeyManagementServiceMachine", "KeyManagementServicePort"]

    /// Windows' licences, and Office 2010's (OSPP, a class that exists only where that Office is
    /// installed, hence SilentlyContinue), as UTF-8 JSON whatever the console code page.
    public static let command: String = {
        let filter = "-Filter 'PartialProductKey IS NOT NULL'"
        let select = "Select-Object " + properties.joined(separator: ",")
        return "[Console]::OutputEncoding=[Text.Encoding]::UTF8; "
            + "@(Get-CimInstance SoftwareLicensingProduct \(filter)) + "
            + "@(Get-CimInstance OfficeSoftwareProtectionProduct \(filter) -ErrorAction SilentlyContinue) | "
            + "\(select) | ConvertTo-Json -Compress"
    }()

    public let wsl: WSLEnvironment
    public let runner: any CommandRunning
    public let timeoutSeconds: Double
    public let fileExists: @Sendable (String) -> Bool

    public init(wsl: WSLEnvironment, runner: any CommandRunning = Subprocess(), timeoutSeconds: Double = 20,
                fileExists: @escaping @Sendable (String) -> Bool) {
        self.wsl = wsl
        self.runner = runner
        self.timeoutSeconds = timeoutSeconds
        self.fileExists = fileExists
    }

    public var powershellPath: String { wsl.windowsRoot + "/Windows/System32/WindowsPowerShell/v1.0/powershell.exe" }

    public func read() throws(WindowsLicenceReadError) -> [WindowsLicence] {
        guard fileExists(powershellPath) else { throw .powershellMissing(path: powershellPath) }
        let result: SubprocessResult
        do {
            result = try runner.run(powershellPath, ["-NoProfile", "-NonInteractive", "-Command", Self.command],
                                    input: nil, timeoutSeconds: timeoutSeconds)
        } catch {
            throw .cannotStart(program: powershellPath)
        }
        if result.timedOut { throw .timedOut(seconds: timeoutSeconds) }
        guard result.status == 0 else {
            throw .failed(status: result.status, windowsText: WindowsOutput.decode(result.stderr).trimmedForWindows)
        }
        return try Self.parse(WindowsOutput.decode(result.stdout))
    }

    /// PowerShell 5.1's ConvertTo-Json writes nothing (or `null`) for no licence, one object for
    /// one, and an array for more.
    public static func parse(_ text: String) throws(WindowsLicenceReadError) -> [WindowsLicence] {
        let trimmed = text.trimmedForWindows
        if trimmed.isEmpty || trimmed == "null" { return [] }
        let data = Data(trimmed.utf8)
        let decoder = JSONDecoder()
        let raw: [RawLicence]
        if let many = try? decoder.decode([RawLicence].self, from: data) {
            raw = many
        } else if let one = try? decoder.decode(RawLicence.self, from: data) {
            raw = [one]
        } else {
            throw .unreadable
        }
        return raw.compactMap(\.licence)
    }

    /// The JSON object as PowerShell writes it: the WMI property names, any of them null.
    struct RawLicence: Decodable {
        let ID: String?
        let ApplicationID: String?
        let Name: String?
        let LicenseStatus: Int64?
        let LicenseStatusReason: Int64?
        let GracePeriodRemaining: Int64?
        let ProductKeyChannel: String?
        let PartialProductKey: String?
        let KeyManagementServiceMachine: String?
        let KeyManagementServicePort: Int64?

        /// Nil for an entry without an Activation ID or with a status the documentation does not list.
        var licence: WindowsLicence? {
            guard let id = ID.flatMap(UUID.init(uuidString:)),
                  let status = LicenseStatus.flatMap({ WindowsLicenseStatus(rawValue: Int($0)) }) else { return nil }
            let reason = LicenseStatusReason.map { UInt32(truncatingIfNeeded: $0) }
            return WindowsLicence(
                activationID: id, applicationID: ApplicationID.flatMap(UUID.init(uuidString:)), name: Name ?? "",
                status: status, statusReason: reason == 0 ? nil : reason,
                graceMinutes: max(0, Int(clamping: GracePeriodRemaining ?? 0)), channel: ProductKeyChannel.nonEmpty,
                partialProductKey: PartialProductKey.nonEmpty, kmsHost: KeyManagementServiceMachine.nonEmpty,
                kmsPort: KeyManagementServicePort.flatMap { $0 > 0 && $0 <= 65_535 ? Int($0) : nil })
        }
    }
}

/// Why Windows' licence state could not be read; the caller falls back to what it knows otherwise.
public enum WindowsLicenceReadError: Error, Sendable, Equatable {
    /// No powershell.exe where Windows keeps it (interop off, drive not mounted, not Windows 10+).
    case powershellMissing(path: String)
    /// WSL, but no Windows program can be started from here: the drive is not mounted at `path`
    /// (or mounted without exec), or WSL's interop is off (nil).
    case windowsUnreachable(path: String?)
    case cannotStart(program: String)
    /// PowerShell did not answer in time (WMI can be slow the first time).
    case timedOut(seconds: Double)
    /// PowerShell ended with an error; Windows' own text, quoted as it wrote it.
    case failed(status: Int32, windowsText: String)
    /// The answer was not the JSON PowerShell writes.
    case unreadable

    /// The stable word for JSON and tests.
    public var word: String {
        switch self {
        case .powershellMissing: "powershell-missing"
        case .windowsUnreachable: "windows-unreachable"
        case .cannotStart: "cannot-start"
        case .timedOut: "timeout"
        case .failed: "failed"
        case .unreadable: "unreadable"
        }
    }
}

extension String {
    /// Without the white space, line ends and byte-order mark that Windows programs put around their output.
    var trimmedForWindows: String {
        let isPadding: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        return String(drop(while: isPadding).reversed().drop(while: isPadding).reversed())
    }
}

extension Optional where Wrapped == String {
    fileprivate var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
