#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Activation
import Diagnostics
import Localization

/// The wizard's effects done for real: the state file through `StateStore`, and the engines
/// (catalog, diagnostics, KMS client) as far as this build has them. An engine that is not in
/// the build makes its step say so; nothing is ever made up.
public struct LiveWizardServices: WizardServices {
    public let settings: Settings
    public let store: StateStore
    public let table: StringTable
    /// Folder the printable status is written to (the working directory by default).
    public let printDirectory: String
    public let now: @Sendable () -> Date
    /// The process environment (the timezone check reads TZ from it).
    public let environment: [String: String]
    /// Runs one KMS activation (the command line wires the KMS client and its failure texts here);
    /// nil when this build has no activation engine.
    public let activator: (@Sendable (Product, Language) async -> ActivationOutcome)?
    /// Finds and drives the Windows around a WSL Linux (the command line wires cscript.exe here);
    /// nil when this build cannot, which the wizard treats as "not in WSL".
    public let windows: WindowsBridge?

    public init(settings: Settings, store: StateStore, table: StringTable, printDirectory: String,
                now: @escaping @Sendable () -> Date = { Date() }, environment: [String: String] = ResourceLocator.currentEnvironment(),
                activator: (@Sendable (Product, Language) async -> ActivationOutcome)? = nil, windows: WindowsBridge? = nil) {
        self.settings = settings
        self.store = store
        self.table = table
        self.printDirectory = printDirectory
        self.now = now
        self.environment = environment
        self.activator = activator
        self.windows = windows
    }

    public func loadRemembered(language: Language) async -> Remembered {
        do {
            let state = try store.load()
            return Remembered(identity: state.identity.flatMap(Identity.init(rawValue:)), products: state.products)
        } catch {
            return Remembered(problem: Localizer(table: table, language: language)("wizard.state.problem", ["reason": error.description]))
        }
    }

    public func loadCatalog(language: Language) async -> CatalogOutcome {
        do {
            return .products(try ProductCatalog.bundled().products)
        } catch {
            return .unavailable(error.description)
        }
    }

    public func saveIdentity(_ identity: Identity, language: Language) async -> String? {
        do {
            try store.update { $0.identity = identity.rawValue }
            return nil
        } catch let error as StateError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    public func check(_ kind: CheckKind, language: Language) async -> CheckOutcome {
        let t = Localizer(table: table, language: language)
        switch kind {
        case .network:
            let campus: [CIDR]
            do {
                campus = try StandardChecks.campusRanges(settings)
            } catch {
                return .unavailable(error.error.message(t))
            }
            let wanted: Set<String> = [NetworkCheck.id, DNSCheck.id, ReachabilityCheck.id]
            let checks = StandardChecks.checks(settings: settings, campus: campus, environment: environment, kms: nil, localizer: t)
                .filter { wanted.contains($0.id) }
            return .results(await CheckRunner.run(checks, timeout: settings.timeoutSeconds, localizer: t).checks)
        case .clock:
            return .results([await clockCheck(t), TimezoneCheck.run(environment: environment, localizer: t)])
        }
    }

    /// The clock check with the wizard's own hint when the reference cannot be measured: the
    /// wizard's user cannot add a flag such as `--ntp` there, and the port to open is the one
    /// configured, not always NTP's 123.
    private func clockCheck(_ t: Localizer) async -> CheckResult {
        let server = settings.ntpServer
        do {
            let measurement = try await SNTPClient(timeout: settings.timeoutSeconds).query(server)
            return ClockCheck.evaluate(measurement, server: server, localizer: t, isWSL: WindowsSubsystem.isWSL(environment: environment))
        } catch {
            var result = ClockCheck.evaluate(error, server: server, localizer: t)
            result.hint = t("wizard.clock.hint.unmeasured", ["host": server.host, "port": String(server.port)])
            return result
        }
    }

    public func activate(_ product: Product, language: Language) async -> ActivationOutcome {
        guard let activator else { return .unavailable(engineMissing("activation", language)) }
        return await activator(product, language)
    }

    public func findWindows() async -> WindowsAccess? {
        windows?.find()
    }

    public func runOnWindows(_ products: [Product]) async -> WindowsOutcome {
        guard let windows else { return .cannotRun("not running inside WSL") }
        return await windows.run(products)
    }

    public func writePrintable(_ snapshot: StatusSnapshot) async -> PrintableOutcome {
        let at = now()
        let text = PrintableStatus.render(snapshot, table: table, generatedAt: at)
        let civil = CivilTime(at, utcOffsetSeconds: snapshot.utcOffsetSeconds)
        let stamp = "\(civil.dateText) \(civil.timeText)".filter { $0.isNumber || $0 == " " }.replacingSpaces(with: "-")
        let path = printDirectory + "/kmswizard-status-\(stamp).txt"
        if let reason = TextFile.write(text, to: path) { return .failed(reason: "\(path): \(reason)") }
        return .written(path: path)
    }

    /// "This build has no <engine> yet", in the user's language.
    private func engineMissing(_ engine: String, _ language: Language) -> String {
        Localizer(table: table, language: language)("wizard.unavailable.\(engine)")
    }
}

extension String {
    fileprivate func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
