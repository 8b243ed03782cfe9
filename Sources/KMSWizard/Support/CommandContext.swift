import Activation
import Localization

/// What every command needs before it can say anything: the string table in the chosen language,
/// the settings, and the state store.
struct CommandContext: Sendable {
    let localizer: Localizer
    let environment: [String: String]

    /// Loads the strings file once; a missing or broken one is exit 72 with the places searched.
    init(language: Language, environment: [String: String] = ResourceLocator.currentEnvironment()) throws {
        self.environment = environment
        do {
            localizer = Localizer(table: try StringTable.bundled(), language: language)
        } catch {
            throw CLIFailure(status: .missingResource, code: "resources", message: "\(error)")
        }
    }

    init(_ output: OutputOptions) throws {
        try self.init(language: output.language)
    }

    /// The state store at its default path; a recovered corrupt file is reported on stderr.
    var stateStore: StateStore {
        let localizer = localizer
        return StateStore(path: StateStore.defaultPath(environment: environment)) { notice in
            printError(Self.describe(notice, localizer))
        }
    }

    /// A state error as a failure with its exit status, in the user's language.
    func failure(_ error: StateError, json: Bool = false) -> CLIFailure {
        let status: ExitStatus = if case .io = error { .ioError } else { .dataError }
        return CLIFailure(status: status, code: "state", message: Self.describe(error, localizer), json: json)
    }

    static func describe(_ error: StateError, _ localizer: Localizer) -> String {
        switch error {
        case let .corrupt(path, keptAt?): localizer("cli.state.corruptKept", ["path": path, "keptAt": keptAt])
        case let .corrupt(path, nil): localizer("cli.state.corrupt", ["path": path])
        case let .futureVersion(path, found): localizer("cli.state.future", ["path": path, "found": String(found)])
        case let .io(path, reason): localizer("cli.state.io", ["path": path, "reason": reason])
        }
    }
}
