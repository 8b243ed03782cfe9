import Platform
import KMSCore
import Renewal
import Testing
import Localization
@testable import Diagnostics

/// The parts of the clock check that need no server: timestamps, the packet codec, the
/// offset formula, the thresholds and the text.
@Suite struct ClockFormulaTests {
    @Test func ntpTimestampsRoundTripAcrossThe2036Era() {
        let now = 1_795_000_000.25   // 2026-11
        #expect(abs(NTPTimestamp(unixTime: now).unixTime - now) < 1e-6)
        let after2036 = 2_200_000_000.5   // 2039, seconds field wrapped into era 1
        let stamp = NTPTimestamp(unixTime: after2036)
        #expect(stamp.seconds & 0x8000_0000 == 0)
        #expect(abs(stamp.unixTime - after2036) < 1e-6)
        #expect(NTPTimestamp(seconds: 0xE000_0000, fraction: 0).unixTime == Double(0xE000_0000) - 2_208_988_800)
        #expect(NTPTimestamp(raw: stamp.raw) == stamp)
        for nonsense in [Double.nan, .infinity, -.infinity, 1e300] {
            #expect(NTPTimestamp(unixTime: nonsense).isZero)
        }
    }

    @Test func requestIsAVersion4ClientPacketCarryingTheNonce() throws {
        let nonce = NTPTimestamp(raw: 0x0123_4567_89AB_CDEF)
        let bytes = NTPPacket.request(transmit: nonce).bytes
        #expect(bytes.count == 48)
        #expect(bytes[0] == 0x23)   // LI 0, VN 4, mode 3
        #expect(Array(bytes[40..<48]) == [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF])
        #expect(bytes[1..<40].allSatisfy { $0 == 0 })
        let parsed = try NTPPacket.parse(bytes)
        #expect(parsed.transmitTimestamp == nonce)
        #expect(parsed.mode == 3 && parsed.version == 4)
    }

    @Test func parsingNeverReadsPastTheBuffer() {
        for length in [0, 1, 12, 47] {
            #expect(throws: SNTPError.shortReply(length: length)) { try NTPPacket.parse([UInt8](repeating: 0xFF, count: length)) }
        }
        #expect(throws: Never.self) { try NTPPacket.parse([UInt8](repeating: 0xFF, count: 1024)) }
    }

    /// Random bytes of random length, and valid replies with random fields: the parser and the
    /// reply checks either accept or give a typed error, and never trap.
    @Test func randomRepliesNeverCrashTheParser() {
        var generator = SystemRandomNumberGenerator()
        let request = NTPPacket.request(transmit: NTPTimestamp(raw: 0x1234_5678_9ABC_DEF0))
        var accepted = 0
        for round in 0..<5_000 {
            var bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if round.isMultiple(of: 2), bytes.count >= 48 {
                bytes[0] = 0x24   // LI 0, version 4, mode 4
                bytes.replaceSubrange(24..<32, with: request.transmitTimestamp.bytes)
            }
            do {
                let reply = try NTPPacket.parse(bytes)
                try reply.validateAsReply(to: request)
                accepted += 1
                #expect(reply.stratum > 0 && reply.stratum < 16 && reply.leapIndicator != 3)
            } catch {
                #expect(!error.description.isEmpty, "a typed SNTPError that says what failed")
            }
        }
        #expect(accepted > 0, "some well-formed random replies pass")
    }

    @Test func offsetAndDelayFollowTheStandardFormula() {
        // Server 10 s ahead, 40 ms each way, 1 ms processing.
        let (offset, delay) = NTPMeasurement.compute(t1: 100.000, t2: 110.040, t3: 110.041, t4: 100.081)
        #expect(abs(offset - 10.0) < 1e-9)
        #expect(abs(delay - 0.080) < 1e-9)
    }

    struct ThresholdCase: Sendable, CustomTestStringConvertible {
        let clockError: Double
        let band: ClockVerdict.Band
        let wholeHours: Int?
        var testDescription: String { "\(clockError) s" }
    }

