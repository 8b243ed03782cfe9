import Platform
import KMSCore
import KMSProtocol
import Renewal
import ArgumentParser
import Localization
import Wizard

/// `kmswizard status`: per product its last host check, the activation file written for it, and
/// what Windows reported (read live inside WSL, bounded by a timeout, else the last stored
/// reading with its date). Only Windows' word says "activated" or gives a deadline. `--print`
/// gives the same report in both languages, 80 columns; `--json` the same model as data.
struct StatusCommand: ParsableCommand {
    static let commandName = "status"
    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: HelpText.text("status.abstract"),
        discussion: HelpText.discussion("status.discussion", ["days": String(CampusDefaults.renewalDays), "warning": String(CampusDefaults.warningDays)]))

    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: HelpText.argument("status.print"))
    var print = false

    /// The parsed line as plain values, which is what runs.
    var request: Request { Request(output: output.choice, print: print) }
}

extension StatusCommand: DirectlyParsed {
    /// `status` as plain values: what ArgumentParser's parse or a direct read of the line made.
    struct Request: DirectRequest {
        var output = OutputChoice()
        var print = false

        func run() throws {
            let context = try CommandContext(output)
            let store = context.stateStore
            let load = { () throws -> KMSWizardState in
                do throws(StateError) { return try store.load() } catch { throw context.failure(error, json: output.json) }
            }
            // A damaged file stops here, before reading Windows would write readings into it.
            _ = try load()
            let source: StatusSnapshot.WindowsSource
            do { source = try WindowsLicences.refresh(store, environment: context.environment) } catch {
                throw context.failure(error, json: output.json)
            }
            let state = try load()
            let now = Date()
            let products = (try? ProductCatalog.bundled(environment: context.environment).products) ?? []
            let snapshot = StatusSnapshot(state: state, catalog: products, now: now, kmsHost: context.settings.kmsHost.description,
                                          windowsSource: source)
            if self.print {
                Swift.print(PrintableStatus.render(snapshot, table: context.localizer.table, generatedAt: now), terminator: "")
            } else if output.json {
                let (word, error): (String, String?) = switch source {
                case .notHere, .reading: ("none", nil)   // a command reads to the end: "reading" is the wizard's
                case .live: ("live", nil)
                case let .stored(error): ("stored", error.word)
                }
                try JSONOutput.write(RenewalStatusDocument(report: RenewalReport(state: state, now: now, windowsReach: source.reach),
                                                           stateFile: store.path,
                                                           schemaVersion: JSONOutput.schemaVersion, windowsSource: word, windowsReadError: error,
                                                           displayName: ProductNames(products).callAsFunction))
            } else {
                for line in PrintableStatus.section(snapshot, context.localizer, generatedAt: now) { Swift.print(line) }
            }
        }
    }

    static func request(_ arguments: inout DirectArguments) -> Request? {
        guard let output = OutputChoice.direct(&arguments) else { return nil }
        let print = arguments.flag("print")
        return Request(output: output, print: print)
    }
}
