import Platform

/// Folders the program makes for its own files (the state folder, the reminder units' folder).
public enum Folders {
    /// Makes `folder` and any missing parents with `mode` (like `mkdir -p`); an existing one is fine.
    public static func create(_ folder: String, mode: mode_t) throws(FileError) {
        var partial = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, mode) != 0 && errno != EEXIST { throw FileError.lastSystemError(partial) }
        }
    }

    /// Removes a file; one already gone is fine.
    public static func remove(_ path: String) throws(FileError) {
        if unlink(path) != 0 && errno != ENOENT { throw FileError.lastSystemError(path) }
    }
}
