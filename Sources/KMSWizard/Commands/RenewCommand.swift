import Activation
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Localization

/// `kmswizard renew`: activates again every product that is due (within 30 days of its 180-day
/// deadline, overdue, or never activated), or every product with `--all`, and records the
/// results. Exit 20 renewed, 21 nothing was due, 22 a renewal failed; `--quiet` prints only
/// failures, for the weekly job, and also shows them on the desktop through notify-send where
/// there is one (a failure, or a deadline within 30 days), since the job's output only reaches
/// the journal. A damaged state file is kept aside and a new one started (exit 65, once).
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
        let context = try CommandContext(output, host: hostOption, timeout: timeoutOption)
        let t = context.localizer
        let store = context.stateStore
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
        } catch {
            // A lock still held after the bounded wait is a temporary condition (75); a lock file
            // that cannot be opened is an I/O problem (74).
            let status: ExitStatus = if case .busy = error { .timeout } else { .ioError }
            throw CLIFailure(status: status, code: "renew-lock", message: t("renewal.renew.lockFailed", ["detail": "\(error)"]),
                             json: output.json)
        }
        defer { withExtendedLifetime(lock) {} }
        let state: KMSWizardState
        do { state = try store.load() } catch {
            if case .corrupt = error { throw recoverDamagedState(context) }
            throw context.failure(error, json: output.json)
        }
        let plan = RenewalPlan(report: RenewalReport(state: state, now: Date()), scope: all ? .all : .due)
        guard !plan.isEmpty else {
            report(RenewDocument(results: [], skipped: plan.skip), nothingDue: true, state: state, t)
            throw ExitCode(ExitStatus.nothingDue.rawValue)
        }
        let catalog: ProductCatalog
        do { catalog = try ProductCatalog.bundled(environment: context.environment) } catch {
            throw CLIFailure.catalog(error, t, json: output.json)
        }
        let machineID: UUID
        do { machineID = try store.machineID() } catch let error as StateError { throw context.failure(error, json: output.json) }
        // A signal ends the run at once with 130; renewals finished before it are saved, the one
        // under way is not (the state file is replaced whole, so it is never half-written).
        let raced = await SignalInterruption.race { [self] in
            var results: [RenewDocument.Result] = []
            for name in plan.renew {
                results.append(await renew(name, record: state.products[name], catalog: catalog, machineID: machineID,
                                           context: context))
            }
            return results
        }
        let results: [RenewDocument.Result]
        switch raced {
        // A signal that ended a wait for the state's lock lets the loop finish just before the watcher sees it.
        case let .success(finished) where TerminalRestorer.pendingSignal.load(ordering: .relaxed) == 0: results = finished
        case .success:
            throw SignalInterruption(signal: TerminalRestorer.pendingSignal.load(ordering: .relaxed))
                .failure(t, key: "renewal.renew.interrupted", json: output.json)
        case let .failure(interruption): throw interruption.failure(t, key: "renewal.renew.interrupted", json: output.json)
        }
        let after = (try? store.load()) ?? state
        report(RenewDocument(results: results, skipped: plan.skip), nothingDue: false, state: after, t)
        if quiet { notifyDesktop(results: results, report: RenewalReport(state: after, now: Date()), context) }
        // 74 before 22: a result that was not saved is the one the user cannot see anywhere else.
        let status: ExitStatus = results.contains { !$0.stateSaved } ? .ioError : results.allSatisfy(\.ok) ? .renewed : .renewFailed
        throw ExitCode(status.rawValue)
    }

    /// A damaged state file would fail every weekly run forever, so it is moved aside (kept as
    /// `state.json.corrupt-<time>`, never overwritten) and a new one started; this run still fails
    /// (65) and says, also on the desktop under --quiet, that the products need activating again.
    private func recoverDamagedState(_ context: CommandContext) -> CLIFailure {
        let t = context.localizer
        let notice = Locked<StateError?>(nil)
        let store = StateStore(path: context.stateStore.path) { recovered in notice.withLock { $0 = recovered } }
        do { try store.update { _ in } } catch let error as StateError { return context.failure(error, json: output.json) } catch {
            return CLIFailure(status: .ioError, code: "state", message: "\(error)", json: output.json)
        }
        let recovered = notice.withLock { $0 } ?? .corrupt(path: store.path, keptAt: nil)
        let message = CommandContext.describe(recovered, t)
        let hint = t("renewal.renew.activateAgain")
        if quiet {
            DesktopNotifier(environment: context.environment).notify(summary: t("renewal.notify.title"), body: message + "\n" + hint, critical: true)
        }
        return CLIFailure(status: .dataError, code: "state-recovered", message: message, hint: hint, json: output.json)
    }

    /// Under --quiet nobody watches the output: a failed renewal or a deadline within 30 days
    /// (the two things the user must act on) goes to the desktop too, one notification per run.
    private func notifyDesktop(results: [RenewDocument.Result], report: RenewalReport, _ context: CommandContext) {
        let t = context.localizer
        let names = ProductNames((try? ProductCatalog.bundled(environment: context.environment).products) ?? [])
        var lines = results.filter { !$0.ok }.map {
            t("renewal.notify.failed", ["product": names($0.product), "code": $0.error?.windowsCode ?? $0.error?.code ?? "-"])
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

    private func renew(_ name: String, record: ProductRecord?, catalog: ProductCatalog, machineID: UUID,
                       context: CommandContext) async -> RenewDocument.Result {
        let t = context.localizer, store = context.stateStore
        guard let product = catalog.products.first(where: { $0.shortName == name }) else {
            return .init(product: name, ok: false, host: nil, epid: nil, deadline: nil,
                         error: .init(code: "unknown-product", windowsCode: nil, message: t("renewal.renew.unknownProduct", ["product": name])))
        }
        var settings = context.settings
        // Each product goes back to the host that activated it, unless the user named one.
        let chosenHost = context.config.source(of: .host) == .defaultValue ? nil : settings.kmsHost
        settings.kmsHost = RenewalPlan.endpoint(for: record, override: chosenHost, fallback: settings.kmsHost)
        // The plan passes over a recorded host that does not parse (port 0, a damaged name): say so.
        if chosenHost == nil, let last = record?.lastSuccess, Endpoint(host: last.host, port: last.port) != settings.kmsHost {
            printError(t("renewal.renew.badRecordedHost", ["product": name, "host": "\(last.host):\(last.port)",
                                                           "used": settings.kmsHost.description]))
        }
        do {
            let result = try await KMSClient(settings: settings).activate(product: product, machineID: machineID)
            let success = ActivateReport.record(result)
            // A renewal the state file did not keep is not done: status would still show the old deadline.
            if case let .notSaved(error) = store.record({ $0.recordSuccess(success, for: name) }) {
                return .init(product: name, ok: false, host: settings.kmsHost.description, epid: success.epid, deadline: nil,
                             error: .init(code: Self.notSavedCode, windowsCode: nil,
                                          message: t("activate.failure.stateNotSaved", ["reason": CommandContext.describe(error, t)])),
                             stateSaved: false)
            }
            return .init(product: name, ok: true, host: settings.kmsHost.description, epid: success.epid,
                         deadline: RenewalTimeline(activatedAt: success.at, now: success.at).deadline, error: nil)
        } catch {
            let failure = ActivateReport.record(error)
            let saved = store.record { $0.recordFailure(failure, for: name) }
            return .init(product: name, ok: false, host: settings.kmsHost.description, epid: nil, deadline: nil,
                         error: .init(code: failure.code, windowsCode: failure.windowsCode, message: error.description),
                         stateSaved: saved == .saved)
        }
    }

    /// The error code of a renewal the host granted but the state file did not keep.
    static let notSavedCode = "state-not-saved"

    private func report(_ document: RenewDocument, nothingDue: Bool, state: KMSWizardState, _ t: Localizer) {
        if output.json {
            try? JSONOutput.write(document)
            return
        }
        let names = ProductNames((try? ProductCatalog.bundled().products) ?? [])
        for result in document.results where !result.ok {
            printError(t("renewal.renew.failed", ["product": names(result.product),
                                                  "host": result.host ?? "-", "reason": result.error?.message ?? ""]))
        }
        guard !quiet else { return }
        if nothingDue {
            if let next = RenewalReport(state: state, now: Date()).nextDeadline {
                print(t("renewal.renew.nothingDue", ["next": CivilTime.taipei(next).description]))
            } else {
                print(t("renewal.status.nothing"))
                print(t("renewal.status.start"))
            }
        }
        for result in document.results where result.ok {
            print(t("renewal.renew.renewed", ["product": names(result.product), "host": result.host ?? "-",
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
        let ok: Bool
        let host: String?
        let epid: String?
        /// The new deadline after a successful renewal.
        let deadline: Date?
        let error: Failure?
        /// Whether this result reached the state file.
        var stateSaved = true
    }

    var schemaVersion = JSONOutput.schemaVersion
    let results: [Result]
    let skipped: [String]
    var ok: Bool { results.allSatisfy(\.ok) }
    var renewed: Int { results.filter(\.ok).count }

    enum CodingKeys: String, CodingKey { case schemaVersion, ok, renewed, results, skipped }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(ok, forKey: .ok)
        try container.encode(renewed, forKey: .renewed)
        try container.encode(results, forKey: .results)
        try container.encode(skipped, forKey: .skipped)
    }
}
