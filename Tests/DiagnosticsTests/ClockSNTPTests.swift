import KMSCore
import Testing
import TestSupport
import Foundation
import Localization
@testable import Diagnostics

/// The SNTP client against a real chronyd (true and skewed time) and against scripted peers
/// that misbehave, all on 127.0.0.1.
@Suite(.serialized, .offCooperativePool) struct ClockSNTPTests {
    static let english = Localizer(table: (try? StringTable.bundled()) ?? StringTable(entries: [:]), language: .en)

    @Test(.requires(.chronyd)) func trueTimeChronydGivesNearZeroOffsetAndPasses() async throws {
        let server = try ChronyServer(skew: nil)
        let measurement = try await SNTPClient(timeout: 2).query(server.endpoint)
        #expect(abs(measurement.offset) < 0.5, "offset \(measurement.offset)")
        #expect(measurement.delay >= 0 && measurement.delay < 0.5)
        #expect(measurement.stratum == 8)
        #expect(measurement.serverAddress == "127.0.0.1")
        let result = CheckResult(.clock(.measured(measurement, server: server.endpoint, isWSL: false)))
        #expect(result.status == .pass)
        #expect(result.id == "clock")
        #expect(result.windowsCode == nil)
    }

    @Test(.requires(.chronyd, .libfaketime)) func chronydFiveMinutesFastWarns() async throws {
        let server = try ChronyServer(skew: "+300s")
        let checked = await ClockCheck.run(server: server.endpoint, timeout: 2, environment: [:])
        let result = checked.text(Self.english)
        #expect(checked.status == .warn, "\(checked)")
        #expect(result.value.hasPrefix("-300.0") || result.value.hasPrefix("-299.9"), "\(result.value)")
        #expect(result.message.contains("behind"))
        #expect(result.message.contains(" UTC (") && result.message.contains(" Taipei)"), "\(result.message)")
        #expect(result.hint?.contains("(UTC+08:00) Taipei") == true)
        #expect(checked.windowsCode == nil)
    }

    @Test(.requires(.chronyd, .libfaketime)) func chronydFiveDaysSlowFailsWithTheTimestampError() async throws {
        let server = try ChronyServer(skew: "-5d")
        let measurement = try await SNTPClient(timeout: 2).query(server.endpoint)
        #expect(abs(measurement.clockError - 432_000) < 1, "clock error \(measurement.clockError)")
        let checked = CheckResult(.clock(.measured(measurement, server: server.endpoint, isWSL: false)))
        let result = checked.text(Self.english)
        #expect(checked.status == .fail)
        #expect(checked.windowsCode?.hex == "0xC004F06C")
        #expect(result.message.contains("0xC004F06C"))
        #expect(result.message.contains("5 d 0 h ahead"), "\(result.message)")
        let chinese = checked.text(Self.english.switched(to: .zhTW))
        #expect(chinese.message.contains("快了 5 天 0 小時"), "\(chinese.message)")
        #expect(!result.message.contains("timezone"), "five days is not a timezone mistake")
    }

    @Test(.requires(.chronyd, .libfaketime)) func eightHoursOffReadsAsAWrongTimezone() async throws {
        let server = try ChronyServer(skew: "-8h")
        let chinese = Self.english.switched(to: .zhTW)
        let checked = await ClockCheck.run(server: server.endpoint, client: SNTPClient(timeout: 2), isWSL: true)
        let result = checked.text(Self.english)
        #expect(checked.status == .fail)
        #expect(result.message.contains("8 h ahead in UTC"), "\(result.message)")
        #expect(result.message.contains("wrong timezone"))
        #expect(result.hint?.contains("WSL") == true)
        let zh = await ClockCheck.run(server: server.endpoint, client: SNTPClient(timeout: 2), isWSL: false).text(chinese)
        #expect(zh.message.contains("8 小時"), "\(zh.message)")
        #expect(zh.message.contains("時區"))
    }

