import Foundation
import Testing
import TestSupport

/// The fix for the situation, row by row, each from the real `diagnose --json` in the lab:
/// the advice is decided once (`Advisor`) from the whole diagnosis.
@Suite("The advice table in the namespace lab", .requires(RequiredPeers.campusLab + [.faketime]))
struct AdviceTableTests {
    static let kms = NetLabCampus.kmsAddress

    enum Row: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case campusRefused, campusTimeout, vpnRefused, vpnTimeout, offCampusTimeout, noRoute, hostUnresolved,
             srvMissing, clockFar, countLow, allPass

        var testDescription: String { rawValue }

        var client: NetLabCampus.Client {
            switch self {
            case .vpnRefused, .vpnTimeout: .vpn
            case .offCampusTimeout, .noRoute: .off
            default: .campus
            }
        }

        /// The advice kinds this row must give, in order.
        var expected: [String] {
            switch self {
            case .campusRefused: ["kmsServiceDown"]
            case .campusTimeout: ["campusNoAnswer"]
            case .vpnRefused, .vpnTimeout: ["vpnNoAnswer"]
            case .offCampusTimeout: ["connectVPN"]
            case .noRoute: ["connectNetwork"]
            case .hostUnresolved: ["hostNameUnresolved"]
            case .srvMissing: ["manualKMSHost"]
            case .clockFar: ["setClock"]
            case .countLow: ["countBelowThreshold"]
            case .allPass: []
            }
        }

        var windowsCode: String? {
            switch self {
            case .srvMissing: "0x8007232B"
            case .clockFar: "0xC004F06C"
            case .countLow: "0xC004F038"
            case .allPass: nil
            default: "0xC004F074"
            }
        }

        /// Builds the lab and breaks it the way this row needs; the arguments for diagnose.
        func prepare(_ lab: NetLab) throws -> (NetLabCampus, [String]) {
            var host = AdviceTableTests.kms, domain = "nknu.edu.tw"
            let campus = try NetLabCampus.build(in: lab, clients: [client], listener: self != .countLow,
                                                dns: self == .noRoute ? .stopped : .serving)
            switch self {
            case .campusRefused, .vpnRefused: campus.stopListener()
            case .campusTimeout, .vpnTimeout:
                try lab.exec(campus.kms, ["iptables", "-I", "INPUT", "-p", "tcp", "--dport", "1688", "-j", "DROP"])
            case .noRoute: try lab.exec(campus.namespace(.off), ["ip", "route", "del", "default"])
            case .hostUnresolved: host = "nosuch.nknu.edu.tw"
            case .srvMissing: domain = "nosuch.nknu.edu.tw"
            case .countLow: try campus.startListener(responder: ["--count", "3"])
            case .offCampusTimeout, .clockFar, .allPass: break
            }
            return (campus, ["--host", host, "--domain", domain, "--campus", NetLabCampus.campusRange, "--ntp", AdviceTableTests.kms,
                             "--timeout", "2", "--lang", "en"])
        }
    }

    @Test(arguments: Row.allCases)
    func row(_ row: Row) async throws {
        if row == .clockFar, SanitizerRuntime.active != nil { return }   // libfaketime deadlocks in a sanitizer's start-up
        try await NetLab.with { lab in
            let (campus, arguments) = try row.prepare(lab)
            let run = try NetLabDiagnose.run(in: campus.namespace(row.client), arguments, clockShift: row == .clockFar ? "-5d" : nil)
            let report = try #require(run.report, "no JSON: \(run.stdout) \(run.stderr)")
            #expect(report.advice.map(\.kind) == row.expected, "\(row): \(report.advice) \(report.checks.map { ($0.id, $0.status, $0.value) })")
            #expect(report.advice.first?.windowsCode == row.windowsCode)
            let words = report.advice.flatMap(\.lines).joined(separator: "\n")
            switch row {
            case .campusRefused, .campusTimeout:
                #expect(words.contains("Contact the Computer Center"))
                #expect(!words.contains("VPN"), "on campus no VPN words: \(words)")
            case .vpnRefused, .vpnTimeout:
                #expect(words.contains("connect again") && words.contains("Computer Center"), "\(words)")
            case .offCampusTimeout:
                #expect(report.advice.first?.lines.count == 5, "the sentence and the four steps")
                #expect(words.contains("FortiClient") && words.contains("140.127.62.245"), "\(words)")
            case .noRoute:
                #expect(!words.contains("FortiClient"), "no VPN steps before there is a network: \(words)")
            case .hostUnresolved: #expect(words.contains("nosuch.nknu.edu.tw"))
            case .srvMissing: #expect(words.contains("slmgr.vbs -skms \(AdviceTableTests.kms):1688"))
            case .countLow: #expect(words.contains("only 3 computers") && words.contains("needs 25"), "\(words)")
            case .clockFar:
                // The test host ignores the time, so its answer stands: the verdict does not contradict it.
                let kms = try report.check("kms")
                #expect(report.verdict.hasPrefix("The KMS host answered this computer's request"), "\(report.verdict) \(kms)")
            case .allPass: #expect(report.status == "pass")
            }
        }
    }
}
