import Activation
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Localization

/// `kmswizard diagnose`: every check at once, one line each, then a verdict; exit 0 when all
/// pass, 10 when some warn, 11 when any fails.
struct DiagnoseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: HelpText.text("diagnose.abstract"),
        discussion: HelpText.discussion("diagnose.discussion"))

    @OptionGroup var hostOption: KMSHostOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var timeoutOption: TimeoutOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = try CommandContext(output, host: hostOption, timeout: timeoutOption, network: network)
        let settings = context.settings
        let campus: [CIDR]
        do {
            campus = try StandardChecks.campusRanges(settings)
        } catch {
            throw CLIFailure(status: .usage, code: "usage", message: "--campus: " + error.error.message(context.localizer), json: output.json)
        }
        let checks = StandardChecks.checks(settings: settings, campus: campus, environment: context.environment,
                                           kms: kmsRequest(context), localizer: context.localizer)
        let raced = await SignalInterruption.race {
            await CheckRunner.run(checks, timeout: settings.timeoutSeconds, localizer: context.localizer)
        }
        let diagnosis: Diagnosis
        switch raced {
        case let .success(finished): diagnosis = finished
        case let .failure(interruption): throw interruption.failure(context.localizer, json: output.json)
        }
        if output.json {
            try JSONOutput.write(DiagnosisJSON(diagnosis))
        } else {
            print(DiagnosisText.render(diagnosis, localizer: context.localizer))
        }
        let status: ExitStatus = switch diagnosis.status {
        case .pass, .skip: .ok
        case .warn: .checksWarned
        case .fail: .checksFailed
        }
        if status != .ok { terminate(status) }
    }

    /// The catalog's default product and this computer's kept machine ID (a fresh one when the
    /// state file cannot be used: the exchange is only a test); nil without a catalog.
    private func kmsRequest(_ context: CommandContext) -> KMSCheck.Request? {
        guard let catalog = try? ProductCatalog.bundled(environment: context.environment),
              let product = try? catalog.find(ProductCatalog.defaultShortName) else {
            printError(context.localizer("diagnose.kms.noCatalog"))
            return nil
        }
        let machineID = (try? context.stateStore.machineID()) ?? UUID()
        return KMSCheck.Request(product: product, machineID: machineID)
    }
}

/// `diagnose --json`: `{schemaVersion, status, verdict, elapsedMilliseconds, checks: [{id, status,
/// value, message, hint, windowsCode}]}`, with `hint` and `windowsCode` null rather than missing.
struct DiagnosisJSON: Encodable {
    let diagnosis: Diagnosis

    init(_ diagnosis: Diagnosis) { self.diagnosis = diagnosis }

    private enum Keys: String, CodingKey { case schemaVersion, status, verdict, elapsedMilliseconds, checks }
    private enum CheckKeys: String, CodingKey { case id, status, value, message, hint, windowsCode }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        try container.encode(diagnosis.status.rawValue, forKey: .status)
        try container.encode(diagnosis.verdict, forKey: .verdict)
        try container.encode(diagnosis.elapsedMilliseconds, forKey: .elapsedMilliseconds)
        var checks = container.nestedUnkeyedContainer(forKey: .checks)
        for check in diagnosis.checks {
            var entry = checks.nestedContainer(keyedBy: CheckKeys.self)
            try entry.encode(check.id, forKey: .id)
            try entry.encode(check.status.rawValue, forKey: .status)
            try entry.encode(check.value, forKey: .value)
            try entry.encode(check.message, forKey: .message)
            try entry.encode(check.hint, forKey: .hint)
            try entry.encode(check.windowsCode, forKey: .windowsCode)
        }
    }
}

/// The text report: a status mark (text, not colour), the check's name and figure on one line,
/// the explanation below it, and for a warning or failure what to do and the Windows code.
enum DiagnosisText {
    static func render(_ diagnosis: Diagnosis, localizer t: Localizer) -> String {
        var lines: [String] = []
        let indent = "       "
        let colon = t("diagnose.label.colon")
        for check in diagnosis.checks {
            lines.append("\(t("diagnose.mark.\(check.status.rawValue)")) \(t("diagnose.name.\(check.id)"))\(colon)\(check.value)")
            lines.append(indent + check.message)
            guard check.status == .warn || check.status == .fail else { continue }
            if let hint = check.hint { lines.append(indent + t("diagnose.label.hint") + colon + hint) }
            if let code = check.windowsCode { lines.append(indent + t("diagnose.label.code") + colon + code) }
        }
        lines.append("")
        lines.append("\(t("diagnose.mark.\(diagnosis.status.rawValue)")) \(t("diagnose.label.verdict"))\(colon)\(diagnosis.verdict)")
        return lines.joined(separator: "\n")
    }
}
