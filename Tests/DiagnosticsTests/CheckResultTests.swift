import Testing
@testable import Diagnostics

@Suite struct CheckResultTests {
    @Test func worstStatusIsTheVerdict() {
        let statuses: [CheckResult.Status] = [.pass, .skip, .warn, .pass]
        #expect(statuses.max() == .warn)
        #expect(([.pass, .fail, .warn] as [CheckResult.Status]).max() == .fail)
        #expect(([.skip] as [CheckResult.Status]).max() == .skip)
    }
}
