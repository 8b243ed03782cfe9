import Platform
@testable import KMSCore
@testable import Renewal
import Foundation
import Testing
import TestSupport

/// The small rules of issue 14, point 9, each through the real binary.
@Suite(.offCooperativePool) struct FaultsSmallRulesTests {
    static func json(_ result: ProcessResult) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
    }

    /// A relative HOME or XDG_* path is ignored (the XDG rule): no path of kmswizard's is
    /// relative, so nothing lands under the working folder or, joined to `/`, at the top.
    @Test func relativeHomeAndXDGPathsAreIgnored() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let relative = ["HOME": "relative-home", "XDG_STATE_HOME": "relative-state", "XDG_CONFIG_HOME": "relative-config"]
        let status = try binary.run(["status", "--json"], environment: relative)
        let stateFile = Self.json(status)["stateFile"] as? String ?? ""
        #expect(stateFile.hasPrefix("/") && !stateFile.contains("relative-"), "\(status)")
        let config = try binary.run(["config", "--json"], environment: relative)
        let configPath = (Self.json(config)["configFile"] as? [String: Any])?["path"] as? String
        #expect(configPath.map { $0.hasPrefix("/") && !$0.contains("relative-") } ?? true, "\(config)")
        #expect(UserFolders.home(["HOME": "relative-home"]).hasPrefix("/"))
        #expect(UserFolders.absolute("XDG_STATE_HOME", ["XDG_STATE_HOME": "x/y"]) == nil)
        #expect(StateStore.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": "s"]) == "/h/.local/state/kmswizard/state.json")
    }

    /// KMSWIZARD_TIMEOUT takes exactly what `timeout =` in config.toml takes: hexadecimal and a
    /// timeout below a millisecond are refused by both (78).
    @Test(arguments: ["0x10", "1e-300", "0", "inf", "1__0"])
    func timeoutIsReadAlikeFromEnvironmentAndFile(value: String) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let fromEnvironment = try binary.run(["config", "--lang", "en"], environment: ["KMSWIZARD_TIMEOUT": value])
        #expect(fromEnvironment.status == 78, "\(fromEnvironment)")
        #expect(fromEnvironment.stderr.contains("KMSWIZARD_TIMEOUT"), "\(fromEnvironment)")
        try FileManager.default.createDirectory(atPath: binary.home + "/config/kmswizard", withIntermediateDirectories: true)
        try "timeout = \(value)\n".write(toFile: binary.home + "/config/kmswizard/config.toml", atomically: true, encoding: .utf8)
        let fromFile = try binary.run(["config", "--lang", "en"])
        #expect(fromFile.status == 78, "\(fromFile)")
        // Were it taken, the run would only meet a closed loopback port.
        let flag = try binary.run(["activate", "--host", "127.0.0.1:1", "--timeout", value])
        #expect(flag.status == 64, "\(flag)")
    }

    @Test func timeoutsInRangeAreTakenFromBoth() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let fromEnvironment = try binary.run(["config", "--json"], environment: ["KMSWIZARD_TIMEOUT": "1_0.5"])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment)")
        #expect(((Self.json(fromEnvironment)["values"] as? [String: Any])?["timeout"] as? [String: Any])?["value"] as? Double == 10.5)
    }

    /// `HOST:PORT:PORT` is no IPv6 address (one needs brackets next to a port): 78 from the
    /// environment, 64 from a flag, and never a DNS lookup of the text as a name.
    @Test func hostWithTwoPortsIsRefused() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let fromEnvironment = try binary.run(["config", "--lang", "en"], environment: ["KMSWIZARD_HOST": "127.0.0.1:1688:1688"])
        #expect(fromEnvironment.status == 78, "\(fromEnvironment)")
        let fromFlag = try binary.run(["script", "--product", "win10-enterprise", "--host", "127.0.0.1:1688:1688", "--lang", "en"])
        #expect(fromFlag.status == 64, "\(fromFlag)")
        #expect(throws: Endpoint.ParseError.self) { try Endpoint.parse("127.0.0.1:1688:1688", defaultPort: 1688) }
        #expect(throws: Endpoint.ParseError.self) { try Endpoint.parse("1:2:3:4:5:6:7:8:9", defaultPort: 1688) }
        #expect(try Endpoint.parse("::1", defaultPort: 1688) == Endpoint(host: "::1", port: 1688))
        #expect(try Endpoint.parse("[fe80::1%eth0]:1700", defaultPort: 1688) == Endpoint(host: "fe80::1%eth0", port: 1700))
        #expect(try Endpoint.parse("::ffff:127.0.0.1", defaultPort: 1688).host == "::ffff:127.0.0.1")
    }

    /// Notepad's UTF-8 byte order mark at the start of config.toml is no part of the first key.
    @Test func byteOrderMarkInConfigIsAccepted() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try FileManager.default.createDirectory(atPath: binary.home + "/config/kmswizard", withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("timeout = 7\n".utf8)).write(to: URL(fileURLWithPath: binary.home + "/config/kmswizard/config.toml"))
        let result = try binary.run(["config", "--json"])
        #expect(result.status == 0, "\(result)")
        let timeout = (Self.json(result)["values"] as? [String: Any])?["timeout"] as? [String: Any]
        #expect(timeout?["value"] as? Double == 7 && timeout?["line"] as? Int == 1, "\(result)")
    }

    /// `activate --count 3` interrupted while its first request waits for an answer: that request
    /// counts, as a failure named `interrupted`, so the figures add up to what was sent.
    @Test func interruptedCountCountsTheRequestInFlight() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let silent = try ResponderProcess(["--behaviour", "silent-after-bind"])
        defer { silent.stop() }
        let logPath = silent.logPath
        let result = try binary.run(["activate", "--count", "3", "--interval", "0", "--timeout", "20", "--lang", "en",
                                     "--host", "127.0.0.1:\(silent.port)"], timeout: 30, signals: [
            .init(SIGINT) { ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").contains("silent after bind") },
        ])
        #expect(result.status == 130, "\(result)")
        #expect(result.stdout.contains("1 request, 0 answered, 1 failed"), "\(result)")
    }

    /// A recorded host that does not parse (port 0) is reported by product and replaced by the
    /// configured host openly. `renew` on a simulated Windows: the host only goes to the fake
    /// ospp.vbs (`/sethst`), nothing connects anywhere.
    @Test func unreadableRecordedHostIsSaid() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace])
        defer { windows.remove() }
        var check = RenewalCommandTests.hostCheck(daysAgo: 170)
        check.port = 0
        try binary.writeState(KMSWizardState(machineID: UUID(), products: ["office2016-proplus": ProductRecord(lastHostCheck: check)]))
        let result = try binary.run(["renew", "--lang", "en"], windows: windows)
        #expect(result.stderr.contains("the KMS host recorded for office2016-proplus, \"\(check.host):0\", cannot be read; using the configured host 140.127.40.17:1688 instead"), "\(result)")
        #expect(windows.calls(of: "cscript").contains { $0.contains("/sethst:140.127.40.17") }, "\(windows.calls(of: "cscript"))")
    }
}
