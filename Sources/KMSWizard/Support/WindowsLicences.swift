import Platform
import KMSCore
import KMSProtocol
import WindowsBridge
import Renewal
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
            case .notWSL: .failed(.windowsUnreachable(path: nil))
            case let .read(installed, at): .read(installed, at: at)
            case let .failed(error): .failed(error)
            }
        }
    }

    /// How long `status` and the wizard wait for PowerShell before falling back to what is stored.
    static let timeoutSeconds = 20.0

    static func read(environment: Variables) -> Reading {
        let wsl: WSLEnvironment
        do {
            wsl = try WSLEnvironment.detect(.system(environment: environment))
        } catch .notWSL {
            return .notWSL
        } catch let .noCscript(path), let .notExecutable(path) {
            return .failed(.windowsUnreachable(path: path))
        } catch {
            // WSL, but its interop (starting Windows programs) is switched off.
            return .failed(.windowsUnreachable(path: nil))
        }
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
    /// status views' Windows word comes from. A reading the state file could not keep throws:
    /// the views read the file, and would show an older reading as the live one.
    static func refresh(_ store: StateStore, environment: Variables) throws(StateError) -> StatusSnapshot.WindowsSource {
        switch read(environment: environment) {
        case .notWSL:
            return .notHere
        case let .failed(error):
            return .stored(error)
        case let .read(installed, at):
            if case let .notSaved(error) = store.record({ $0.applyWindowsReading(installed, at: at) }) { throw error }
            return .live
        }
    }
}
