import Platform

/// Reads a file that must be a regular file (the config file, the state file).
///
/// Opened with O_NONBLOCK so that a FIFO or a device in its place cannot block `open()` (every
/// command, `--version` too, read the config before this); then refused unless it is a regular
/// file, where O_NONBLOCK changes nothing.
public enum RegularFile {
    /// The file's bytes, at most `limit + 1` of them; nil when there is no file (ENOENT, ENOTDIR).
    public static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw FileError.lastSystemError(path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError.lastSystemError(path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw FileError(path: path, reason: .notRegularFile) }
        return try FileDescriptorIO.readAll(fd, limit: limit, path: path)
    }
}
