import Activation
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Wizard

/// Windows' own licence state, read once for a command or the wizard: inside WSL through
/// PowerShell, matched to the catalog; outside WSL there is no Windows to read.
enum WindowsLicences {
    enum Reading {
        case notWSL
        case read([InstalledProduct], at: Date)
        case failed(WindowsLicenceReadError)

        var wizardOutcome: WindowsLicencesOutcome {
            switch self {
            case .notWSL: .failed(.powershellMissing(path: "powershell.exe"))
            case let .read(installed, at): .read(installed, at: at)
            case let .failed(error): .failed(error)
            }
        }
    }

    /// How long `status` and the wizard wait for PowerShell before falling back to what is stored.
    static let timeoutSeconds = 20.0

    static func read(environment: [String: String]) -> Reading {
        guard let wsl = try? WSLEnvironment.detect(.system(environment: environment)) else { return .notWSL }
        let timeout = environment["KMSWIZARD_WINDOWS_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 && $0 <= 600 ? $0 : nil }
            ?? timeoutSeconds
        let reader = WindowsLicenceReader(wsl: wsl, timeoutSeconds: timeout, fileExists: { FileManager.default.fileExists(atPath: $0) })
        do {
            let licences = try reader.read()
            let catalog = (try? ProductCatalog.bundled(environment: environment).products) ?? []
            return .read(InstalledProduct.match(licences, catalog: catalog), at: Date())
        } catch {
            return .failed(error)
        }
    }

    /// Reads Windows and keeps each KMS product's reading in the state file; returns where the
    /// status views' Windows word comes from.
    static func refresh(_ store: StateStore, environment: [String: String]) -> StatusSnapshot.WindowsSource {
        switch read(environment: environment) {
        case .notWSL:
            return .notHere
        case let .failed(error):
            return .stored(error)
        case let .read(installed, at):
            _ = try? store.update { state in
                for product in installed {
                    if let name = product.kmsProduct?.shortName { state.recordWindows(product.licence.reading(at: at), for: name) }
                }
                // A complete reading that no longer lists a product (Office removed, a licence no
                // longer a KMS one) leaves its old reading stale: shown as Windows' word, it would
                // make renew run the activation for something Windows does not have, every week.
                let reported = Set(installed.compactMap { $0.kmsProduct?.shortName })
                for name in state.products.keys where !reported.contains(name) {
                    state.products[name]?.windows = nil
                    if state.products[name] == ProductRecord() { state.products[name] = nil }
                }
            }
            return .live
        }
    }
}
