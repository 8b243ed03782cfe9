import KMSCore
import Platform

/// Whether kmswizard runs inside WSL, where Windows owns the clock and the zone that matter.
///
/// Activation happens on the Windows side, so a wrong Windows clock or zone must be fixed in
/// Windows' Settings, whatever the Linux distribution inside WSL says.
public enum WindowsSubsystem {
    public static let osReleasePath = "/proc/sys/kernel/osrelease"

    /// WSL sets WSL_DISTRO_NAME / WSL_INTEROP, and its kernels say "microsoft" in their release.
    public static func isWSL(environment: Variables, osReleasePath: String = osReleasePath) -> Bool {
        if environment["WSL_DISTRO_NAME"] != nil || environment["WSL_INTEROP"] != nil { return true }
        return readSmallFile(osReleasePath).lowercased().contains("microsoft")
    }

    /// At most 256 bytes of a file, or "" when it cannot be read.
    static func readSmallFile(_ path: String) -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }
}
