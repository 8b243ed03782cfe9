/// The effective settings every command and the wizard run with.
///
/// Starts from `CampusDefaults`; the config file, the environment and flags override single
/// values, in that order of strength (`ConfigResolver` in the command line stacks them).
public struct Settings: Sendable, Equatable, Codable {
    public var kmsHost: Endpoint
    public var ntpServer: Endpoint
    public var domain: String
    public var campusRanges: [String]
    public var vpnServer: String
    public var timeoutSeconds: Double

    public init(
        kmsHost: Endpoint = Endpoint(host: CampusDefaults.kmsHost, port: CampusDefaults.kmsPort),
        ntpServer: Endpoint = Endpoint(host: CampusDefaults.ntpServer, port: CampusDefaults.ntpPort),
        domain: String = CampusDefaults.domain,
        campusRanges: [String] = CampusDefaults.campusRanges,
        vpnServer: String = CampusDefaults.vpnServer,
        timeoutSeconds: Double = CampusDefaults.timeoutSeconds
    ) {
        self.kmsHost = kmsHost
        self.ntpServer = ntpServer
        self.domain = domain
        self.campusRanges = campusRanges
        self.vpnServer = vpnServer
        self.timeoutSeconds = timeoutSeconds
    }
}
