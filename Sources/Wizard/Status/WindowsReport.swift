import KMSCore
import Diagnostics
import Localization

/// The run on Windows in words, in one language. The activation screen shows every line with
/// its explanation and fix; the status screen and the printable file show the marked lines.
/// Codes are explained from the explain catalog here, at display time, so switching the
/// language switches the explanations too.
public struct WindowsReport: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var mark: StatusMark
        public var text: String
        /// What the code means (the explain catalog's cause).
        public var explanation: String?
        /// What to do about it.
        public var fix: String?
        /// What Windows itself printed with the code.
        public var windowsText: String?
    }

    public var lines: [Line]

    /// Access denied: inside WSL the cure is an elevated terminal, not the catalog's "right-click the batch file".

    public init(_ outcome: WindowsOutcome, _ t: Localizer) {
        switch outcome {
        case let .ran(groups):
            lines = groups.flatMap { Self.lines($0, t) }
        case let .refused(failure):
            lines = [Self.failureLine(failure, t) { code, title in t("wizard.windows.refused", ["code": code, "title": title]) }]
        case let .cannotRun(problem):
            lines = [Line(mark: .skip, text: t("wizard.windows.cannotRun", ["reason": WindowsRunProblemText(problem, t).text]))]
        }
    }

    static func lines(_ group: WindowsGroupResult, _ t: Localizer) -> [Line] {
        let name = group.title
        switch group.result {
        case .activated:
            return [Line(mark: .ok, text: t("wizard.windows.activated", ["name": name]))]
        case .unrecognized:
            return [Line(mark: .warn, text: t("wizard.windows.unrecognized", ["name": name]))]
        case let .officeMissing(folder):
            return [Line(mark: .fail, text: t("wizard.windows.officeMissing", ["name": name, "folder": folder]))]
        case let .failed(failures):
            return failures.map { failure in
                failureLine(failure, t) { code, title in t("wizard.windows.failed", ["name": name, "code": code, "title": title]) }
            }
        }
    }

    /// A failed line: the code and its title in `text`, the catalog's cause and fix beside it.
    static func failureLine(_ failure: WindowsFailure, _ t: Localizer, text: (String, String) -> String) -> Line {
        let explained = Explanation(code: failure.code, localizer: t)
        let fix = failure.code == .accessDenied ? t("wizard.windows.elevate") : explained.fix
        return Line(mark: .fail, text: text(explained.code, explained.title), explanation: explained.cause, fix: fix,
                    windowsText: failure.windowsText)
    }
}
