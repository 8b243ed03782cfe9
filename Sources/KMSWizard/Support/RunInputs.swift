import KMSCore
import Localization

/// What a run reads from its surroundings, read once: the environment and the config file.
///
/// The help texts (`HelpText`, needed before any command runs) and the commands
/// (`CommandContext`, `kmswizard config`) resolve their settings through `SettingsResolver()`,
/// which is this run's resolver: the same environment dictionary, and config.toml opened and
/// parsed at most once per run, whatever the number of resolutions (flags differ between them,
/// the file does not). Static lets make that once-only and thread-safe.
enum RunInputs {
    /// The process environment, read once.
    static let environment = ResourceLocator.currentEnvironment()

    /// The config file named by `environment` (nil when there is none, or no HOME), read once;
    /// a bad file is kept as its error, which every resolution reports.
    static let configFile: Loaded<ConfigFile?, ConfigError> = {
        do throws(ConfigError) {
            return .value(try SettingsResolver(environment: environment).readConfigFile())
        } catch {
            return .problem(error)
        }
    }()
}
