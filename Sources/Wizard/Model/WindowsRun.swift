import KMSCore
import WindowsBridge

/// The Windows this Linux runs inside (WSL with interop), found once when the wizard starts.
/// Only when there is one does the activation screen offer to run the activation on it.
public struct WindowsAccess: Sendable, Equatable {
    /// The WSL distribution's name (`Ubuntu`), when WSL says it.
    public var distribution: String?
    /// Where cscript.exe was found, as a Linux path.
    public var cscriptPath: String

    public init(distribution: String?, cscriptPath: String) {
        self.distribution = distribution
        self.cscriptPath = cscriptPath
    }
}

/// A code Windows printed while activating (`0xC004F074`), with its own words when it gave any.
/// The wizard explains the code from the explain catalog in the language on screen.
public struct WindowsFailure: Sendable, Equatable {
    public var code: ActivationErrorCode
    public var windowsText: String?

    public init(code: ActivationErrorCode, windowsText: String? = nil) {
        self.code = code
        self.windowsText = windowsText
    }
}

/// What Windows answered for one group of products: Windows itself (slmgr.vbs), or the Office
/// products of one `OfficeNN` folder, which ospp.vbs activates together.
public struct WindowsGroupResult: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        case activated
        case failed([WindowsFailure])
        /// Neither a success line nor an error code in what Windows printed.
        case unrecognized
        /// No ospp.vbs in that Office folder: the Office is not installed (or has the other bitness).
        case officeMissing(folder: String)
    }

    /// The products' display names.
    public var title: String
    public var result: Result

    public init(title: String, result: Result) {
        self.title = title
        self.result = result
    }

    public var isActivated: Bool { result == .activated }
}

/// The outcome of running the activation commands on Windows.
public enum WindowsOutcome: Sendable, Equatable {
    /// The commands ran; one result per group.
    case ran([WindowsGroupResult])
    /// Windows refused before anything changed; 0x80070005 when the terminal is not elevated.
    case refused(WindowsFailure)
    /// The commands could not be run at all.
    case cannotRun(WindowsRunProblem)

    public var isActivated: Bool {
        if case let .ran(groups) = self { return !groups.isEmpty && groups.allSatisfy(\.isActivated) }
        return false
    }
}

/// Where the run on Windows stands.
public typealias WindowsRun = RunState<WindowsOutcome>

/// Why the commands could not run on Windows: data, worded where shown (`WindowsRunProblemText`).
public enum WindowsRunProblem: Error, Sendable, Equatable {
    /// No Windows reachable from here (not WSL, no cscript.exe, interop off).
    case unavailable(WSLEnvironment.Unavailable)
    /// A Windows program could not be started (errno).
    case cannotStart(SubprocessError)
    /// A product or the host could not go into the commands.
    case cannotRender
}
