import Platform
import KMSCore
import WindowsBridge

/// What Windows reported about its installed licences when the wizard read them (inside WSL).
public enum WindowsLicencesOutcome: Sendable, Equatable {
    case read([InstalledProduct], at: Date)
    case failed(WindowsLicenceReadError)

    /// The installed products the campus KMS host can activate, by short name.
    public var kmsProducts: [String: InstalledProduct] {
        guard case let .read(installed, _) = self else { return [:] }
        var found: [String: InstalledProduct] = [:]
        for product in installed {
            if let name = product.kmsProduct?.shortName { found[name] = product }
        }
        return found
    }

    /// Installed licences that KMS is not the way to activate (Home, retail, OEM).
    public var otherProducts: [InstalledProduct] {
        guard case let .read(installed, _) = self else { return [] }
        return installed.filter { $0.kmsProduct == nil }
    }
}

/// Where the activation file went, or why it could not be written.
public enum ActivationFileOutcome: Sendable, Equatable {
    case written(path: String, at: Date)
    /// The file could not be written there (errno, worded where it is shown).
    case notWritten(FileError)
    /// A product name or the host could not go into a batch file (the catalog or the setting is broken).
    case cannotRender(path: String)
}

/// A one-off word on the current screen, gone with the next key.
public enum WizardNotice: Sendable, Equatable {
    /// Enter on the start row with no product ticked.
    case nothingChosen
}
