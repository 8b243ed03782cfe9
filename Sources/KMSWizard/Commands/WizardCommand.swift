import KMSCore
import KMSProtocol
import ArgumentParser
@preconcurrency import Platform
import Localization
import Wizard

/// `kmswizard` (the default): the full-screen wizard on a terminal, or `--plain` prompts.
struct WizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: HelpText.text("wizard.abstract"),
        discussion: HelpText.discussion("wizard.discussion"))

    @OptionGroup var output: OutputOptions
    @OptionGroup var host: KMSHostOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var timeout: TimeoutOption
    @OptionGroup var color: ColorOption
    @OptionGroup var ascii: AsciiOption

    @Flag(name: .long, help: HelpText.argument("wizard.plain"))
    var plain = false

    func validate() throws {
        if output.json { throw HelpText.usageError("wizardJSON") }
    }

    func run() async throws {
        let context = try CommandContext(output.choice, host: host, timeout: timeout, network: network, color: color, ascii: ascii)
        let settings = context.settings
        let environment = context.environment
        let terminalName = environment["TERM"] ?? ""
        let store = context.stateStore, table = context.localizer.table
        let home = UserFolders.home(environment)
        let services = LiveWizardServices(settings: settings, store: store, table: table, printDirectory: Self.workingDirectory(orElse: home),
                                          homeDirectory: home, environment: environment, hostCheck: WizardActivation(settings: settings, store: store, table: table).callAsFunction,
                                          windows: WizardWindows(settings: settings, environment: environment).bridge)
        let linesOnly = plain || terminalName == "dumb"
        // Curses draws in the C library's character locale; without any UTF-8 one, ASCII and English.
        let drawsUTF8 = linesOnly || UTF8Locale.adopt()
        let config = WizardConfig(kmsHost: settings.kmsHost.description, ntpServer: settings.ntpServer.description,
                                  vpnServer: settings.vpnServer,
                                  ascii: context.config.ascii || !drawsUTF8, plain: linesOnly)
        let start = WizardUpdate.start(config: config, language: drawsUTF8 ? context.localizer.language : .en)
        let view = WizardView(table: context.localizer.table)

        if linesOnly {
            var session = PlainSession(view: view, services: services, start: start)
            if case let .inputEnded(step) = await session.run() {
                let t = context.localizer.switched(to: session.state.language)
                throw CLIFailure(.inputEnded, message: t("wizard.plain.inputEnded", ["step": t(step.nameKey)]),
                                 hint: t("wizard.plain.inputEndedHint"))
            }
            return
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIFailure(.noTerminal, message: context.localizer("wizard.noTerminal"),
                             hint: context.localizer("wizard.noTerminalHint"))
        }
        let colors = context.config.color.isEnabled(environment: environment)
        let ending = await MainActor.run { () -> CursesSession.Ending? in
            TerminalRestorer.install()
            guard let terminal = CursesTerminal(colors: colors) else { return nil }
            defer { terminal.close() }
            return CursesSession(terminal: terminal, view: view, services: services, start: start).run()
        }
        if !drawsUTF8 { printError(context.localizer.switched(to: .en)("wizard.noUTF8Locale")) }
        switch ending {
        case nil:
            throw CLIFailure(.noTerminal,
                             message: context.localizer("wizard.unknownTerminal", ["term": terminalName]),
                             hint: context.localizer("wizard.noTerminalHint"))
        case .quit?:
            return
        case .interrupted?:
            throw CLIFailure(.interrupted, message: context.localizer("wizard.interrupted"))
        }
    }

    /// Where the printable status goes: the working directory, else `home`.
    static func workingDirectory(orElse home: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        if getcwd(&buffer, buffer.count) != nil {
            return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
        return home
    }
}