    @Test func nothingListeningIsRefusedAtOnce() async throws {
        let port = try FreeUDPPort.udp()
        let started = ContinuousClock.now
        await #expect(throws: SNTPError.refused) {
            try await SNTPClient(timeout: 6).query(Endpoint(host: "127.0.0.1", port: port))
        }
        // "At once": well before the 6 s timeout, with room for a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(3))
        let result = await ClockCheck.run(server: Endpoint(host: "127.0.0.1", port: port), timeout: 3, environment: [:])
        #expect(result.status == .warn)
        #expect(result.text(Self.english).message.contains("connection refused"))
        #expect(result.text(Self.english.switched(to: .zhTW)).message.contains("連線被拒"))
    }

    @Test func silentServerTimesOutWithinTheDeadline() async throws {
        let peer = try ScriptedNTPPeer { _ in nil }
        let started = ContinuousClock.now
        await #expect(throws: SNTPError.timeout(seconds: 0.4)) {
            try await SNTPClient(timeout: 0.4).query(peer.endpoint)
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(380) && elapsed < .milliseconds(1400), "took \(elapsed)")
    }

    @Test(.requires(.ipv6Loopback)) func ipv6LiteralAndHostNamesWork() async throws {
        let v6 = try ScriptedNTPPeer(ipv6: true) { ScriptedNTPPeer.serverReply(to: $0) }
        let measurement = try await SNTPClient(timeout: 1).query(v6.endpoint)
        #expect(measurement.serverAddress == "::1")
        #expect(abs(measurement.offset) < 0.5)
        // "localhost" has ::1 and 127.0.0.1; whichever comes first, the one that answers is used.
        let v4 = try ScriptedNTPPeer { ScriptedNTPPeer.serverReply(to: $0) }
        let byName = try await SNTPClient(timeout: 1).query(Endpoint(host: "localhost", port: v4.endpoint.port))
        #expect(byName.serverAddress == "127.0.0.1")
    }

    /// Resolver failures are judged without a lookup: tests never send DNS queries outside a
    /// namespace they own (diag-net's namespace tests cover the real resolver).
    @Test func unresolvableReferenceIsAWarningThatNamesTheHost() {
        let server = Endpoint(host: "time.example", port: 123)
        let checked = CheckResult(.clock(.unmeasured(.resolve(host: "time.example", reason: .addressInfo(-2)), server: server)))
        let result = checked.text(Self.english)
        #expect(checked.status == .warn)
        #expect(result.message == "Could not get the time from time.example:123: the name time.example does not resolve (the name does not exist).")
        #expect(result.hint?.contains("--ntp") == true)
        #expect(checked.text(Self.english.switched(to: .zhTW)).message == "無法向 time.example:123 取得時間：找不到伺服器名稱 time.example（名稱不存在）。")
    }

    @Test(arguments: HostileCase.allCases)
    func hostileRepliesAreTypedErrors(_ hostile: HostileCase) async throws {
        let peer = try ScriptedNTPPeer { hostile.reply(to: $0) }
        await #expect(throws: hostile.expected) {
            try await SNTPClient(timeout: 1).query(peer.endpoint)
        }
        let result = await ClockCheck.run(server: peer.endpoint, timeout: 1, environment: [:])
        #expect(result.status == .warn, "a hostile reference leaves the clock unchecked: \(result)")
    }
}

/// Replies a client must reject, each with the error it must give.
enum HostileCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case wrongOrigin, kissRate, kissDeny, stratumZeroGarbage, shortPacket, clientMode, versionSeven, unsynchronised, zeroTransmit

    var testDescription: String { rawValue }

    var expected: SNTPError {
        switch self {
        case .wrongOrigin: .originMismatch
        case .kissRate: .kissOfDeath(code: "RATE")
        case .kissDeny: .kissOfDeath(code: "DENY")
        case .stratumZeroGarbage: .kissOfDeath(code: "?A??")
        case .shortPacket: .shortReply(length: 47)
        case .clientMode: .badMode(3)
        case .versionSeven: .badVersion(7)
        case .unsynchronised: .unsynchronised
        case .zeroTransmit: .zeroTransmitTimestamp
        }
    }

    func reply(to request: [UInt8]) -> [UInt8] {
        switch self {
        case .wrongOrigin: ScriptedNTPPeer.serverReply(to: request) { $0.originTimestamp.fraction ^= 1 }
        case .kissRate: ScriptedNTPPeer.serverReply(to: request) { $0.stratum = 0; $0.referenceID = Array("RATE".utf8) }
        case .kissDeny: ScriptedNTPPeer.serverReply(to: request) { $0.stratum = 0; $0.referenceID = Array("DENY".utf8) }
        case .stratumZeroGarbage: ScriptedNTPPeer.serverReply(to: request) { $0.stratum = 0; $0.referenceID = [0x1B, 0x41, 0x00, 0xFF] }
        case .shortPacket: Array(ScriptedNTPPeer.serverReply(to: request).prefix(47))
        case .clientMode: ScriptedNTPPeer.serverReply(to: request) { $0.mode = 3 }
        case .versionSeven: ScriptedNTPPeer.serverReply(to: request) { $0.version = 7 }
        case .unsynchronised: ScriptedNTPPeer.serverReply(to: request) { $0.leapIndicator = 3 }
        case .zeroTransmit: ScriptedNTPPeer.serverReply(to: request) { $0.transmitTimestamp = NTPTimestamp(seconds: 0, fraction: 0) }
        }
    }
}
