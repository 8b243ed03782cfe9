#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a whole text file with POSIX calls, so a failure comes back as the system's own
/// words ("Permission denied") for the screen to show.
enum TextFile {
    /// Writes `text` to `path` (created 0644 or truncated); returns why it failed, or nil.
    static func write(_ text: String, to path: String) -> String? {
        write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` (created 0644 or truncated); returns why it failed, or nil.
    static func write(bytes: [UInt8], to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return reason() }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return reason()
            }
            offset += written
        }
        return nil
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
