import KMSCore
import KMSProtocol

extension ConfigFile {
    /// Reads and parses the file at `path`; nil when there is no such file (no config is fine).
    /// Reads at most `maximumBytes + 1` bytes, so a huge or endless file cannot eat memory, and
    /// only a regular file: a FIFO in its place must not hang every command, `--version` too.
    static func load(path: String) throws(ConfigError) -> ConfigFile? {
        let bytes: [UInt8]?
        do { bytes = try RegularFile.read(path, limit: maximumBytes) } catch {
            throw ConfigError(path: path, line: 0, key: nil, problem: .unreadable(error))
        }
        return try bytes.map { bytes throws(ConfigError) in try ConfigFile(bytes: bytes, path: path) }
    }
}
