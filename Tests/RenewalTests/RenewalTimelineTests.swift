import KMSCore
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing

/// Deadlines from what Windows reported, with a fixed clock; every expected value was computed
/// independently with Python's datetime (UTC and UTC+08:00), not with the code under test.
@Suite struct RenewalTimelineTests {
    static func utc(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
    static let day: TimeInterval = 86_400
    /// What a KMS client reports right after a successful activation: 180 days in minutes.
    static let freshActivationMinutes = 259_200

    static func reading(at: Date, minutesLeft: Int, status: WindowsLicenseStatus = .licensed, channel: String? = "Volume:GVLK") -> WindowsReading {
        WindowsReading(readAt: at, name: "Windows(R), Education edition", licenseStatus: status, graceMinutesRemaining: minutesLeft,
                       channel: channel, partialProductKey: "VCFB2")
    }

    @Test(arguments: [
        // Windows read (Unix s) right after it activated, deadline in UTC, deadline in Taipei
        (1_705_312_800, "2024-07-13T10:00:00Z", "2024-07-13T18:00:00+08:00"),   // 2024-01-15, leap year: over 29 Feb
        (1_673_776_800, "2023-07-14T10:00:00Z", "2023-07-14T18:00:00+08:00"),   // 2023-01-15, no leap day
        (1_756_697_400, "2026-02-28T03:30:00Z", "2026-02-28T11:30:00+08:00"),   // over a year end into February
        (1_767_211_200, "2026-06-29T20:00:00Z", "2026-06-30T04:00:00+08:00"),   // Taipei already in the new year; dates differ by zone
        (1_693_672_200, "2024-02-29T16:30:00Z", "2024-03-01T00:30:00+08:00"),   // lands on 29 Feb in UTC, 1 Mar in Taipei
        (1_819_756_800, "2028-02-28T00:00:00Z", "2028-02-28T08:00:00+08:00"),   // 2027-09-01 into a leap year
        (1_709_251_200, "2024-08-28T00:00:00Z", "2024-08-28T08:00:00+08:00"),   // from 1 March of a leap year
    ])
    func deadlineIsTheReadingPlusTheMinutesWindowsReported(readAt: Int, utcDeadline: String, taipeiDeadline: String) throws {
        let deadline = try #require(Self.reading(at: Self.utc(readAt), minutesLeft: Self.freshActivationMinutes).expiresAt)
        let timeline = RenewalTimeline(deadline: deadline, now: Self.utc(readAt))
        #expect(CivilTime(timeline.deadline).iso8601 == utcDeadline)
        #expect(timeline.deadlineInTaipei.iso8601 == taipeiDeadline)
        #expect(timeline.daysLeft == 180)
        #expect(timeline.urgency == .ok)
    }

    /// Only a KMS activation Windows reported has a deadline: grace, notification, a retail or OEM
    /// licence, or no minutes left give none.
    @Test func noDeadlineWithoutAKMSActivationWindowsReported() {
        let at = Self.utc(1_705_312_800)
        #expect(Self.reading(at: at, minutesLeft: 20_160, status: .outOfBoxGrace).expiresAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 20_160, status: .outOfBoxGrace).graceEndsAt == at.addingTimeInterval(14 * Self.day))
        #expect(Self.reading(at: at, minutesLeft: 0, status: .notification).expiresAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 0, status: .notification).graceEndsAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 0).expiresAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 43_200, channel: "Retail").expiresAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 0, channel: "OEM:DM").expiresAt == nil)
        #expect(Self.reading(at: at, minutesLeft: 60, channel: nil).expiresAt == at.addingTimeInterval(3600), "no channel reported: KMS is assumed")
    }

    @Test(arguments: [
        ("2000-02-29", 951_782_400), ("2100-02-28", 4_107_456_000), ("2100-03-01", 4_107_542_400),
        ("1969-12-31", -86_400), ("2038-01-19", 2_147_472_000), ("1970-01-01", 0),
    ])
    func civilDatesMatchAnIndependentCalendar(text: String, unix: Int) {
        #expect(CivilTime(Self.utc(unix)).dateText == text)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        #expect(CivilTime.date(year: parts[0], month: parts[1], day: parts[2]) == Self.utc(unix))
    }

    @Test func everyDayOfFourYearsRoundTrips() {
        // 2023-01-01 .. 2026-12-31 covers a leap year and three common ones: each date is the previous plus one day.
        var previous = CivilTime(Self.utc(1_672_531_200))
        #expect(previous.dateText == "2023-01-01")
        var februaryLengths: [Int: Int] = [:]
        for offset in 1..<(365 * 3 + 366) {
            let current = CivilTime(Self.utc(1_672_531_200 + offset * 86_400))
            #expect(current > previous)
            #expect(CivilTime.date(year: current.year, month: current.month, day: current.day) == Self.utc(1_672_531_200 + offset * 86_400))
            if current.month == 2 { februaryLengths[current.year] = current.day }
            previous = current
        }
        #expect(februaryLengths == [2023: 28, 2024: 29, 2025: 28, 2026: 28])
    }

    @Test func warningPeriodAndOverdueBoundaries() {
        let deadline = Self.utc(1_720_864_800)   // 2024-07-13 10:00 UTC
        let at = { (daysBefore: Double) in RenewalTimeline(deadline: deadline, now: deadline.addingTimeInterval(-daysBefore * Self.day)) }
        #expect(at(31).urgency == .ok)
        #expect(at(31).daysLeft == 31)
        #expect(at(30).urgency == .dueSoon)               // exactly 30 days left
        #expect(at(30).daysLeft == 30)
        #expect(at(0.5).urgency == .dueSoon)
        #expect(at(0.5).daysLeft == 0)
        #expect(at(0).urgency == .overdue)                // the deadline itself
        #expect(at(-20).urgency == .overdue)
        #expect(at(-20).daysLeft == -20)
        #expect(at(-0.99).daysLeft == 0, "rounded towards zero")
    }

    /// A clock set far back (or Windows read long ago) only makes more days left, never a trap.
    @Test func aClockFarBeforeTheDeadlineIsOkWithTheDaysLeft() {
        let deadline = Self.utc(1_720_864_800)
        let timeline = RenewalTimeline(deadline: deadline, now: deadline.addingTimeInterval(-3 * 365 * Self.day))
        #expect(timeline.daysLeft == 1095)
        #expect(timeline.urgency == .ok)
    }

    @Test func customPolicyMovesTheWarningEdge() {
        let deadline = Self.utc(10 * 86_400)
        let policy = RenewalPolicy(warningDays: 3)
        #expect(RenewalTimeline(deadline: deadline, now: Self.utc(6 * 86_400), policy: policy).urgency == .ok)
        #expect(RenewalTimeline(deadline: deadline, now: Self.utc(7 * 86_400), policy: policy).urgency == .dueSoon)
        #expect(RenewalTimeline(deadline: deadline, now: Self.utc(7 * 86_400)).urgency == .dueSoon, "the campus policy warns 30 days ahead")
        #expect(RenewalTimeline(deadline: deadline, now: Self.utc(6 * 86_400), policy: policy).daysLeft == 4)
    }

    @Test func displayTextsShowTheOffset() {
        let moment = Self.utc(1_767_211_200)   // 2025-12-31 20:00 UTC
        #expect(CivilTime(moment).description == "2025-12-31 20:00 UTC")
        #expect(CivilTime.taipei(moment).description == "2026-01-01 04:00 UTC+8")
        #expect(CivilTime(moment).iCalendarUTC == "20251231T200000Z")
    }

    @Test func textsForOtherScreens() {
        let moment = Self.utc(1_767_211_207)   // 2025-12-31 20:00:07 UTC
        #expect(CivilTime.taipei(moment).dateTimeText == "2026-01-01 04:00:07")
        #expect(CivilTime(moment).timeText == "20:00")
        #expect(CivilTime.offsetText(-(3 * 3600 + 30 * 60)) == "UTC-3:30")
        #expect(CivilTime(unixTime: 1_767_211_207.9, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds) == CivilTime.taipei(moment))
        #expect(CivilTime(unixTime: -0.5)?.dateTimeText == "1969-12-31 23:59:59")
    }

    /// Times from outside (an NTP reply, a file) must give "no date" or a clamped one, never a trap.
    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e19])
    func unrepresentableTimesDoNotTrap(unixTime: Double) {
        #expect(CivilTime(unixTime: unixTime) == nil)
        let limit = unixTime.isNaN ? 0 : (unixTime > 0 ? CivilTime.supportedSeconds : -CivilTime.supportedSeconds)
        #expect(CivilTime(Date(timeIntervalSince1970: unixTime)) == CivilTime(Date(timeIntervalSince1970: limit)))
        #expect(CivilTime(Self.utc(0), utcOffsetSeconds: .max).utcOffsetSeconds == 86_400)
    }
}
