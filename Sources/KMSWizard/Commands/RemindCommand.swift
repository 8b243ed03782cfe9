import Platform
import KMSCore
import KMSProtocol
import WindowsBridge
import Renewal
import ArgumentParser
import Localization

/// `kmswizard remind`: a calendar file with an event before each renewal deadline, or a weekly
/// `kmswizard renew --quiet` job (systemd user timer, else crontab). Nothing is installed unless
/// `--install` is given, and `--uninstall` removes exactly what `--install` put there.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: HelpText.text("remind.abstract"),
        discussion: HelpText.discussion("remind.discussion"))

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: HelpText.argument("remind.ics", valueName: "file"), completion: .file(extensions: ["ics"]))
    var ics: String?

    @Option(name: .long, help: HelpText.argument("remind.marginDays", valueName: "days", ["default": String(ReminderCalendar.defaultMarginDays)]))
    var marginDays: Int?

    /// Optional above so that ArgumentParser does not add an English "(default: 14)" to the help,
    /// whose own text names the default in the user's language.
    private var margin: Int { marginDays ?? ReminderCalendar.defaultMarginDays }

    @Flag(name: .long, help: HelpText.argument("remind.install"))
    var install = false

    @Flag(name: .long, help: HelpText.argument("remind.uninstall"))
    var uninstall = false

    func validate() throws {
        guard [ics != nil, install, uninstall].filter({ $0 }).count == 1 else {
            throw HelpText.usageError("remindChoice")
        }
        guard (0...(CampusDefaults.renewalDays - 1)).contains(margin) else {
            throw HelpText.usageError("marginDays", ["max": String(CampusDefaults.renewalDays - 1), "value": String(margin)])
        }
    }

    func run() async throws {
        let context = try CommandContext(output.choice)
        if let ics {
            try writeCalendar(to: ics, context)
        } else {
            try changeJob(context)
        }
    }

    private func writeCalendar(to file: String, _ context: CommandContext) throws {
        let t = context.localizer
        let load = { () throws -> KMSWizardState in
            do throws(StateError) { return try context.stateStore.load() } catch { throw context.failure(error, json: output.json) }
        }
        // Inside WSL the deadlines are Windows' own, read now (a damaged file stops first).
        _ = try load()
        do { _ = try WindowsLicences.refresh(context.stateStore, environment: context.environment) } catch {
            throw context.failure(error, json: output.json)
        }
        let state = try load()
        let names = ProductNames((try? ProductCatalog.bundled(environment: context.environment).products) ?? [])
        let calendar = ReminderCalendar(report: RenewalReport(state: state, now: Date()), marginDays: margin,
                                        machineID: state.machineID, table: t.table, displayName: names.callAsFunction)
        guard !calendar.events.isEmpty else {
            throw CLIFailure(.nothingActivated, message: t("renewal.remind.nothing"), json: output.json)
        }
        do {
            try OutputFile.write(calendar.text, to: file)
        } catch {
            throw CLIFailure(.cannotWrite,
                             message: t("renewal.remind.cannotWrite", ["file": file, "reason": error.reasonText(t)]), json: output.json)
        }
        if output.json {
            try JSONOutput.write(RemindDocument(action: "ics", file: file, events: calendar.events.map {
                .init(product: $0.shortName, uid: $0.uid, start: $0.start, deadline: $0.deadline)
            }))
            return
        }
        print(t.counted("renewal.remind.wrote", calendar.events.count, ["count": String(calendar.events.count), "file": file]))
        for event in calendar.events {
            print("  " + t("renewal.remind.event", ["product": names(event.shortName),
                                                     "start": CivilTime.taipei(event.start).description,
                                                     "deadline": CivilTime.taipei(event.deadline).description]))
        }
    }

    private func changeJob(_ context: CommandContext) throws {
        let t = context.localizer
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let paths = ReminderInstaller.Paths.from(environment: context.environment, stateFile: context.stateStore.path, binaryPath: binary)
        let installer = ReminderInstaller(paths: paths)
        let outcome: ReminderInstaller.Outcome
        do {
            outcome = install ? try installer.install() : try installer.uninstall()
        } catch {
            if case .notInstalled = error {
                if output.json { try JSONOutput.write(RemindDocument(action: "uninstall")) } else { print(t("renewal.remind.notInstalled")) }
                return
            }
            throw failure(error, t)
        }
        if output.json {
            try JSONOutput.write(RemindDocument(action: install ? "install" : "uninstall", kind: outcome.kind.rawValue, files: outcome.files,
                                                cronLine: outcome.cronLine, warnings: outcome.warnings, keptChanged: outcome.keptChanged))
            return
        }
        let headline = install ? "renewal.remind.installed.\(outcome.kind.rawValue)" : "renewal.remind.uninstalled.\(outcome.kind.rawValue)"
        print(t(headline))
        for file in outcome.files { print("  " + file) }
        if let line = outcome.cronLine { print("  crontab: " + line) }
        for file in outcome.keptChanged { print(t("renewal.remind.keptChanged", ["path": file])) }
        if install, WSLEnvironment.isNotWSL(.system(environment: context.environment)) { print(t("renewal.remind.notWSLNote")) }
        for warning in outcome.warnings { printError(t("renewal.remind.warning", ["warning": warning])) }
    }

    private func failure(_ error: ReminderError, _ t: Localizer) -> CLIFailure {
        let code: CLIErrorCode = switch error {
        case .badBinaryPath: .programPath
        case .wouldOverwrite, .cannotWrite: .cannotWrite
        // `.notInstalled` never gets here: uninstalling what is not installed is done (exit 0).
        case .noScheduler, .crontabFailed, .notInstalled: .remind
        }
        return CLIFailure(code, message: t("renewal.remind.failed", ["detail": error.message(t)]), hint: t("renewal.remind.hint"), json: output.json)
    }
}

/// `kmswizard remind --json`.
private struct RemindDocument: Encodable {
    struct Event: Encodable {
        let product: String
        let uid: String
        let start: Date
        let deadline: Date
    }

    var schemaVersion = JSONOutput.schemaVersion
    var ok = true
    let action: String
    var file: String?
    var events: [Event]?
    var kind: String?
    var files: [String]?
    var cronLine: String?
    var warnings: [String]?
    var keptChanged: [String]?
}
