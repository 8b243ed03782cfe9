import Activation
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Localization
import Wizard

/// `kmswizard status`: per product the last success and failure, the days since activation, the
/// renewal deadline (activation + 180 days, shown in Taipei time), a due-soon/overdue flag, and
/// what to do; `--print` gives the wizard's printable report (both languages, 80 columns).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.text("status.abstract"),
        discussion: HelpText.discussion("status.discussion", ["days": String(CampusDefaults.renewalDays), "warning": String(CampusDefaults.warningDays)]))

    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: HelpText.argument("status.print"))
    var print = false

    func run() async throws {
        let context = try CommandContext(output)
        let store = context.stateStore
        let state: KMSWizardState
        do {
            state = try store.load()
        } catch {
            throw context.failure(error, json: output.json)
        }
        let now = Date()
        let products = (try? ProductCatalog.bundled(environment: context.environment).products) ?? []
        let displayName = ProductNames(products)
        let report = RenewalReport(state: state, now: now)
        if self.print {
            let snapshot = StatusSnapshot(state: state, catalog: products, kmsHost: context.settings.kmsHost.description,
                                          utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)
            Swift.print(PrintableStatus.render(snapshot, table: context.localizer.table, generatedAt: now), terminator: "")
        } else if output.json {
            try JSONOutput.write(RenewalStatusDocument(report: report, stateFile: store.path,
                                                       schemaVersion: JSONOutput.schemaVersion, displayName: displayName.callAsFunction))
        } else {
            for line in RenewalStatusText(localizer: context.localizer).lines(report, displayName: displayName.callAsFunction) {
                Swift.print(line)
            }
        }
    }
}
