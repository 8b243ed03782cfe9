import ArgumentParser
import Localization

/// `kmswizard config`: the settings in effect and where each one came from, so that a user (or
/// the help desk) can see why kmswizard talks to the host it talks to.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: HelpText.text("config.abstract"),
        discussion: HelpText.discussion("config.discussion")
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var kmsHost: KMSHostOption
    @OptionGroup var timeout: TimeoutOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var color: ColorOption
    @OptionGroup var ascii: AsciiOption

    func run() async throws {
        let resolver = SettingsResolver()
        let flags = ConfigValues(output: output.choice, host: kmsHost, timeout: timeout, network: network, color: color, ascii: ascii)
        let config = try resolver.resolveForCommand(flags: flags, json: output.json)
        let colorEnabled = config.color.isEnabled(environment: resolver.environment)
        if output.json {
            try JSONOutput.write(ConfigReport(config, colorEnabled: colorEnabled))
        } else {
            let t = try CommandContext.localizer(config.language)
            print(ConfigReport.text(config, colorEnabled: colorEnabled, t))
        }
    }
}
