import KMSCore
import Platform

/// Whether kmswizard runs inside WSL with Windows interop, and where Windows' tools are.
///
/// WSL sets WSL_DISTRO_NAME, registers the `WSLInterop` binfmt handler that lets Linux start
/// `.exe` files, and its kernel says "microsoft" in /proc/version. The Windows drive is mounted
/// at /mnt/c unless wsl.conf moves it; KMSWIZARD_WINDOWS_ROOT overrides that (and lets tests
/// point at a fake Windows tree).
public struct WSLEnvironment: Sendable, Equatable {
    /// The Linux path of the Windows system drive, `/mnt/c`.
    public let windowsRoot: String
    public let distribution: String?

    public var cscriptPath: String { windowsRoot + "/Windows/System32/cscript.exe" }
    public var fltmcPath: String { windowsRoot + "/Windows/System32/fltmc.exe" }

    /// How the environment and /proc are read; injectable for tests.
    public struct Probe: Sendable {
        public var environment: Variables
        public var fileExists: @Sendable (String) -> Bool
        public var readText: @Sendable (String) -> String?
        /// Whether this user may run the file; a probe built without it takes `fileExists`.
        public var isExecutable: @Sendable (String) -> Bool

        public init(environment: Variables, fileExists: @escaping @Sendable (String) -> Bool,
                    readText: @escaping @Sendable (String) -> String?, isExecutable: (@Sendable (String) -> Bool)? = nil) {
            self.environment = environment
            self.fileExists = fileExists
            self.readText = readText
            self.isExecutable = isExecutable ?? fileExists
        }

        public static func system(environment: Variables) -> Probe {
            Probe(environment: environment,
                  fileExists: { FileManager.default.fileExists(atPath: $0) },
                  readText: { path in FileManager.default.contents(atPath: path).map { String(decoding: $0.prefix(4096), as: UTF8.self) } },
                  isExecutable: { access($0, X_OK) == 0 })
        }
    }

    /// The binfmt_misc registrations through which WSL starts `.exe` files (newer WSL names it `-late`).
    static let interopRegistrations = ["/proc/sys/fs/binfmt_misc/WSLInterop", "/proc/sys/fs/binfmt_misc/WSLInterop-late"]

    public enum Unavailable: Error, Sendable, Equatable, CustomStringConvertible {
        case notWSL
        /// WSL, but `cscript.exe` is not where Windows keeps it.
        case noCscript(path: String)
        /// `cscript.exe` is there but this user may not run it (the drive is mounted without exec rights).
        case notExecutable(path: String)
        /// WSL's interop (starting Windows programs from Linux) is switched off.
        case interopOff

        public var description: String {
            switch self {
            case .notWSL: "this is not Windows Subsystem for Linux: run the .cmd file on the Windows PC instead"
            case let .noCscript(path): "WSL was detected but \(path) is not reachable (is Windows interop enabled, is the Windows drive mounted there?)"
            case let .notExecutable(path): "WSL was detected but \(path) cannot be run from here (is the Windows drive mounted with noexec?)"
            case .interopOff: "WSL was detected but its Windows interop is off ([interop] enabled=false in /etc/wsl.conf?): Windows programs cannot be started"
            }
        }
    }

    /// The WSL environment with a reachable cscript.exe, or why there is none.
    public static func detect(_ probe: Probe) throws(Unavailable) -> WSLEnvironment {
        let kernel = probe.readText("/proc/version")?.lowercased() ?? ""
        let isWSL = !(probe.environment["WSL_DISTRO_NAME"] ?? "").isEmpty
            || probe.fileExists("/proc/sys/fs/binfmt_misc/WSLInterop")
            || kernel.contains("microsoft")
        guard isWSL else { throw .notWSL }
        let root = probe.environment["KMSWIZARD_WINDOWS_ROOT"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/mnt/c"
        let environment = WSLEnvironment(windowsRoot: root, distribution: probe.environment["WSL_DISTRO_NAME"])
        guard probe.fileExists(environment.cscriptPath) else { throw .noCscript(path: environment.cscriptPath) }
        guard probe.isExecutable(environment.cscriptPath) else { throw .notExecutable(path: environment.cscriptPath) }
        guard interopMayBeOn(probe) else { throw .interopOff }
        return environment
    }

    /// No sign of WSL at all (whether or not Windows could be reached from it).
    public static func isNotWSL(_ probe: Probe) -> Bool {
        do { _ = try detect(probe) } catch .notWSL { return true } catch { return false }
        return false
    }

    /// False only when WSL's registration can be read and says "disabled" (binfmt_misc's first
    /// line), as after `echo 0 >` into it. No registration at all proves nothing (WSL 1 has none,
    /// and neither has a Linux host running tests against a fake Windows tree): cscript.exe then
    /// gets its chance and the runner reports its own error.
    static func interopMayBeOn(_ probe: Probe) -> Bool {
        let states = interopRegistrations.compactMap(probe.readText)
        return states.isEmpty || states.contains { $0.hasPrefix("enabled") }
    }

    /// The drive letter the root is mounted for: `/mnt/d` is `D:`; a root not named by one letter is `C:`.
    public var driveLetter: String {
        let last = windowsRoot.split(separator: "/").last ?? ""
        guard last.count == 1, let letter = last.first, letter.isASCII, letter.isLetter else { return "C:" }
        return letter.uppercased() + ":"
    }

    /// `D:\Program Files\...` for a path under the Windows root (drive letter from `driveLetter`).
    public func windowsPath(_ linuxPath: String) -> String {
        let relative = linuxPath.hasPrefix(windowsRoot) ? String(linuxPath.dropFirst(windowsRoot.count)) : linuxPath
        return driveLetter + relative.replacingSlashes
    }
}

extension String {
    var replacingSlashes: String { String(map { $0 == "/" ? "\\" : $0 }) }
}
