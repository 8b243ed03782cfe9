import KMSCore

/// How the wizard reaches the Windows around a WSL Linux: `find` says whether there is one with
/// a usable cscript.exe, `run` runs the chosen products' activation commands there, `read` reads
/// Windows' own licence state. The command line builds it over `WSLEnvironment`,
/// `WindowsActivationRunner` and `WindowsLicenceReader`; tests pass their own.
public struct WindowsBridge: Sendable {
    public var find: @Sendable () -> WindowsAccess?
    public var run: @Sendable ([Product]) async -> WindowsOutcome
    public var read: @Sendable () async -> WindowsLicencesOutcome

    public init(find: @escaping @Sendable () -> WindowsAccess?, run: @escaping @Sendable ([Product]) async -> WindowsOutcome,
                read: @escaping @Sendable () async -> WindowsLicencesOutcome) {
        self.find = find
        self.run = run
        self.read = read
    }
}
