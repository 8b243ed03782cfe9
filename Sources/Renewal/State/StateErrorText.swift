import KMSCore
import Localization

extension StateError {
    /// What went wrong with the state file, in the reader's language (the commands' messages and
    /// the wizard's screens say the same).
    public func text(_ t: Localizer) -> String {
        switch self {
        case let .corrupt(path, keptAt?): t("cli.state.corruptKept", ["path": path, "keptAt": keptAt])
        case let .corrupt(path, nil): t("cli.state.corrupt", ["path": path])
        case let .futureVersion(path, found): t("cli.state.future", ["path": path, "found": String(found)])
        case let .io(error): t("cli.state.io", ["path": error.path, "reason": error.reasonText(t)])
        case let .interrupted(signal): t("cli.state.interrupted", ["signal": SignalName.of(signal)])
        }
    }
}
