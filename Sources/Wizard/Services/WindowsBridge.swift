import Activation

/// How the wizard reaches the Windows around a WSL Linux: `find` says whether there is one with
/// a usable cscript.exe, `run` runs the chosen products' activation commands there. The command
/// line builds it over `WSLEnvironment` and `WindowsActivationRunner`; tests pass their own.
public struct WindowsBridge: Sendable {
    public var find: @Sendable () -> WindowsAccess?
    public var run: @Sendable ([Product]) async -> WindowsOutcome

    public init(find: @escaping @Sendable () -> WindowsAccess?, run: @escaping @Sendable ([Product]) async -> WindowsOutcome) {
        self.find = find
        self.run = run
    }
}
