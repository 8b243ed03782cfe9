import KMSCore
import Localization

/// A configuration value kmswizard refuses to run with, and exactly where it came from: the
/// file, line and key, or the environment variable. Reported with exit 78 (EX_CONFIG).
struct ConfigError: Error, Sendable, Equatable {
    enum Problem: Sendable, Equatable {
        case syntax(ConfigScanner.SyntaxError)
        case table
        case unknownKey
        case duplicate(firstLine: Int)
        case value(ConfigValueError)
        case notUTF8
        case tooLarge
        case unreadable(FileError)
    }

    /// Where the bad value was written.
    enum Place: Sendable, Equatable {
        case file(path: String, line: Int, key: String?)
        case environment(variable: String, value: String)
    }

    var place: Place
    var problem: Problem

    init(place: Place, problem: Problem) {
        self.place = place
        self.problem = problem
    }

    /// A problem in the config file; line 0 means the file as a whole.
    init(path: String, line: Int, key: String?, problem: Problem) {
        self.init(place: .file(path: path, line: line, key: key), problem: problem)
    }

    /// The message, in the user's language: where, then what is wrong.
    func message(_ t: Localizer) -> String {
        let reason = Self.reason(problem, t)
        switch place {
        case let .file(path, 0, _):
            return t("config.error.file", ["path": path, "reason": reason])
        case let .file(path, line, nil):
            return t("config.error.line", ["path": path, "line": String(line), "reason": reason])
        case let .file(path, line, key?):
            return t("config.error.key", ["path": path, "line": String(line), "key": key, "reason": reason])
        case let .environment(variable, value):
            return t("config.error.environment", ["variable": variable, "value": value, "reason": reason])
        }
    }

    /// What to do about it.
    func hint(_ t: Localizer) -> String {
        switch place {
        case .file: t("config.hint.file")
        case let .environment(variable, _): t("config.hint.environment", ["variable": variable])
        }
    }

    private static func reason(_ problem: Problem, _ t: Localizer) -> String {
        switch problem {
        case let .syntax(error): t("config.syntax.\(error)")
        case .table: t("config.problem.table")
        case .unknownKey: t("config.problem.unknownKey", ["keys": ConfigKey.allCases.map(\.rawValue).joined(separator: ", ")])
        case let .duplicate(firstLine): t("config.problem.duplicate", ["line": String(firstLine)])
        case let .value(error): reason(error, t)
        case .notUTF8: t("config.problem.notUTF8")
        case .tooLarge: t("config.problem.tooLarge", ["limit": String(ConfigFile.maximumBytes)])
        case let .unreadable(error): t("config.problem.unreadable", ["reason": error.reasonText(t)])
        }
    }

    private static func reason(_ error: ConfigValueError, _ t: Localizer) -> String {
        switch error {
        case let .wrongKind(expected): t("config.value.expected.\(expected.rawValue)")
        case .notAnEndpoint: t("config.value.endpoint")
        case .notADomain: t("config.value.domain")
        case let .notACIDR(text): t("config.value.cidr", ["value": text])
        case .emptyList: t("config.value.emptyList")
        case .timeoutOutOfRange: t("config.value.timeout")
        case .notALanguage: t("config.value.lang")
        case .notAColorChoice: t("config.value.color")
        }
    }
}
