import KMSCore
import ArgumentParser

extension CompletionKind {
    /// The catalog's short names, for `--product` (bash, zsh and fish ask the installed binary when
    /// the user presses Tab, so the list is always the catalog this kmswizard ships). A catalog that
    /// cannot be read offers nothing rather than an error in the middle of the command line.
    static var productNames: CompletionKind {
        .custom { _, _, _ in
            ((try? ProductCatalog.bundled())?.products ?? []).map(\.shortName)
        }
    }
}
