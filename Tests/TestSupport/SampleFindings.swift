import KMSCore
import Foundation
import Diagnostics

/// Check results built from typed findings, for tests that need a diagnosis without running one.
public enum SampleFindings {
    public static let kmsAddress = IPAddress("198.18.10.5")!
    public static let campus = [try! CIDR(parsing: "198.18.0.0/16")]

    /// The network check at `place`, leaving through eth0 (tun0 on the VPN).
    public static func network(_ place: NetworkPath.Location) -> CheckResult {
        let source = IPAddress(place == .campus ? "198.18.20.20" : "198.19.2.20")!
        let interface = NetworkInterface(name: place == .vpn ? "tun0" : "eth0", addresses: [source],
                                         isPointToPoint: place == .vpn, hardwareType: nil)
        let path = place == .noRoute ? NetworkPath(location: .noRoute, target: kmsAddress, source: nil, interface: nil)
            : NetworkPath(location: place, target: kmsAddress, source: source, interface: interface)
        return CheckResult(.network(.routed(path, campus: campus)))
    }

    /// The reachability check ending in `result`.
    public static func reachability(_ result: TCPProbe.Result) -> CheckResult {
        CheckResult(.reachability(.attempted(target: Endpoint(host: kmsAddress.description, port: 1688),
                                             outcome: TCPProbe.Outcome(result: result, source: nil, interface: nil),
                                             timeout: 2)))
    }
}

extension SampleFindings {
    /// The clock check against a stratum-2 reference, this clock `error` seconds ahead.
    public static func clock(error: Double) -> CheckResult {
        let now = 1_764_000_000.0
        let measurement = NTPMeasurement(offset: -error, delay: 0.001, stratum: 2, serverTime: now - error, localTime: now,
                                         serverAddress: "198.18.10.5", referenceID: "GPS")
        return CheckResult(.clock(.measured(measurement, server: Endpoint(host: "198.18.10.5", port: 123), isWSL: false)))
    }

    /// The timezone check outside WSL in Asia/Taipei.
    public static let timezone = CheckResult(.timezone(TimezoneFinding(
        reading: ZoneReading(name: "Asia/Taipei", source: .tzVariable, origin: "Asia/Taipei", utcOffsetSeconds: 28_800,
                             isDST: false, observesDST: false, abbreviation: "CST"),
        windows: nil)))
}

extension SampleFindings {
    /// A product needing 25 clients, as the catalog's Windows entries do.
    public static let product = Product(shortName: "win10-education", displayName: "Windows 10/11 Education", family: .windows,
                                        release: "10", applicationID: UUID(), skuID: UUID(), kmsCountedID: UUID(),
                                        protocolVersion: 6, gvlk: "NW6C2-QMPVW-D7KKK-3GKT6-VCFB2", minimumCount: 25)

    /// The kms check with the host's answer: count 50, renewal every 7 days, retry every 2 hours.
    public static let kmsAnswered = kms(.answered(KMSFinding.Answer(
        version: 6, count: 50, activationIntervalMinutes: 120, renewalIntervalMinutes: 10_080, rttMilliseconds: 3,
        epid: "06401-00206-471-111111-03-1033-17763.0000-2662024")))

    /// The kms check ending in `outcome`.
    public static func kms(_ outcome: KMSFinding.Outcome) -> CheckResult {
        CheckResult(.kms(KMSFinding(product: product, endpoint: Endpoint(host: kmsAddress.description, port: 1688), outcome: outcome)))
    }
}
