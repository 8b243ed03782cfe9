import Platform
import KMSCore
import KMSProtocol
import WindowsBridge
import Renewal
import Diagnostics
import ArgumentParser
import Localization
import Wizard

/// `kmswizard renew`: inside WSL, reads Windows' own licence state and, for every product whose
/// KMS activation Windows reports near or past its expiry, or not activated (every product with
/// `--all`), runs the school's commands on Windows again (`slmgr.vbs /ato`, `ospp.vbs /act`) and
/// reads Windows once more: the result is what Windows then says. Windows renews by itself every
/// 7 days when it reaches the host, so usually nothing is due. Outside WSL there is no Windows to
/// read or renew here: it says so (21). Exit 20 renewed, 21 nothing due, 22 a renewal failed,
/// 77 not elevated (a weekly job never is: it notifies with the step to take). `--quiet` prints
/// only failures and shows them on the desktop through notify-send where there is one.
struct RenewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: HelpText.text("renew.abstract"),
        discussion: HelpText.discussion("renew.discussion"))

    @OptionGroup var output: OutputOptions
    @OptionGroup var hostOption: KMSHostOption
    @OptionGroup var timeoutOption: TimeoutOption

    @Flag(name: .long, help: HelpText.argument("renew.all"))
    var all = false

    @Flag(name: .long, help: HelpText.argument("renew.quiet"))
    var quiet = false

    /// How long a second `renew` waits for a running one.
    static let lockWaitSeconds = 120.0

    func run() async throws {
        let context = try CommandContext(output.choice, host: hostOption, timeout: timeoutOption)
        let t = context.localizer
        let store = context.stateStore
        guard let wsl = try? WSLEnvironment.detect(.system(environment: context.environment)) else {
            if output.json {
                try JSONOutput.write(RenewDocument(results: [], skipped: [], windows: "none"))
            } else if !quiet {
                print(t("renewal.renew.notWSL"))
            }
            throw CommandOutcome.nothingDue.exitCode
        }
        let lock: RenewLock
        do {
            try? FileManager.default.createDirectory(atPath: URL(fileURLWithPath: store.path).deletingLastPathComponent().path,
                                                     withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            TerminalRestorer.install(crashHandlers: false)
            lock = try RenewLock(path: store.path + ".renew.lock", waitSeconds: Self.lockWaitSeconds,
                                 onWait: { if !quiet { printError(t("renewal.renew.waiting")) } },
                                 pendingSignal: { TerminalRestorer.pendingSignal.load(ordering: .relaxed) })
        } catch let .interrupted(signal) {
            throw SignalInterruption(signal: signal).failure(t, key: "renewal.renew.interrupted", json: output.json)
        } catch let .busy(path, waited) {
            // A lock still held after the bounded wait is a temporary condition (75).
            throw CLIFailure(.renewLock, message: t("renewal.renew.lockFailed", [
                "detail": t("renewal.renew.lockBusy", ["path": path, "seconds": String(Int(waited.rounded()))])]), json: output.json)
        } catch let .cannotOpen(error) {
            // A lock file that cannot be opened is an I/O problem (74).
            throw CLIFailure(.renewLockIO, message: t("renewal.renew.lockFailed", [
                "detail": t("renewal.renew.lockOpen", ["path": error.path, "reason": error.reasonText(t)])]), json: output.json)
        }
        defer { withExtendedLifetime(lock) {} }
        do { _ = try store.load() } catch {
            if case .corrupt = error { throw recoverDamagedState(context) }
            throw context.failure(error, json: output.json)
        }
        let state = try readWindows(context)
        let plan = RenewalPlan(report: RenewalReport(state: state, now: Date()), scope: all ? .all : .due)
        guard !plan.isEmpty else {
            report(RenewDocument(results: [], skipped: plan.skip, windows: "live"), nothingDue: true, state: state, t)
            throw CommandOutcome.nothingDue.exitCode
        }
        let catalog: ProductCatalog
        do { catalog = try ProductCatalog.bundled(environment: context.environment) } catch {
            throw CLIFailure.catalog(error, t, json: output.json)
        }
        let endpoint = renewalEndpoint(plan, state: state, context)
        let products = plan.renew.compactMap { name in catalog.products.first { $0.shortName == name } }
        // A signal ends the run at once with 130 (the commands already run on Windows stay done).
        let raced = await SignalInterruption.race { [self] () async -> Result<(codes: [String: String], state: KMSWizardState), any Error> in
            Result {
                let codes = try runOnWindows(products, endpoint: endpoint, wsl: wsl, context)
                // The result is what Windows says now, not what the commands printed.
                return (codes, try readWindows(context))
            }
        }
        let printedCodes: [String: String], after: KMSWizardState
        switch raced {
        // A signal that ended a wait for the state's lock lets the work finish just before the watcher sees it.
        case let .success(finished) where TerminalRestorer.pendingSignal.load(ordering: .relaxed) == 0:
            (printedCodes, after) = try finished.get()
        case .success:
            throw SignalInterruption(signal: TerminalRestorer.pendingSignal.load(ordering: .relaxed))
                .failure(t, key: "renewal.renew.interrupted", json: output.json)
        case let .failure(interruption): throw interruption.failure(t, key: "renewal.renew.interrupted", json: output.json)
        }
        let report = RenewalReport(state: after, now: Date())
        let results = plan.renew.map { name -> RenewDocument.Result in
            let status = report.products.first { $0.shortName == name }
            let ok = status?.windowsActivated == true
            return .init(product: name, ok: ok, host: endpoint.description, deadline: status?.timeline?.deadline,
                         licenseStatus: status?.record.windows?.licenseStatus.word,
                         error: ok ? nil : .init(code: "windows-not-activated",
                                                 windowsCode: printedCodes[name] ?? status?.record.windows?.licenseStatusReason?.hex,
                                                 message: t("renewal.renew.windowsNotActivated")))
        }
        self.report(RenewDocument(results: results, skipped: plan.skip, windows: "live"), nothingDue: false, state: after, t)
        if quiet { notifyDesktop(results: results, report: report, context) }
        throw (results.allSatisfy(\.ok) ? CommandOutcome.renewed : .renewFailed).exitCode
    }

    /// Windows' licence state, read now and kept; renewing on a stale or missing reading would be a guess.
    private func readWindows(_ context: CommandContext) throws -> KMSWizardState {
        let t = context.localizer
        let source: StatusSnapshot.WindowsSource
        do { source = try WindowsLicences.refresh(context.stateStore, environment: context.environment) } catch {
            throw context.failure(error, json: output.json)
        }
        switch source {
        case .live:
            // A signal that ended the wait for the state's lock left the reading unsaved: stop (130).
            let signal = TerminalRestorer.pendingSignal.load(ordering: .relaxed)
            if signal != 0 { throw SignalInterruption(signal: signal).failure(t, key: "renewal.renew.interrupted", json: output.json) }
            do throws(StateError) { return try context.stateStore.load() } catch { throw context.failure(error, json: output.json) }
        case let .stored(error):
            throw CLIFailure(.windowsUnreadable,
                             message: t("renewal.renew.windowsUnreadable", ["reason": WindowsReadText(error, t).text]), json: output.json)
        case .notHere, .reading:   // a command reads to the end: "reading" is the wizard's
            throw CLIFailure(.nothingToRenew, message: t("renewal.renew.notWSL"), json: output.json)
        }
    }

    /// The host the user named, else the one the first due product's last host check reached, else the campus host.
    private func renewalEndpoint(_ plan: RenewalPlan, state: KMSWizardState, _ context: CommandContext) -> Endpoint {
        let chosenHost = context.config.source(of: .host) == .defaultValue ? nil : context.settings.kmsHost
        let first = plan.renew.first
        let record = first.flatMap { state.products[$0] }
        let endpoint = RenewalPlan.endpoint(for: record, override: chosenHost, fallback: context.settings.kmsHost)
        // The plan passes over a recorded host that does not parse (port 0, a damaged name): say so.
        if chosenHost == nil, let first, let last = record?.lastHostCheck, Endpoint(host: last.host, port: last.port) != endpoint {
            printError(context.localizer("renewal.renew.badRecordedHost", ["product": first, "host": "\(last.host):\(last.port)",
                                                                          "used": endpoint.description]))
        }
        return endpoint
    }

    /// The school's commands on Windows, without key installs; returns, per product, the first
    /// error code Windows printed (what `explain` can say more about). Not elevated: a weekly job
    /// never is, so it tells (on the desktop under --quiet) the step to take instead.
    private func runOnWindows(_ products: [Product], endpoint: Endpoint, wsl: WSLEnvironment, _ context: CommandContext) throws
        -> [String: String] {
        let t = context.localizer
        let plan: WindowsActivationPlan
        do {
            plan = try WindowsActivationPlan.guide(products, endpoint: endpoint)
        } catch {
            throw CLIFailure(.script, message: t("renewal.script.refused", ["detail": "\(error)"]), json: output.json)
        }
        let runner = WindowsActivationRunner(wsl: wsl, fileExists: { FileManager.default.fileExists(atPath: $0) })
        do {
            var codes: [String: String] = [:]
            for group in try runner.run(plan) {
                guard let code = group.transcript?.failures.first?.code else { continue }
                for name in group.shortNames { codes[name] = code.hex }
            }
            return codes
        } catch {
            switch error {
            case .notElevated:
                let message = t("renewal.renew.notElevated")
                if quiet {
                    DesktopNotifier(environment: context.environment).notify(summary: t("renewal.notify.title"), body: message, critical: true)
                }
                throw CLIFailure(.notElevated, message: message, windowsCode: ActivationErrorCode.accessDenied.hex, json: output.json)
            case let .cannotStart(error):
                throw CLIFailure(.windowsCannotRun,
                                 message: t("renewal.script.runFailed", ["detail": WindowsRunProblemText(.cannotStart(error), t).text]),
                                 json: output.json)
            }
        }
    }

    /// A damaged state file would fail every weekly run forever, so it is moved aside (kept as
    /// `state.json.corrupt-<time>`, never overwritten) and a new one started; this run still fails
    /// (65) and says, also on the desktop under --quiet, that the products need activating again.
    private func recoverDamagedState(_ context: CommandContext) -> CLIFailure {
        let t = context.localizer
        let notice = Locked<StateError?>(nil)
        let store = StateStore(path: context.stateStore.path) { recovered in notice.withLock { $0 = recovered } }
        do { try store.update { _ in } } catch let error as StateError { return context.failure(error, json: output.json) } catch {
            return CLIFailure(.stateIO, message: "\(error)", json: output.json)
        }
        let recovered = notice.withLock { $0 } ?? .corrupt(path: store.path, keptAt: nil)
        let message = CommandContext.describe(recovered, t)
        let hint = t("renewal.renew.activateAgain")
        if quiet {
            DesktopNotifier(environment: context.environment).notify(summary: t("renewal.notify.title"), body: message + "\n" + hint, critical: true)
        }
        return CLIFailure(.stateRecovered, message: message, hint: hint, json: output.json)
    }

    /// Under --quiet nobody watches the output: a failed renewal or a deadline within 30 days
    /// (the two things the user must act on) goes to the desktop too, one notification per run.
    private func notifyDesktop(results: [RenewDocument.Result], report: RenewalReport, _ context: CommandContext) {
        let t = context.localizer
        let names = ProductNames((try? ProductCatalog.bundled(environment: context.environment).products) ?? [])
        var lines = results.filter { !$0.ok }.map { result in
            guard let code = result.error?.windowsCode else { return t("renewal.notify.failedNoCode", ["product": names(result.product)]) }
            return t("renewal.notify.failed", ["product": names(result.product), "code": code])
        }
        for product in report.products where product.urgency == .dueSoon || product.urgency == .overdue {
            let deadline = product.timeline.map { CivilTime.taipei($0.deadline).description } ?? "-"
            lines.append(t(product.urgency == .overdue ? "renewal.notify.overdue" : "renewal.notify.deadline",
                           ["product": names(product.shortName), "deadline": deadline]))
        }
        guard !lines.isEmpty else { return }
        lines.append(t("renewal.notify.action"))
        DesktopNotifier(environment: context.environment).notify(summary: t("renewal.notify.title"), body: lines.joined(separator: "\n"),
                                                                 critical: results.contains { !$0.ok })
    }

    private func report(_ document: RenewDocument, nothingDue: Bool, state: KMSWizardState, _ t: Localizer) {
        if output.json {
            try? JSONOutput.write(document)
            return
        }
        let names = ProductNames((try? ProductCatalog.bundled().products) ?? [])
        for result in document.results where !result.ok {
            let status = t("windows.licenseStatus.\(result.licenseStatus ?? "unlicensed")")
            if let code = result.error?.windowsCode {
                printError(t("renewal.renew.failedCode", ["product": names(result.product), "status": status, "code": code]))
            } else {
                printError(t("renewal.renew.failed", ["product": names(result.product), "status": status]))
            }
        }
        guard !quiet else { return }
        if nothingDue {
            if let next = RenewalReport(state: state, now: Date()).nextDeadline {
                print(t("renewal.renew.nothingDue", ["next": CivilTime.taipei(next).description]))
            } else {
                print(t("renewal.renew.nothingReported"))
            }
        }
        for result in document.results where result.ok {
            print(t("renewal.renew.renewed", ["product": names(result.product),
                                              "deadline": result.deadline.map { CivilTime.taipei($0).description } ?? "-"]))
        }
    }
}

/// `kmswizard renew --json`.
private struct RenewDocument: Encodable {
    struct Failure: Encodable {
        let code: String
        let windowsCode: String?
        let message: String
    }

    struct Result: Encodable {
        let product: String
        /// Windows reports the product activated after the run.
        let ok: Bool
        let host: String?
        /// The expiry Windows reported after the run.
        let deadline: Date?
        /// Windows' LicenseStatus word after the run.
        let licenseStatus: String?
        let error: Failure?
    }

    var schemaVersion = JSONOutput.schemaVersion
    let results: [Result]
    let skipped: [String]
    /// `live` (Windows was read inside WSL) or `none` (not inside WSL: nothing to renew here).
    let windows: String
    var ok: Bool { results.allSatisfy(\.ok) }
    var renewed: Int { results.filter(\.ok).count }

    enum CodingKeys: String, CodingKey { case schemaVersion, ok, renewed, results, skipped, windows }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(ok, forKey: .ok)
        try container.encode(renewed, forKey: .renewed)
        try container.encode(results, forKey: .results)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(windows, forKey: .windows)
    }
}
