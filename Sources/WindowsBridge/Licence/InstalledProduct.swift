import KMSCore

/// A licence Windows reports installed, matched to the catalog by its Activation ID (the SKU ID),
/// and whether the campus KMS host is the way to activate it.
public struct InstalledProduct: Sendable, Equatable {
    public enum Fit: Sendable, Equatable {
        /// A volume edition with its KMS client key: the campus host activates it.
        case kms(Product)
        /// Licensed through a retail, OEM or MAK key: activated already, it needs nothing (and a
        /// volume key must never be put over it).
        case licensedOtherwise
        /// Not a volume edition the campus host can activate (Windows Home, a retail Office from
        /// the Microsoft Store or Click-to-Run, an edition not in the catalog): it needs its own key.
        case notKMS
    }

    public let licence: WindowsLicence
    public let fit: Fit

    public init(licence: WindowsLicence, catalog: [Product]) {
        self.licence = licence
        let product = catalog.first { $0.skuID == licence.activationID }
        let channel = licence.keyChannel
        if let product, channel?.isKMS ?? true {
            fit = .kms(product)
        } else if licence.status == .licensed {
            fit = .licensedOtherwise
        } else {
            fit = .notKMS
        }
    }

    /// The catalog product when KMS is the way to activate it.
    public var kmsProduct: Product? {
        if case let .kms(product) = fit { return product }
        return nil
    }

    /// Every licence matched; the KMS ones first in catalog order is left to callers.
    public static func match(_ licences: [WindowsLicence], catalog: [Product]) -> [InstalledProduct] {
        licences.map { InstalledProduct(licence: $0, catalog: catalog) }
    }
}
