/// What `kmswizard --version` prints: the version and the commit the binary was built from.
///
/// The commit is stamped without a build plugin: `make` writes `BuildStamp.generated.swift`
/// (git-ignored) next to this file and builds with `-Xswiftc -DKMSWIZARD_STAMPED`. A plain
/// `swift build` leaves the flag off, so a stale or missing stamp file never shows a wrong commit.
enum BuildInfo {
    static let version = "0.1.0"

    #if KMSWIZARD_STAMPED
    static let commit = BuildStamp.commit
    #else
    static let commit = "unknown commit"
    #endif

    /// `kmswizard 0.1.0 (commit 1a2b3c4d5e6f)`, or `kmswizard 0.1.0 (unknown commit)`.
    static let versionLine = commit == "unknown commit"
        ? "kmswizard \(version) (unknown commit)"
        : "kmswizard \(version) (commit \(commit))"
}
