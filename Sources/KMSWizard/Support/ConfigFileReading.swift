#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ConfigFile {
    /// Reads and parses the file at `path`; nil when there is no such file (no config is fine).
    /// Reads at most `maximumBytes + 1` bytes, so a huge or endless file cannot eat memory.
    static func load(path: String) throws(ConfigError) -> ConfigFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw ConfigError(path: path, line: 0, key: nil, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count <= maximumBytes {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConfigError(path: path, line: 0, key: nil, problem: .unreadable(reason: String(cString: strerror(errno))))
            }
            bytes += chunk[..<count]
        }
        return try ConfigFile(bytes: bytes, path: path)
    }
}
