import Foundation

/// A simulated Windows for tests of what kmswizard does inside WSL. This machine has no Windows
/// and is not WSL: a test tells kmswizard it runs in WSL (`WSL_DISTRO_NAME`) and points
/// `KMSWIZARD_WINDOWS_ROOT` at this folder, which holds what kmswizard runs there:
/// `Windows/System32/WindowsPowerShell/v1.0/powershell.exe`, `Windows/System32/cscript.exe`
/// (with `slmgr.vbs`, and `ospp.vbs` in each Office folder) and `Windows/System32/fltmc.exe`.
/// They behave like the real interface rather than merely answer (see `SimulatedWindowsProgram`)
/// and share one machine, `fake-windows.json`: a successful `/ato` or `/act` run elevated makes
/// the next query report the product licensed.
public struct SimulatedWindows: Sendable {
    /// One licence as WMI keeps it, under the documented property names of SoftwareLicensingProduct.
    public struct Licence: Codable, Sendable, Equatable {
        public var ID: String
        public var ApplicationID: String
        public var Name: String
        public var Description: String
        public var LicenseStatus: Int
        /// An HRESULT as the unsigned number WMI gives (0xC004F074 is 3221549172).
        public var LicenseStatusReason: UInt32
        public var GracePeriodRemaining: Int
        public var ProductKeyChannel: String?
        public var PartialProductKey: String?
        public var KeyManagementServiceMachine: String?
        public var KeyManagementServicePort: Int

        public init(id: String, application: String, name: String, description: String, status: Int, reason: UInt32 = 0,
                    graceMinutes: Int, channel: String?, partialKey: String?, kmsHost: String? = nil, kmsPort: Int = 1688) {
            ID = id
            ApplicationID = application
            Name = name
            Description = description
            LicenseStatus = status
            LicenseStatusReason = reason
            GracePeriodRemaining = graceMinutes
            ProductKeyChannel = channel
            PartialProductKey = partialKey
            KeyManagementServiceMachine = kmsHost
            KeyManagementServicePort = kmsPort
        }
    }

    /// How `powershell.exe` behaves (besides `missing`, which removes it).
    public enum PowerShell: String, Codable, Sendable {
        case answers
        /// Exits 1 with WMI's error text on stderr.
        case failing
        /// Sleeps `slowSeconds` before answering: longer than the reader's timeout.
        case slow
        case missing
    }

    /// Everything the simulated Windows keeps between calls (`fake-windows.json`).
    public struct Machine: Codable, Sendable, Equatable {
        public var elevated: Bool
        public var powershell: PowerShell
        public var slowSeconds: Double
        /// ConvertTo-Json writes `null` rather than nothing when no licence matches.
        public var nullForNone: Bool
        /// PowerShell puts a UTF-8 byte-order mark before its output.
        public var byteOrderMark: Bool
        /// The error code `/ato` and `/act` report even when elevated (e.g. "0xC004F074": no KMS host reached).
        public var activationError: String?
        /// Every licence, keyed or not: Windows knows many without a key, which the filter drops.
        public var licences: [Licence]
    }

    public static let windowsApplication = "55c92734-d682-4d71-983e-d6ec3f16059f"
    public static let officeApplication = "0ff1ce15-a989-479d-af46-f275c6370663"
    public static let office2010Application = "59a52881-a989-479d-af46-f275c6370663"

    public let root: URL

    /// - Parameters:
    ///   - licences: the installed licences (see `SimulatedWindows.Licence`'s presets); two
    ///     unkeyed Windows editions are always added, as Windows lists them too.
    ///   - officeFolders: `OfficeNN` folders that get an `ospp.vbs` (64-bit Office); by default
    ///     Office16 when an Office 2013+ licence is installed, Office14 for an Office 2010 one.
    public init(licences: [Licence], elevated: Bool = true, powershell: PowerShell = .answers, officeFolders: [String]? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("simulated-windows-\(UUID().uuidString.prefix(8))")
        let system32 = root.appendingPathComponent("Windows/System32")
        try FileManager.default.createDirectory(at: system32.appendingPathComponent("WindowsPowerShell/v1.0"), withIntermediateDirectories: true)
        try Data(SimulatedWindowsProgram.source.utf8).write(to: root.appendingPathComponent("fake-windows.py"))
        try placeholder(system32.appendingPathComponent("slmgr.vbs"))
        let folders = officeFolders ?? Self.officeFolders(for: licences)
        for folder in folders {
            try placeholder(root.appendingPathComponent("Program Files/Microsoft Office/\(folder)/ospp.vbs"))
        }
        try tool("cscript", at: "Windows/System32/cscript.exe")
        try tool("fltmc", at: "Windows/System32/fltmc.exe")
        try save(Machine(elevated: elevated, powershell: .answers, slowSeconds: 30, nullForNone: false, byteOrderMark: false,
                         activationError: nil, licences: licences + Licence.unkeyed))
        try setPowerShell(powershell)
    }

    /// What kmswizard needs in its environment to take this folder for the Windows drive of a WSL.
    public var environment: [String: String] { ["WSL_DISTRO_NAME": "Ubuntu", "KMSWIZARD_WINDOWS_ROOT": root.path] }

    public var powershellPath: String { root.path + "/Windows/System32/WindowsPowerShell/v1.0/powershell.exe" }

    public func machine() throws -> Machine {
        try JSONDecoder().decode(Machine.self, from: Data(contentsOf: root.appendingPathComponent("fake-windows.json")))
    }

    /// Changes the machine between runs (never while a fake program runs: they read it on start).
    public func change(_ body: (inout Machine) -> Void) throws {
        var machine = try machine()
        body(&machine)
        try save(machine)
    }

    /// The licences with a key, as the next query reports them.
    public func installed() throws -> [Licence] { try machine().licences.filter { $0.PartialProductKey != nil } }

    public func setElevated(_ elevated: Bool) throws { try change { $0.elevated = elevated } }

    public func setPowerShell(_ mode: PowerShell, slowSeconds: Double = 30) throws {
        try change {
            $0.powershell = mode
            $0.slowSeconds = slowSeconds
        }
        if mode == .missing {
            try? FileManager.default.removeItem(atPath: powershellPath)
        } else {
            try tool("powershell", at: "Windows/System32/WindowsPowerShell/v1.0/powershell.exe")
        }
    }

    /// One run of a fake program: which one, and its arguments.
    public struct Call: Codable, Sendable, Equatable {
        public let tool: String
        public let args: [String]
    }

    /// Every run so far, in order.
    public var calls: [Call] {
        let text = (try? String(contentsOf: root.appendingPathComponent("calls.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Call.self, from: Data($0.utf8)) }
    }

    public func calls(of tool: String) -> [[String]] { calls.filter { $0.tool == tool }.map(\.args) }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    private func save(_ machine: Machine) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(machine).write(to: root.appendingPathComponent("fake-windows.json"), options: .atomic)
    }

    private func tool(_ name: String, at relativePath: String) throws {
        let program = root.appendingPathComponent("fake-windows.py").path
        try ExecutableScript.write("exec python3 '\(program)' \(name) \"$@\"", to: root.appendingPathComponent(relativePath).path)
    }

    private func placeholder(_ file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("' placeholder: the simulated cscript.exe answers for this script\r\n".utf8).write(to: file)
    }

    private static func officeFolders(for licences: [Licence]) -> [String] {
        var folders: [String] = []
        if licences.contains(where: { $0.ApplicationID == officeApplication }) { folders.append("Office16") }
        if licences.contains(where: { $0.ApplicationID == office2010Application }) { folders.append("Office14") }
        return folders
    }
}
