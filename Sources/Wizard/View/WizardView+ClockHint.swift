import Diagnostics
import Localization

extension WizardView {
    /// The wizard's own hint where the commands' hint names a flag its user cannot give there: an
    /// unmeasured clock names the configured reference, its UDP port and the `r` key (the
    /// commands' hint points at `--ntp` and the configuration file). When the network step's
    /// advice (`Advisor`, the one place that judges a diagnosis) is to connect to a network first,
    /// the clock went unmeasured for that reason, and the hint says so rather than sending the
    /// reader to the time reference's port.
    static func wizardHint(for result: CheckResult, network: CheckOutcome?, vpnServer: String, _ t: Localizer) -> String? {
        guard case let .clock(.unmeasured(_, server)) = result.finding else { return nil }
        if case let .results(networkResults)? = network,
           Advisor.advise(networkResults, vpnServer: vpnServer).contains(.connectNetwork) {
            return t("wizard.clock.hint.offline")
        }
        return t("wizard.clock.hint.unmeasured", ["host": server.host, "port": String(server.port)])
    }
}
