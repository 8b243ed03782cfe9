import KMSCore

/// Windows' own time zone, read inside WSL with `tzutil.exe /g`, or why it could not be read.
public enum WindowsZone: Sendable, Equatable {
    /// The Windows zone ID, e.g. `Taipei Standard Time`.
    case read(String)
    /// tzutil.exe could not be started (missing, not executable).
    case cannotRun(path: String)
    /// It ran but failed, timed out or printed nothing; `status` as the runner reports it.
    case failed(status: Int32, timedOut: Bool)

    /// The Windows ID of "(UTC+08:00) 台北", the zone the campus guide asks for.
    public static let taipei = "Taipei Standard Time"
    public static let timeoutSeconds = 5.0

    /// Where tzutil.exe lives under a Windows root (`/mnt/c` unless KMSWIZARD_WINDOWS_ROOT says otherwise).
    public static func tzutilPath(environment: Variables) -> String {
        let root = environment["KMSWIZARD_WINDOWS_ROOT"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/mnt/c"
        return root + "/Windows/System32/tzutil.exe"
    }

    /// Runs `tzutil.exe /g`. Blocks: call it through `BlockingIO`.
    public static func read(environment: Variables, runner: any CommandRunning = Subprocess()) -> WindowsZone {
        let path = tzutilPath(environment: environment)
        do {
            let result = try runner.run(path, ["/g"], input: nil, timeoutSeconds: timeoutSeconds)
            // tzutil prints the ID alone, without a newline; through the console it may gain a CR.
            let text = result.stdoutText.filter { $0 != "\0" }
            let id = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard result.succeeded, !id.isEmpty else { return .failed(status: result.status, timedOut: result.timedOut) }
            return .read(id)
        } catch {
            return .cannotRun(path: path)
        }
    }
}
