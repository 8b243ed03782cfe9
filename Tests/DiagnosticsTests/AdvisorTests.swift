import KMSCore
import Testing
import Localization
import TestSupport
@testable import Diagnostics

/// The advisor as the wizard's activation screen calls it: the checks it has (maybe none) and
/// how the activation failed; and the words of the advice in both languages.
@Suite struct AdvisorTests {
    static let table = try! StringTable.bundled()
    let server = "140.127.62.245"

    @Test("an activation failure is advised by where the computer is")
    func activationFailures() {
        #expect(Advisor.advise([SampleFindings.network(.campus)], activation: .refused, vpnServer: server) == [.kmsServiceDown])
        #expect(Advisor.advise([SampleFindings.network(.campus)], activation: .timeout, vpnServer: server) == [.campusNoAnswer])
        #expect(Advisor.advise([SampleFindings.network(.vpn)], activation: .timeout, vpnServer: server) == [.vpnNoAnswer])
        #expect(Advisor.advise([SampleFindings.network(.offCampus)], activation: .timeout, vpnServer: server)
                == [.connectVPN(server: server)])
        #expect(Advisor.advise([SampleFindings.network(.noRoute)], activation: .timeout, vpnServer: server) == [.connectNetwork])
        #expect(Advisor.advise([], activation: .belowThreshold, vpnServer: server) == [.countBelowThreshold(count: nil, minimum: nil)])
        #expect(Advisor.advise([], activation: .kmsError, vpnServer: server).isEmpty, "the host answered: no network advice")
        // Only what bears on the failure: a missing SRV record does not explain a host that broke the protocol.
        let noSRV = CheckResult(.dns(DNSFinding(host: Endpoint(host: "198.18.10.5", port: 1688), hostOutcome: nil,
                                                serviceName: "_vlmcs._tcp.test", srv: .nxdomain, timeout: 2)))
        let reached = [SampleFindings.network(.campus), noSRV, SampleFindings.reachability(.connected(milliseconds: 1))]
        #expect(Advisor.advise(reached, vpnServer: server) == [.manualKMSHost(endpoint: Endpoint(host: "198.18.10.5", port: 1688))])
        #expect(Advisor.advise(reached, activation: .protocol, vpnServer: server).isEmpty)
        #expect(Advisor.advise([SampleFindings.network(.campus), SampleFindings.clock(error: 86_400)], activation: .kmsError,
                               vpnServer: server) == [.setClock])
    }

    @Test("the checks alone: a reachable host passes with no advice; a far clock and a low count add theirs")
    func checksAlone() {
        let good = [SampleFindings.network(.campus), SampleFindings.reachability(.connected(milliseconds: 1)), SampleFindings.kmsAnswered]
        #expect(Advisor.advise(good, vpnServer: server).isEmpty)
        let low = SampleFindings.kms(.failed(KMSFinding.Failure(kind: .belowThreshold, reason: "count", windowsCode: 0xC004_F038, count: 3)))
        #expect(Advisor.advise([SampleFindings.network(.campus), SampleFindings.clock(error: 86_400), low], vpnServer: server)
                == [.setClock, .countBelowThreshold(count: 3, minimum: 25)])
        #expect(Advisor.advise([SampleFindings.network(.campus), SampleFindings.reachability(.blocked)], vpnServer: server)
                == [.localFirewall(port: 1688)])
    }

    @Test("every advice has its words in both languages; the VPN steps are separate lines")
    func words() {
        let all: [Advice] = [.connectNetwork, .hostNameUnresolved(host: "kms.test"), .kmsServiceDown, .campusNoAnswer, .vpnNoAnswer,
                             .connectVPN(server: server), .localFirewall(port: 1688),
                             .manualKMSHost(endpoint: Endpoint(host: "198.18.10.5", port: 1688)), .setClock,
                             .countBelowThreshold(count: nil, minimum: nil), .countBelowThreshold(count: 3, minimum: 25)]
        for language in Language.allCases {
            let t = Localizer(table: Self.table, language: language)
            for advice in all {
                let lines = advice.lines(t)
                #expect(!lines.joined().contains("⟦"), "\(advice) \(language): \(lines)")
                #expect(!lines.joined().contains("{"), "\(advice) \(language): \(lines)")
                #expect(lines[0].contains(advice.windowsCode.hex), "\(advice) names its code")
            }
        }
        let zh = Advice.connectVPN(server: server).lines(Localizer(table: Self.table, language: .zhTW))
        #expect(zh.count == 5)
        #expect(zh[2] == "2) 新增 SSL-VPN 連線，遠端閘道填 140.127.62.245。")
        #expect(!Advice.kmsServiceDown.lines(Localizer(table: Self.table, language: .zhTW))[0].contains("VPN"))
    }

    @Test("system reasons: the common ones have words, any other its symbolic name, never strerror")
    func systemReasons() {
        let zh = Localizer(table: Self.table, language: .zhTW), en = zh.switched(to: .en)
        #expect(SystemReason.errno(28).text(zh) == "磁碟空間已滿")
        #expect(SystemReason.errno(28).text(en) == "the disk is full")
        #expect(SystemReason.errno(40).text(zh) == "ELOOP")
        #expect(SystemReason.errno(9999).text(zh) == "errno 9999")
        #expect(SystemReason.lookup(status: -2).text(zh) == "名稱不存在")
        #expect(SystemReason.lookup(status: -11, errno: 13) == .errno(13), "EAI_SYSTEM means errno")
        for name in ["ENOSPC", "EACCES", "EPERM", "EROFS", "ENOENT", "EIO", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH", "ETIMEDOUT",
                     "EAI_NONAME", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_FAMILY", "EAI_SERVICE", "EAI_MEMORY", "EAI_SYSTEM"] {
            #expect(Self.table.isComplete("diagnose.reason." + name), "\(name) has words in both languages")
        }
    }

    @Test("one computer counted is one computer, in English too")
    func oneComputerCounted() {
        let english = Localizer(table: Self.table, language: .en)
        let line = Advice.countBelowThreshold(count: 1, minimum: 25).lines(english).joined()
        #expect(line.contains("counts only 1 computer and") && !line.contains("1 computers"), "\(line)")
        let many = Advice.countBelowThreshold(count: 3, minimum: 25).lines(english).joined()
        #expect(many.contains("counts only 3 computers"), "\(many)")
    }
}
