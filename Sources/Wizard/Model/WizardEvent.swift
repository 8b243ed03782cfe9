import KMSCore
import Renewal

/// Everything that can change the wizard's state: keys, the terminal, time, and the results of
/// effects coming back from their tasks.
public enum WizardEvent: Sendable, Equatable {
    case key(Key)
    /// `--plain` mode's typed number: select row `index` of this screen's list and confirm it.
    case choose(Int)
    /// The terminal changed size (the view lays out from the size it is given; lists re-centre).
    case resize(Size)
    /// Animation time for the progress spinner.
    case tick
    /// The driver drew the page: how it sits in the window (the scroll offset is kept inside it).
    case viewport(Viewport)
    case remembered(Remembered)
    case catalogLoaded(CatalogOutcome)
    /// Saving the identity failed (the reason, in the user's language); success needs no event.
    case identityNotSaved(StateError)
    case checked(CheckKind, token: Int, CheckOutcome)
    /// A host check's outcome; `notSaved` when the state file could not keep it.
    case hostChecked(shortName: String, token: Int, ActivationOutcome, notSaved: StateError? = nil)
    case printable(PrintableOutcome)
    /// The Windows reachable through WSL, or nil outside WSL (or without cscript.exe).
    case windowsFound(WindowsAccess?)
    case ranOnWindows(token: Int, WindowsOutcome)
    case windowsLicencesRead(token: Int, WindowsLicencesOutcome)
    case activationFileWritten(token: Int, ActivationFileOutcome, notSaved: StateError? = nil)
    /// A whole typed line (`--plain`) while the wizard asks for text, such as a folder.
    case typed(String)
}

/// Work the wizard asks for; a runner performs it off the UI thread through `WizardServices`
/// and feeds the result back as an event.
public enum WizardEffect: Sendable, Equatable {
    case loadRemembered
    case loadCatalog
    case saveIdentity(Identity)
    /// Run a diagnostic group; the result comes back with the same token, and results whose
    /// token is no longer awaited (the user went back, or asked again) are dropped.
    case check(CheckKind, token: Int)
    case checkHost(Product, token: Int)
    case writePrintable(StatusSnapshot)
    /// Look for a Windows reachable through WSL (once, at start).
    case findWindows
    /// Run the chosen products' activation commands on that Windows; the result comes back with the token.
    case runOnWindows([Product], token: Int)
    /// Read Windows' own licence state (inside WSL); the result comes back with the token.
    case readWindowsLicences(token: Int)
    /// Write the activation file for the products into the folder (nil: the home folder).
    case writeActivationFile([Product], folder: String?, token: Int)
    /// Leave the wizard: the driver restores the terminal and exits.
    case quit
}
