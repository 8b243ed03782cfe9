import Platform
import KMSCore
import Renewal
import Testing
@testable import Wizard

/// The activation file's name carries the time in Taipei, as every screen beside it does,
/// whatever zone this Linux is set to (TZ is ignored on purpose here).
@Suite struct ActivationFileNameTests {
    static let moment = CivilTime.date(year: 2026, month: 12, day: 7, hour: 1, minute: 42, second: 37)   // 09:42:37 in Taipei

    static func services(home: String) -> LiveWizardServices {
        LiveWizardServices(settings: Settings(), store: StateStore(path: home + "/state.json"), table: Fixtures.table,
                           printDirectory: home, homeDirectory: home, now: { moment },
                           environment: ["TZ": "America/New_York", "HOME": home],
                           hostCheck: { _, _ in (.hostWouldActivate(Fixtures.record), .saved) })
    }

    @Test func theNameIsInTaipeiTimeAndASecondFileThatMinuteGetsTheSeconds() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-names-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let services = Self.services(home: home)

        let first = services.activationFilePath(folder: nil, at: Self.moment)
        #expect(first == home + "/kmswizard-activate-20261207-0942.cmd")
        #expect(FileManager.default.createFile(atPath: first, contents: Data()))
        #expect(services.activationFilePath(folder: nil, at: Self.moment) == home + "/kmswizard-activate-20261207-094237.cmd")
        #expect(services.activationFilePath(folder: "~/out", at: Self.moment) == home + "/out/kmswizard-activate-20261207-0942.cmd")
    }
}
