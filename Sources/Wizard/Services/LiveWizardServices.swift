import Platform
import KMSCore
import KMSProtocol
import WindowsBridge
import Renewal
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
    /// Folder the activation file is written to unless the user chooses another (the home folder).
    public let homeDirectory: String
    public let now: @Sendable () -> Date
    /// The process environment (the timezone check reads TZ from it).
    public let environment: Variables
    /// Runs one host check (the command line wires the KMS client and the state file here).
    public let hostCheck: @Sendable (Product, Language) async -> (ActivationOutcome, SaveOutcome)
    /// Finds and drives the Windows around a WSL Linux (the command line wires cscript.exe here);
    /// nil when this build cannot, which the wizard treats as "not in WSL".
    public let windows: WindowsBridge?

    public init(settings: Settings, store: StateStore, table: StringTable, printDirectory: String, homeDirectory: String,
                now: @escaping @Sendable () -> Date = { Date() }, environment: Variables = ResourceLocator.currentEnvironment(),
                hostCheck: @escaping @Sendable (Product, Language) async -> (ActivationOutcome, SaveOutcome),
                windows: WindowsBridge? = nil) {
        self.settings = settings
        self.store = store
        self.table = table
        self.printDirectory = printDirectory
        self.homeDirectory = homeDirectory
        self.now = now
        self.environment = environment
        self.hostCheck = hostCheck
        self.windows = windows
    }

    public func loadRemembered(language: Language) async -> Remembered {
        do {
            let state = try store.load()
            return Remembered(identity: state.identity.flatMap(Identity.init(rawValue:)), products: state.products)
        } catch {
            return Remembered(problem: error)
        }
    }

    public func loadCatalog(language: Language) async -> CatalogOutcome {
        do {
            return .products(try ProductCatalog.bundled().products)
        } catch {
            return .unavailable(error)
        }
    }

    public func saveIdentity(_ identity: Identity, language: Language) async -> StateError? {
        store.record { $0.identity = identity.rawValue }.problem
    }

    public func check(_ kind: CheckKind, language: Language) async -> CheckOutcome {
        switch kind {
        case .network:
            let campus: [CIDR]
            do {
                campus = try StandardChecks.campusRanges(settings)
            } catch {
                return .badCampusRange(error.error)
            }
            let wanted: Set<String> = [NetworkCheck.id, DNSCheck.id, ReachabilityCheck.id]
            let checks = StandardChecks.checks(settings: settings, campus: campus, environment: environment, kms: nil)
                .filter { wanted.contains($0.id) }
            return .results(await CheckRunner.run(checks, timeout: settings.timeoutSeconds).checks)
        case .clock:
            let clock = await ClockCheck.run(server: settings.ntpServer, timeout: settings.timeoutSeconds, environment: environment)
            return .results([clock, await TimezoneCheck.run(environment: environment)])
        }
    }

    public func checkHost(_ product: Product, language: Language) async -> (ActivationOutcome, SaveOutcome) {
        await hostCheck(product, language)
    }

    public func findWindows() async -> WindowsAccess? {
        windows?.find()
    }

    public func runOnWindows(_ products: [Product]) async -> WindowsOutcome {
        guard let windows else { return .cannotRun(.unavailable(.notWSL)) }
        return await windows.run(products)
    }

    public func readWindowsLicences() async -> WindowsLicencesOutcome {
        guard let windows else { return .failed(.windowsUnreachable(path: nil)) }
        let outcome = await windows.read()
        if case let .read(installed, at) = outcome {
            _ = try? store.update { $0.applyWindowsReading(installed, at: at) }
        }
        return outcome
    }

    /// The `.cmd` that `kmswizard script` writes for the same products (no key install, as the
    /// guide installs none), named by the time: `kmswizard-activate-20261206-2110.cmd`.
    public func writeActivationFile(_ products: [Product], folder: String?) async -> (ActivationFileOutcome, SaveOutcome) {
        let at = now()
        let path = activationFilePath(folder: folder, at: at)
        let bytes: [UInt8]
        do {
            bytes = try BatchScriptRenderer(table: table).renderFile(try WindowsActivationPlan.guide(products, endpoint: settings.kmsHost))
        } catch {
            return (.cannotRender(path: path), .saved)
        }
        do { try OutputFile.write(bytes, to: path) } catch { return (.notWritten(error), .saved) }
        let saved = store.record { $0.recordScript(ScriptRecord(path: path, at: at), for: products.map(\.shortName)) }
        return (.written(path: path, at: at), saved)
    }

    /// `~/kmswizard-activate-20261206-2110.cmd`; the folder read as a shell would (`~` is the home
    /// folder, a relative one is from the working folder); another file written the same minute
    /// gets the seconds too, so none overwrites an earlier one.
    func activationFilePath(folder: String?, at: Date) -> String {
        var base = folder ?? homeDirectory
        if base == "~" || base.hasPrefix("~/") { base = homeDirectory + base.dropFirst() }
        if !base.hasPrefix("/") { base = printDirectory + "/" + base }
        let minute = base + "/kmswizard-activate-\(fileStamp(at)).cmd"
        guard FileManager.default.fileExists(atPath: minute) else { return minute }
        return base + "/kmswizard-activate-\(fileStamp(at, seconds: true)).cmd"
    }

    /// `20261206-2110` (`20261206-211005` with seconds) in Taipei time, the time every screen and
    /// the status file give, so a file's name matches the time shown beside it whatever zone this
    /// Linux is set to.
    private func fileStamp(_ at: Date, seconds: Bool = false) -> String {
        let civil = CivilTime.taipei(at)
        let digits = civil.dateTimeText.filter { $0.isNumber || $0 == " " }
        return (seconds ? digits : String(digits.dropLast(2))).replacingSpaces(with: "-")
    }

    public func writePrintable(_ snapshot: StatusSnapshot) async -> PrintableOutcome {
        let at = now()
        let text = PrintableStatus.render(snapshot, table: table, generatedAt: at)
        let path = printDirectory + "/kmswizard-status-\(fileStamp(at)).txt"
        do { try OutputFile.write(text, to: path) } catch { return .failed(error) }
        return .written(path: path)
    }
}

extension String {
    fileprivate func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
