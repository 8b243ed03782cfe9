import Localization

/// The run's texts: compiled in, or a strings file in `$KMSWIZARD_RESOURCES` (read once per run).
/// The help texts (`HelpText`, built on every start) and the command's own texts
/// (`CommandContext`) share them.
enum BundledStrings {
    /// The whole table, or why a strings file given by `$KMSWIZARD_RESOURCES` could not be used.
    static let loaded: Loaded<StringTable, CLIFailure> = {
        do {
            return .value(try StringTable.bundled(environment: RunInputs.environment))
        } catch {
            return .problem(CLIFailure(.resources, message: "\(error)"))
        }
    }()
}
