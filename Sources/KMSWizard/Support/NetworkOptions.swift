import Activation
import ArgumentParser

/// `--host HOST[:PORT]`: the KMS host, the campus one unless told otherwise.
struct KMSHostOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("KMS host, a name or an IPv4/IPv6 address, with an optional port (default \(CampusDefaults.kmsHost):\(CampusDefaults.kmsPort)).",
                                            valueName: "host[:port]"),
            transform: { try parseEndpoint($0, defaultPort: CampusDefaults.kmsPort, flag: "--host") })
    var host: Endpoint?

}

/// `--timeout SECONDS`: how long one network step may take.
struct TimeoutOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Seconds a network step, and the whole exchange, may take (default \(Int(CampusDefaults.timeoutSeconds))).", valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 600) {
            throw ValidationError("--timeout takes seconds between 0 and 600, not \(timeout)")
        }
    }

}

/// `--ntp`, `--domain`, `--campus`: where the diagnostics look.
struct NetworkOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("NTP reference for the clock check (default \(CampusDefaults.ntpServer)).", valueName: "host[:port]"),
            transform: { try parseEndpoint($0, defaultPort: CampusDefaults.ntpPort, flag: "--ntp") })
    var ntp: Endpoint?

    @Option(name: .long, help: ArgumentHelp("DNS domain whose _vlmcs._tcp record names the KMS host (default \(CampusDefaults.domain)).", valueName: "domain"))
    var domain: String?

    @Option(name: .long, help: ArgumentHelp("Campus address range; repeat for several (default \(CampusDefaults.campusRanges.joined(separator: ", "))).", valueName: "cidr"))
    var campus: [String] = []

    func validate() throws {
        if let domain, !ConfigValues.isDomain(domain) {
            throw ValidationError("--domain takes a DNS domain like nknu.edu.tw, not \"\(domain)\"")
        }
        if let range = campus.first(where: { !ConfigValues.isCIDR($0) }) {
            throw ValidationError("--campus takes an address range like 140.127.0.0/16, not \"\(range)\"")
        }
    }

}

/// Turns `HOST[:PORT]` into an Endpoint, or a usage error that names the flag.
private func parseEndpoint(_ text: String, defaultPort: UInt16, flag: String) throws -> Endpoint {
    do {
        return try Endpoint.parse(text, defaultPort: defaultPort)
    } catch {
        throw ValidationError("\(flag): \(error)")
    }
}
