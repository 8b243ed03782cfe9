import KMSCore
import KMSProtocol
import Testing
import Localization
import TestSupport
@testable import Diagnostics

@Suite struct CheckResultTests {
    @Test func worstStatusIsTheVerdict() {
        let statuses: [CheckResult.Status] = [.pass, .skip, .warn, .pass]
        #expect(statuses.max() == .warn)
        #expect(([.pass, .fail, .warn] as [CheckResult.Status]).max() == .fail)
        #expect(([.skip] as [CheckResult.Status]).max() == .skip)
    }
}

/// Every finding a check can make has words in both languages: no missing key (⟦key⟧), no
/// unfilled placeholder, and in Chinese no English sentence from a lower layer.
@Suite struct CheckTextTests {
    static let table = try! StringTable.bundled()
    static let host = Endpoint(host: "kms.test", port: 1688)

    static var findings: [CheckFinding] {
        let server = Endpoint(host: "127.0.0.1", port: 123)
        let sntpErrors: [SNTPError] = [
            .resolve(host: "time.test", reason: .addressInfo(-2)), .socket(call: "connect", reason: .errno(40)), .refused,
            .unreachable(reason: .errno(101)), .timeout(seconds: 2), .shortReply(length: 12), .badMode(3), .badVersion(7),
            .originMismatch, .kissOfDeath(code: "RATE"), .unsynchronised, .zeroTransmitTimestamp,
        ]
        let hostOutcomes: [HostResolver.Outcome?] = [
            nil, .resolved(v4: [IPAddress("127.0.0.1")!], v6: [IPAddress("::1")!]), .notFound, .noAddress, .unanswered, .noServer,
            .timeout, .serverFailure, .failed(.addressInfo(-4)),
        ]
        let srvOutcomes: [SRVLookup.Outcome] = [
            .found([SRVRecord(priority: 0, weight: 100, port: 1688, target: "kms.test")]), .nxdomain, .noData, .noServer, .timeout,
            .serverFailure, .malformed,
        ]
        let results: [TCPProbe.Result] = [.connected(milliseconds: 3), .refused, .timeout, .hostUnreachable, .networkUnreachable,
                                          .noRoute, .blocked, .failed(errno: 40)]
        let zone = ZoneReading(name: "Etc/UTC", source: .localtime, origin: "/etc/localtime", utcOffsetSeconds: 0, isDST: false,
                               observesDST: false, abbreviation: "UTC")
        let windowsZones: [WindowsZone?] = [nil, .read("Taipei Standard Time"), .read("UTC"), .cannotRun(path: "/mnt/c/x"),
                                            .failed(status: 5, timedOut: false), .failed(status: 137, timedOut: true)]
        var findings: [CheckFinding] = sntpErrors.map { .clock(.unmeasured($0, server: server)) }
        findings += [0.2, 30, -300, 8 * 3600, 5 * 86_400].map { error in
            .clock(.measured(NTPMeasurement(offset: -error, delay: 0.01, stratum: 2, serverTime: 1_795_000_000 - error,
                                            localTime: 1_795_000_000, serverAddress: "127.0.0.1", referenceID: "GPS"),
                             server: server, isWSL: true))
        }
        findings += windowsZones.map { .timezone(TimezoneFinding(reading: zone, windows: $0)) }
        findings += [NetworkPath.Location.campus, .vpn, .offCampus, .noRoute].map { SampleFindings.network($0).finding }
        findings.append(.network(.unresolved(host: "kms.test")))
        for hostOutcome in hostOutcomes {
            for srv in srvOutcomes {
                findings.append(.dns(DNSFinding(host: host, hostOutcome: hostOutcome, serviceName: "_vlmcs._tcp.test", srv: srv, timeout: 2)))
            }
        }
        findings += results.map { SampleFindings.reachability($0).finding }
        findings.append(.reachability(.unresolved(host: "kms.test")))
        findings.append(SampleFindings.kmsAnswered.finding)
        findings += ActivationFailure.Kind.allCases.map {
            SampleFindings.kms(.failed(KMSFinding.Failure(kind: $0, reason: "closed", windowsCode: 0xC004_F074, hostStatus: 0xC004_F042,
                                                          count: 3))).finding
        }
        return findings + [.kmsHostClock, .overran(id: "kms", seconds: 3)]
    }

    @Test func everyFindingHasWordsInBothLanguages() {
        for language in Language.allCases {
            let t = Localizer(table: Self.table, language: language)
            for finding in Self.findings {
                let text = CheckResult(finding).text(t)
                let all = [text.value, text.message, text.hint ?? ""].joined(separator: " | ")
                #expect(!all.contains("⟦") && !all.contains("{"), "\(finding) \(language): \(all)")
                #expect(!text.message.isEmpty)
                if language == .zhTW {
                    // No run of three English words: names, codes and units aside, nothing English.
                    let words = all.split { !$0.isASCII || $0 == " " || $0 == "," }.filter { $0.count > 1 && $0.allSatisfy(\.isLetter) }
                    let english = words.filter { !["UTC", "KMS", "DNS", "SRV", "NXDOMAIN", "NODATA", "IP", "IPv4", "IPv6", "NTP", "VPN",
                                                   "SSL", "Windows", "Linux", "WSL", "TCP", "UDP", "ms", "stratum", "ePID", "RPC", "Etc",
                                                   "ELOOP", "errno", "Taipei", "Standard", "Time", "tzutil", "exe", "mnt", "closed",
                                                   "RATE", "test", "kms", "vlmcs", "tcp", "Education", "Enterprise", "GPS",
                                                   "AAAA", "SERVFAIL", "REFUSED", "sudo", "timedatectl", "set", "ntp", "true",
                                                   "kmswizard", "explain"]
                                                   .contains(String($0)) }
                    #expect(english.isEmpty, "\(finding): \(all) has \(english)")
                }
            }
        }
    }
}
