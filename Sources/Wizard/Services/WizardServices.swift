import KMSCore
import Renewal
import Localization

/// The work behind the wizard's effects. The real implementation (`LiveWizardServices`) calls
/// the engines; tests pass their own. Every method returns a value, never throws: a failure is
/// an outcome the screen explains.
public protocol WizardServices: Sendable {
    func loadRemembered(language: Language) async -> Remembered
    func loadCatalog(language: Language) async -> CatalogOutcome
    /// Keeps the identity in the state file; returns why not, or nil when it was kept.
    func saveIdentity(_ identity: Identity, language: Language) async -> StateError?
    func check(_ kind: CheckKind, language: Language) async -> CheckOutcome
    /// One host check and whether the state file kept it.
    func checkHost(_ product: Product, language: Language) async -> (ActivationOutcome, SaveOutcome)
    func writePrintable(_ snapshot: StatusSnapshot) async -> PrintableOutcome
    /// The Windows reachable through WSL, or nil.
    func findWindows() async -> WindowsAccess?
    /// Runs the products' activation commands on that Windows and reads back what it printed.
    func runOnWindows(_ products: [Product]) async -> WindowsOutcome
    /// Reads Windows' licence state and keeps each product's reading in the state file.
    func readWindowsLicences() async -> WindowsLicencesOutcome
    /// Writes the activation file for the products and keeps where it went in the state file.
    func writeActivationFile(_ products: [Product], folder: String?) async -> (ActivationFileOutcome, SaveOutcome)
}

/// Performs one effect through the services and returns the event that reports its result
/// (nil for effects that report nothing, like `quit`, or a successful save).
public enum EffectRunner {
    public static func perform(_ effect: WizardEffect, language: Language, services: some WizardServices) async -> WizardEvent? {
        switch effect {
        case .loadRemembered:
            return .remembered(await services.loadRemembered(language: language))
        case .loadCatalog:
            return .catalogLoaded(await services.loadCatalog(language: language))
        case let .saveIdentity(identity):
            return await services.saveIdentity(identity, language: language).map(WizardEvent.identityNotSaved)
        case let .check(kind, token):
            return .checked(kind, token: token, await services.check(kind, language: language))
        case let .checkHost(product, token):
            let (outcome, saved) = await services.checkHost(product, language: language)
            return .hostChecked(shortName: product.shortName, token: token, outcome, notSaved: saved.problem)
        case let .writePrintable(snapshot):
            return .printable(await services.writePrintable(snapshot))
        case .findWindows:
            return .windowsFound(await services.findWindows())
        case let .runOnWindows(products, token):
            return .ranOnWindows(token: token, await services.runOnWindows(products))
        case let .readWindowsLicences(token):
            return .windowsLicencesRead(token: token, await services.readWindowsLicences())
        case let .writeActivationFile(products, folder, token):
            let (outcome, saved) = await services.writeActivationFile(products, folder: folder)
            return .activationFileWritten(token: token, outcome, notSaved: saved.problem)
        case .quit:
            return nil
        }
    }
}
