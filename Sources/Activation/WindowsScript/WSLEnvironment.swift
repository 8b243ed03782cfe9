#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        public var environment: [String: String]
        public var fileExists: @Sendable (String) -> Bool
        public var readText: @Sendable (String) -> String?

        public init(environment: [String: String], fileExists: @escaping @Sendable (String) -> Bool,
                    readText: @escaping @Sendable (String) -> String?) {
            self.environment = environment
            self.fileExists = fileExists
            self.readText = readText
        }

        public static func system(environment: [String: String]) -> Probe {
            Probe(environment: environment,
                  fileExists: { FileManager.default.fileExists(atPath: $0) },
                  readText: { path in FileManager.default.contents(atPath: path).map { String(decoding: $0.prefix(4096), as: UTF8.self) } })
        }
    }

    public enum Unavailable: Error, Sendable, Equatable, CustomStringConvertible {
        case notWSL
        /// WSL, but `cscript.exe` is not where Windows keeps it, or interop is off.
        case noCscript(path: String)

        public var description: String {
            switch self {
            case .notWSL: "this is not Windows Subsystem for Linux: run the .cmd file on the Windows PC instead"
            case let .noCscript(path): "WSL was detected but \(path) is not reachable (is Windows interop enabled, is C: mounted there?)"
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
        return environment
    }

    /// `C:\Program Files\...` for a path under the Windows root.
    public func windowsPath(_ linuxPath: String) -> String {
        let relative = linuxPath.hasPrefix(windowsRoot) ? String(linuxPath.dropFirst(windowsRoot.count)) : linuxPath
        return "C:" + relative.replacingSlashes
    }
}

extension String {
    var replacingSlashes: String { String(map { $0 == "/" ? "\\" : $0 }) }
}
