import Localization

/// Why the commands could not run on Windows, in the reader's language; a system reason by its
/// words or symbolic name, never strerror's English.
public struct WindowsRunProblemText: Sendable, Equatable {
    public let text: String

    public init(_ problem: WindowsRunProblem, _ t: Localizer) {
        text = switch problem {
        case .unavailable(.notWSL): t("windows.run.notWSL")
        case let .unavailable(.noCscript(path)), let .unavailable(.notExecutable(path)): t("windows.read.unreachable", ["path": path])
        case .unavailable(.interopOff): t("windows.read.interopOff")
        case let .cannotStart(.cannotStart(program, errno)):
            t("windows.run.cannotStart", ["path": program, "reason": ErrnoText.text(errno, t)])
        case .cannotRender: t("windows.run.cannotRender")
        }
    }
}
