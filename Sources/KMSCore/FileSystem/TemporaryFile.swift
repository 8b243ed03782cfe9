import Platform

/// A new file beside the one it will replace, `<path>.tmp-<16 random hex digits>`.
///
/// Made with O_CREAT|O_EXCL|O_NOFOLLOW: it is always a file this process just created, never an
/// existing file or a symlink someone planted under a name they guessed (the name comes from the
/// system's random source, not the pid).
package enum TemporaryFile {
    static let marker = ".tmp-"

    /// The open descriptor and path of the new file; errors name `path`, the file the user knows.
    static func create(beside path: String, mode: mode_t) throws(FileError) -> (fd: Int32, path: String) {
        for _ in 0..<8 {
            let candidate = path + marker + String(UInt64.random(in: .min ... .max), radix: 16)
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return (fd, candidate) }
            guard errno == EEXIST else { throw FileError.lastSystemError(path) }
        }
        throw FileError(path: path, reason: .system(errno: EEXIST))
    }

    /// Removes temporary files a killed process left beside `path`. Only for a path whose
    /// writers all hold one lock (the state file): an unlocked writer's file could be in use.
    package static func removeStale(beside path: String) {
        let folder = path.folderPart
        let prefix = String(path.split(separator: "/").last ?? "") + marker
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name.hasPrefix(prefix) { unlink(folder + "/" + name) }
        }
    }
}

extension String {
    /// The folder of a path as `open` would see it: "." for a bare name, "/" for a top-level one.
    package var folderPart: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : String(self[..<slash])
    }
}
