import KMSCore
import ArgumentParser

/// `--host HOST[:PORT]`: the KMS host, the campus one unless told otherwise.
struct KMSHostOption: ParsableArguments {
    @Option(name: .long, help: HelpText.argument("option.host", valueName: "host[:port]", ["default": "\(CampusDefaults.kmsHost):\(CampusDefaults.kmsPort)"]),
            transform: { try parseEndpoint($0, defaultPort: CampusDefaults.kmsPort, flag: "--host") })
    var host: Endpoint?

}

/// `--timeout SECONDS`: how long one network step may take.
struct TimeoutOption: ParsableArguments {
    /// Read as the config file and KMSWIZARD_TIMEOUT read it (`0x10` is no number there either).
    @Option(name: .long, help: HelpText.argument("option.timeout", valueName: "seconds", ["default": String(Int(CampusDefaults.timeoutSeconds))]),
            transform: { text in
                guard let seconds = ConfigNumber.parse(text), ConfigNumber.timeoutSeconds.contains(seconds) else {
                    throw HelpText.usageError("timeout", ["value": text])
                }
                return seconds
            })
    var timeout: Double?

}

/// `--ntp`, `--domain`, `--campus`: where the diagnostics look.
struct NetworkOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.argument("option.ntp", valueName: "host[:port]", ["default": CampusDefaults.ntpServer]),
            transform: { try parseEndpoint($0, defaultPort: CampusDefaults.ntpPort, flag: "--ntp") })
    var ntp: Endpoint?

    @Option(name: .long, help: HelpText.argument("option.domain", valueName: "domain", ["default": CampusDefaults.domain]))
    var domain: String?

    @Option(name: .long, help: HelpText.argument("option.campus", valueName: "cidr", ["default": CampusDefaults.campusRanges.joined(separator: ", ")]))
    var campus: [String] = []

    func validate() throws {
        if let domain, !ConfigValues.isDomain(domain) {
            throw HelpText.usageError("domain", ["value": domain])
        }
        if let range = campus.first(where: { !ConfigValues.isCIDR($0) }) {
            throw HelpText.usageError("campus", ["value": range])
        }
    }

}

/// Turns `HOST[:PORT]` into an Endpoint, or a usage error that names the flag.
private func parseEndpoint(_ text: String, defaultPort: UInt16, flag: String) throws -> Endpoint {
    do {
        return try Endpoint.parse(text, defaultPort: defaultPort)
    } catch .empty {
        throw HelpText.usageError("endpoint.empty", ["flag": flag])
    } catch let .badPort(port) {
        throw HelpText.usageError("endpoint.badPort", ["flag": flag, "port": port])
    } catch let .badHost(host) {
        throw HelpText.usageError("endpoint.badHost", ["flag": flag, "host": host])
    }
}
