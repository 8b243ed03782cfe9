import Platform

/// The user's folders from the environment, read as the XDG Base Directory specification says:
/// a relative path in one of its variables is invalid and ignored. HOME gets the same rule: a
/// relative HOME would put files wherever the program was started (or, joined to `/`, at the top
/// of the file system).
public enum UserFolders {
    /// The variable's value when it is an absolute path.
    public static func absolute(_ variable: String, _ environment: Variables) -> String? {
        environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// HOME when absolute, else the account's home from the password database, else /tmp.
    public static func home(_ environment: Variables) -> String {
        if let home = absolute("HOME", environment) { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir, directory.pointee == UInt8(ascii: "/") {
            return String(cString: directory)
        }
        return "/tmp"
    }
}
