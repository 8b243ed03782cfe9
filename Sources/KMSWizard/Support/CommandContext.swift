import KMSCore
import KMSProtocol
import Renewal
import Localization

/// What every command needs before it can say anything: the effective settings (flags, then
/// environment, then config file, then the campus defaults), the string table in the chosen
/// language, and the state store.
struct CommandContext: Sendable {
    let localizer: Localizer
    let environment: Variables
    /// The effective settings and where each value came from.
    let config: ResolvedConfig

    var settings: Settings { config.settings }

    /// Resolves the settings from whichever option groups the command has, then loads the
    /// strings in the resolved language. A bad config value is exit 78; a missing strings file 72.
    /// `resolver` is the run's own by default: the environment and config file the help texts
    /// were resolved from, not read again.
    init(_ output: OutputChoice, host: KMSHostOption? = nil, timeout: TimeoutOption? = nil,
         network: NetworkOptions? = nil, color: ColorOption? = nil, ascii: AsciiOption? = nil,
         resolver: SettingsResolver = SettingsResolver()) throws {
        let flags = ConfigValues(output: output, host: host, timeout: timeout, network: network, color: color, ascii: ascii)
        config = try resolver.resolveForCommand(flags: flags, json: output.json)
        localizer = try Self.localizer(config.language)
        environment = resolver.environment
    }

    /// The strings in `language`; a missing or broken strings file is exit 72 with the places searched.
    static func localizer(_ language: Language) throws -> Localizer {
        Localizer(table: try BundledStrings.loaded.get(), language: language)
    }

    /// The state store at its default path; a recovered corrupt file is reported on stderr.
    var stateStore: StateStore {
        let localizer = localizer
        return StateStore(path: StateStore.defaultPath(environment: environment), onRecovered: { notice in
            printError(Self.describe(notice, localizer))
        }, pendingSignal: { TerminalRestorer.pendingSignal.load(ordering: .relaxed) })
    }

    /// A state error as a failure with its exit status, in the user's language; a damaged file
    /// comes with the way forward (where it is, and which commands keep it aside and start anew).
    func failure(_ error: StateError, json: Bool = false) -> CLIFailure {
        let hint: String? = if case let .corrupt(path, nil) = error { localizer("renewal.state.corruptHint", ["path": path]) } else { nil }
        return CLIFailure(CLIErrorCode(error), message: Self.describe(error, localizer), hint: hint, json: json)
    }

    static func describe(_ error: StateError, _ localizer: Localizer) -> String {
        error.text(localizer)
    }
}