    static let thresholdCases: [ThresholdCase] = [
        ThresholdCase(clockError: 0, band: .right, wholeHours: nil),
        ThresholdCase(clockError: -5, band: .right, wholeHours: nil),
        ThresholdCase(clockError: 5.5, band: .drifting, wholeHours: nil),
        ThresholdCase(clockError: 60, band: .drifting, wholeHours: nil),
        ThresholdCase(clockError: -61, band: .off, wholeHours: nil),
        ThresholdCase(clockError: 300, band: .off, wholeHours: nil),
        ThresholdCase(clockError: 3600, band: .off, wholeHours: 1),
        ThresholdCase(clockError: 4 * 3600, band: .off, wholeHours: 4),
        ThresholdCase(clockError: 4 * 3600 + 1, band: .tooFar, wholeHours: 4),
        ThresholdCase(clockError: -8 * 3600 + 42, band: .tooFar, wholeHours: 8),
        ThresholdCase(clockError: 8 * 3600 + 600, band: .tooFar, wholeHours: nil),
        ThresholdCase(clockError: -432_000, band: .tooFar, wholeHours: nil),
    ]

    @Test(arguments: thresholdCases)
    func thresholds(_ example: ThresholdCase) {
        let verdict = ClockVerdict(clockError: example.clockError)
        #expect(verdict.band == example.band)
        #expect(verdict.wholeHours == example.wholeHours)
        let expectedStatus: CheckResult.Status = switch example.band {
        case .right, .drifting: .pass
        case .off: .warn
        case .tooFar: .fail
        }
        #expect(verdict.status == expectedStatus)
    }

    @Test func textFormsOfDurationsAndTimes() {
        #expect(DurationText.signedOffset(0.0123) == "+0.012 s")
        #expect(DurationText.signedOffset(-0.0004) == "+0.000 s")
        #expect(DurationText.signedOffset(-300) == "-300.000 s")
        #expect(DurationText.signedOffset(28_800) == "+28800.0 s")
        #expect(DurationText.signedOffset(-432_000) == "-432000 s")
        #expect(DurationText.milliseconds(0.00042) == "0.42 ms")
        #expect(DurationText.signedOffset(.nan) == "+nan s")
        let chinese = Localizer(table: (try? StringTable.bundled()) ?? StringTable(entries: [:]), language: .zhTW)
        #expect(DurationText.humanized(.infinity, localizer: chinese) == "inf")
        #expect(DurationText.humanized(432_000, localizer: chinese) == "5 天 0 小時")
        #expect(DurationText.humanized(28_800, localizer: chinese) == "8 小時 0 分鐘")
        #expect(DurationText.humanized(300, localizer: chinese.switched(to: .en)) == "5 min 0 s")
        #expect(DurationText.seconds(0.5) == "0.5 s")
        #expect(CivilTime(unixTime: 0, utcOffsetSeconds: 0)?.dateTimeText == "1970-01-01 00:00:00")
        #expect(CivilTime(unixTime: 1_795_000_000, utcOffsetSeconds: 0)?.dateTimeText == "2026-11-18 11:06:40")
        #expect(CivilTime(unixTime: 1_795_000_000, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)?.dateTimeText == "2026-11-18 19:06:40")
        #expect(CivilTime(unixTime: 951_782_400, utcOffsetSeconds: 0)?.dateTimeText == "2000-02-29 00:00:00")
        #expect(CivilTime(unixTime: -1, utcOffsetSeconds: 0)?.dateTimeText == "1969-12-31 23:59:59")
    }

