import Diagnostics
import Localization

extension WizardView {
    /// The wizard's own hint where the commands' hint names a flag its user cannot give there: an
    /// unmeasured clock names the configured reference, its UDP port and the `r` key (the
    /// commands' hint points at `--ntp` and the configuration file).
    static func wizardHint(for result: CheckResult, _ t: Localizer) -> String? {
        guard case let .clock(.unmeasured(_, server)) = result.finding else { return nil }
        return t("wizard.clock.hint.unmeasured", ["host": server.host, "port": String(server.port)])
    }
}
