import Platform

/// Replaces a regular file in one step: the bytes go to a new temporary file in the same folder,
/// are synced to disk, and the file is renamed over the path. A reader sees the old file or the
/// new one, never a half-written one, and a full disk leaves the old file as it was.
public enum AtomicReplacement {
    /// - Parameters:
    ///   - keepingMode: the replaced file's permission bits, set on the new file; nil for a new
    ///     file, which gets `newFileMode` under the umask as `open` gives it.
    public static func replace(_ path: String, with bytes: [UInt8], keepingMode: mode_t?, newFileMode: mode_t) throws(FileError) {
        let (fd, temporary) = try TemporaryFile.create(beside: path, mode: newFileMode)
        var failure = FileDescriptorIO.writeAll(fd, bytes)
        if failure == nil, let keepingMode, fchmod(fd, keepingMode) != 0 { failure = errno }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        // close() can report a deferred write error (NFS); after EINTR the descriptor is closed anyway.
        if close(fd) != 0, failure == nil, errno != EINTR { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw FileError(path: path, reason: .system(errno: failure))
        }
    }
}
