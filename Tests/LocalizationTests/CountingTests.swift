import Testing
@testable import Localization

/// Intervals in the units people use and English counts that agree with their number.
@Suite struct CountingTests {
    static let zh = Localizer(table: (try? StringTable.bundled()) ?? StringTable(entries: [:]), language: .zhTW)
    static let en = zh.switched(to: .en)

    @Test(arguments: [(10080, "7 天", "7 days"), (120, "2 小時", "2 hours"), (60, "1 小時", "1 hour"), (1440, "1 天", "1 day"),
                      (2160, "1 天 12 小時", "1 day 12 hours"), (90, "1 小時 30 分鐘", "1 hour 30 minutes"),
                      (1, "1 分鐘", "1 minute"), (45, "45 分鐘", "45 minutes"), (0, "0 分鐘", "0 minutes")])
    func intervalsInTheLargestWholeUnits(minutes: Int, chinese: String, english: String) {
        #expect(Self.zh.interval(minutes: minutes) == chinese)
        #expect(Self.en.interval(minutes: minutes) == english)
    }

    @Test func englishCountsAgreeWithTheirNumber() {
        #expect(Self.en.counted("common.unit.clients", 1) == "1 client")
        #expect(Self.en.counted("common.unit.clients", 0) == "0 clients")
        #expect(Self.en.counted("common.unit.clients", 50) == "50 clients")
        #expect(Self.zh.counted("common.unit.clients", 1) == "1 個用戶端")
        #expect(Self.zh.counted("common.unit.clients", 50) == "50 個用戶端")
    }
}
