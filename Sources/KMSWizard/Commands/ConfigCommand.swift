import ArgumentParser
import Localization

/// `kmswizard config`: the settings in effect and where each one came from, so that a user (or
/// the help desk) can see why kmswizard talks to the host it talks to.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each comes from (flag, environment, config file, default).",
        discussion: """
        Settings are taken from the first place that sets them: command-line flags, then the \
        environment (KMSWIZARD_HOST, KMSWIZARD_NTP, KMSWIZARD_DOMAIN, KMSWIZARD_CAMPUS \
        comma-separated, KMSWIZARD_TIMEOUT, KMSWIZARD_LANG, KMSWIZARD_VPN), then the config file \
        $XDG_CONFIG_HOME/kmswizard/config.toml (else ~/.config/kmswizard/config.toml), then the \
        campus defaults. NO_COLOR turns colour off unless --color or the file says otherwise.

        Example config.toml:
          host = "kms.example.edu:1688"
          timeout = 3
          campus = ["140.127.0.0/16", "10.0.0.0/8"]
          lang = "en"

        Examples:
          kmswizard config
          KMSWIZARD_HOST=127.0.0.1:1688 kmswizard config --json
          kmswizard config --host 127.0.0.1 --lang en
        """
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var kmsHost: KMSHostOption
    @OptionGroup var timeout: TimeoutOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var color: ColorOption

    func run() async throws {
        let resolver = SettingsResolver()
        let flags = ConfigValues(output: output, host: kmsHost, timeout: timeout, network: network, color: color)
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