    /// The times are said once: a single "now" when both clocks agree to the second, else this
    /// computer's and the reference's, each in UTC and in Taipei time (the date dropped only when
    /// it is the UTC text's); the figure holds the error, round trip and stratum, no times.
    @Test func theClockLineSaysEachTimeOnce() throws {
        let en = Localizer(table: try StringTable.bundled(), language: .en)
        let server = Endpoint(host: "127.0.0.1", port: 123)
        func check(local: Double, offset: Double) -> CheckResult {
            CheckResult(.clock(.measured(NTPMeasurement(offset: offset, delay: 0.004, stratum: 8, serverTime: local + offset,
                                                        localTime: local, serverAddress: "127.0.0.1", referenceID: "LOCL"),
                                         server: server, isWSL: false)))
        }
        let agreeing = check(local: 1_795_000_000, offset: 0.2)
        #expect(agreeing.status == .pass)
        #expect(agreeing.text(en).message == "The clock is right (against 127.0.0.1:123). It is now 2026-11-18 11:06:40 UTC (19:06:40 Taipei).")
        #expect(agreeing.text(en).value == "-0.200 s, round trip 4.00 ms, stratum 8")
        #expect(agreeing.text(en.switched(to: .zhTW)).message == "本機時鐘正確（以 127.0.0.1:123 為準）。現在是 2026-11-18 11:06:40 UTC（台北 19:06:40）。")

        let right = check(local: 1_795_000_000, offset: 2)                       // 2026-11-18 11:06:40 UTC
        #expect(right.status == .pass)
        #expect(right.text(en).message == "The clock is right (against 127.0.0.1:123). This computer: 2026-11-18 11:06:40 UTC "
            + "(19:06:40 Taipei); reference: 2026-11-18 11:06:42 UTC (19:06:42 Taipei).")

        let late = check(local: 1_795_021_600, offset: -300)                      // 17:06:40 UTC is 01:06:40 next day in Taipei
        #expect(late.status == .warn)
        #expect(late.text(en).message.hasSuffix(" This computer: 2026-11-18 17:06:40 UTC (2026-11-19 01:06:40 Taipei); "
            + "reference: 2026-11-18 17:01:40 UTC (2026-11-19 01:01:40 Taipei)."), "\(late.text(en).message)")
        #expect(late.text(en).hint?.contains("Set time automatically") == true)

        let wrongZone = check(local: 1_795_000_000, offset: -8 * 3600)           // Taipei wall time kept under UTC
        #expect(wrongZone.status == .fail)
        #expect(wrongZone.windowsCode == .clockTooFar)
        #expect(wrongZone.text(en).message.hasPrefix("This computer's clock is 8 h ahead in UTC (against 127.0.0.1:123)."))
        #expect(wrongZone.text(en).hint == nil, "the situation's advice says how to set the clock")
        for result in [agreeing, right, late, wrongZone] {
            let text = result.text(en)
            #expect(!text.value.contains("UTC"), "times are the message's: \(text.value)")
            #expect(Self.clockTimes(in: text.message) <= 4, "each clock once, in UTC and Taipei time: \(text.message)")
        }
    }

    /// How many hh:mm:ss times a text holds.
    static func clockTimes(in text: String) -> Int {
        let characters = Array(text)
        guard characters.count >= 8 else { return 0 }
        return (0...(characters.count - 8)).filter { start in
            (0..<8).allSatisfy { offset in
                let character = characters[start + offset]
                return offset == 2 || offset == 5 ? character == ":" : character.isASCII && character.isNumber
            }
        }.count
    }

    @Test func anUnmeasuredClockSaysWhyInTheReadersWordsAndNamesTheConfiguredPort() throws {
        let zh = Localizer(table: try StringTable.bundled(), language: .zhTW)
        let server = Endpoint(host: "127.0.0.1", port: 11123)
        let unreachable = CheckResult(.clock(.unmeasured(.unreachable(reason: .errno(ENETUNREACH)), server: server))).text(zh)
        #expect(unreachable.message == "無法向 127.0.0.1:11123 取得時間：網路連不到它（網路無法到達）。")
        #expect(unreachable.hint?.contains("UDP 連接埠 11123") == true)
        let loop = CheckResult(.clock(.unmeasured(.socket(call: "connect", reason: .errno(ELOOP)), server: server))).text(zh)
        #expect(loop.message.contains("（ELOOP）"), "\(loop.message)")
        let malformed = CheckResult(.clock(.unmeasured(.badMode(3), server: server))).text(zh)
        #expect(!malformed.message.contains(where: { $0.isASCII && $0.isLetter && !"UTCNP".contains($0) }), "\(malformed.message)")
    }

    @Test func kmsHostClockIsReportedAsUnknownNotInvented() throws {
        let t = Localizer(table: try StringTable.bundled(), language: .en)
        let note = KMSHostClock.note()
        #expect(note.status == .skip)
        #expect(note.text(t).value == "not available")
        #expect(note.text(t).message.contains("echoed back"))
    }
}
