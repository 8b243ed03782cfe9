import Platform

/// Writes every file the program writes for the user (`--out`, `--ics`, the wizard's printout
/// and `.cmd`, the reminder units) the way the shell's `>` would, never anything else:
///
/// - a symlink is followed and its target written (a dangling one's target is created);
/// - a regular file is replaced through `AtomicReplacement` in its own folder, keeping its mode,
///   so a full disk leaves the old file whole instead of a half-written one;
/// - a FIFO, a terminal or another device is written as a stream (a FIFO's reader gets the
///   bytes, `/dev/full` says ENOSPC), and is never replaced by a regular file;
/// - a new path is created (0666 under the umask, as `>` makes it).
public enum OutputFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        switch try destination(of: path) {
        case let .regular(target, mode):
            try AtomicReplacement.replace(target, with: bytes, keepingMode: mode, newFileMode: 0o666)
        case .stream:
            try stream(bytes, to: path)
        }
    }

    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(Array(text.utf8), to: path)
    }

    private enum Destination {
        /// A regular file (or a new one) at the end of any symlinks; `mode` nil when new.
        case regular(path: String, mode: mode_t?)
        /// Anything else: opened through the path, as the shell opens it.
        case stream
    }

    /// Follows the symlinks one by one (at most 40, the kernel's own limit) to what `>` would open.
    private static func destination(of path: String) throws(FileError) -> Destination {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                guard errno == ENOENT else { throw FileError.lastSystemError(path) }
                return .regular(path: current, mode: nil)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                // /dev/stdout, /dev/fd/N: the kernel's links under /proc name an open file
                // (a pipe, a terminal, a file the shell opened), not a path to replace.
                if isUnderProc(current.folderPart) { return .stream }
                guard let target = linkTarget(current) else { throw FileError.lastSystemError(path) }
                current = target.hasPrefix("/") ? target : current.folderPart + "/" + target
            case S_IFREG:
                return .regular(path: current, mode: info.st_mode & 0o7777)
            case S_IFDIR:
                throw FileError(path: path, reason: .system(errno: EISDIR))
            default:
                return .stream
            }
        }
        throw FileError(path: path, reason: .system(errno: ELOOP))
    }

    private static func stream(_ bytes: [UInt8], to path: String) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileError.lastSystemError(path) }
        var failure = FileDescriptorIO.writeAll(fd, bytes)
        if close(fd) != 0, failure == nil, errno != EINTR { failure = errno }
        if let failure { throw FileError(path: path, reason: .system(errno: failure)) }
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func isUnderProc(_ folder: String) -> Bool {
        guard let resolved = realpath(folder, nil) else { return false }
        defer { free(resolved) }
        let text = String(cString: resolved)
        return text == "/proc" || text.hasPrefix("/proc/")
    }
}
