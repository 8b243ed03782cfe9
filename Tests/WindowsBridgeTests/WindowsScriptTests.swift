@testable import KMSCore
@testable import WindowsBridge
import Foundation
import Testing
import TestSupport
import Localization

/// The generated `.cmd` files, byte for byte (code page 950, CRLF) against the expected files in
/// Tests/Fixtures/windows/, and the refusal of every value that could smuggle a command into them.
/// The fixtures were converted to CP950 with the iconv command, not with the code under test.
@Suite struct WindowsScriptTests {
    static func render(_ products: [ScriptProduct], _ endpoint: Endpoint = ScriptSamples.labHost, keys: Bool, bits: OfficeBits = .probe) throws -> String {
        BatchScriptRenderer(table: try StringTable.bundled()).render(try ScriptSamples.plan(products, endpoint, keys: keys, bits: bits))
    }

    /// The file's bytes against the fixture's; when KMSWIZARD_UPDATE_FIXTURES=1 the fixture is
    /// rewritten first (for a deliberate change, then reviewed in the diff).
    static func expectFileMatchesFixture(_ plan: WindowsActivationPlan, _ name: String) throws {
        let bytes = try BatchScriptRenderer(table: try StringTable.bundled()).renderFile(plan)
        let url = ScriptSamples.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KMSWIZARD_UPDATE_FIXTURES"] == "1" {
            try Data(bytes).write(to: url)
        }
        let expected = [UInt8](try Data(contentsOf: url))
        let firstDifference = zip(bytes, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(bytes == expected, "\(name): \(bytes.count) bytes generated, \(expected.count) expected, first difference at \(firstDifference.map(String.init) ?? "the end")")
    }

    @Test func windows7WithKeyInstall() throws {
        try Self.expectFileMatchesFixture(try ScriptSamples.plan([ScriptSamples.win7], keys: true), "win7-enterprise.cmd")
    }

    @Test func windows10And11WithoutKeyInstall() throws {
        try Self.expectFileMatchesFixture(try ScriptSamples.plan([ScriptSamples.win10], keys: false), "win10-enterprise.cmd")
    }

    @Test func office2010SixtyFourBit() throws {
        try Self.expectFileMatchesFixture(try ScriptSamples.plan([ScriptSamples.office2010], keys: true, bits: .x64), "office2010-proplus-x64.cmd")
    }

    @Test func office2016ThirtyTwoBitOnAnotherPort() throws {
        let host = Endpoint(host: "kms.campus.test", port: 1689)
        try Self.expectFileMatchesFixture(try ScriptSamples.plan([ScriptSamples.office2016], host, keys: true, bits: .x86), "office2016-proplus-x86.cmd")
    }

    /// The Chinese lines really are Big5 in the file: 成功 is A6 A8 A5 5C in code page 950.
    @Test func fileIsCodePage950() throws {
        let bytes = try BatchScriptRenderer(table: try StringTable.bundled()).renderFile(try ScriptSamples.plan([ScriptSamples.win7], keys: true))
        #expect(bytes.starts(with: Array("@echo off\r\nchcp 950 >nul\r\n".utf8)))
        let success: [UInt8] = [0xA6, 0xA8, 0xA5, 0x5C]
        #expect((0...(bytes.count - success.count)).contains { Array(bytes[$0..<($0 + success.count)]) == success })
        // The same text as UTF-8 would be longer: every Chinese character is 3 bytes there, 2 here.
        let text = try Self.render([ScriptSamples.win7], keys: true)
        #expect(bytes.count < text.utf8.count && String(decoding: bytes, as: UTF8.self) != text)
    }

    /// A character Big5 lacks (a simplified-only character, an emoji) is an error value naming it, not a `?` in the file.
    @Test func characterOutsideCodePage950IsRefused() throws {
        for name in ["Windows 们", "Office 😀"] {
            let product = try ScriptProduct(shortName: "odd", displayName: name, family: .windows, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43")
            let plan = try ScriptSamples.plan([product], keys: false)
            #expect(throws: WindowsScriptError.notInCodePage(character: String(name.last!), codePage: 950)) {
                try BatchScriptRenderer(table: try StringTable.bundled()).renderFile(plan)
            }
        }
        #expect(try BatchCodePage.encode("") == [])
        #expect(try BatchCodePage.encode("啟用 OK") == [0xB1, 0xD2, 0xA5, 0xCE, 0x20, 0x4F, 0x4B])
    }

    @Test func everyScriptHasTheSafetyFrame() throws {
        for bits in OfficeBits.allCases {
            let text = try Self.render([ScriptSamples.win10, ScriptSamples.office2016, ScriptSamples.office2010], keys: true, bits: bits)
            let bytes = Array(text.utf8)
            #expect(!bytes.enumerated().contains { $0.element == 0x0A && ($0.offset == 0 || bytes[$0.offset - 1] != 0x0D) }, "LF without CR")
            #expect(text.hasPrefix("@echo off\r\nchcp 950 >nul\r\n"))
            #expect(!text.hasPrefix("\u{FEFF}"))
            let firstChinese = text.unicodeScalars.firstIndex { $0.value >= 0x3000 }
            #expect(firstChinese.map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0
                    > text.utf8.distance(from: text.startIndex, to: text.range(of: "chcp 950")!.upperBound))
            #expect(text.contains("fltmc >nul 2>&1\r\nif errorlevel 1 goto :not_elevated\r\n"))
            #expect(text.contains("0x80070005"))
            // One Office group per folder, each activated once.
            #expect(text.components(separatedBy: "\" /act ").count == 3)
            #expect(text.contains("/inpkey:XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99") && text.contains("/inpkey:VYBBJ-TRJPB-QFQRF-QFT4D-H3GVB"))
        }
    }

    @Test func officeBitnessChoosesTheFolder() throws {
        let x64 = try Self.render([ScriptSamples.office2016], keys: false, bits: .x64)
        let x86 = try Self.render([ScriptSamples.office2016], keys: false, bits: .x86)
        let probe = try Self.render([ScriptSamples.office2016], keys: false, bits: .probe)
        #expect(x64.contains("%ProgramW6432%\\Microsoft Office\\Office16\\ospp.vbs") && !x64.contains("(x86)"))
        #expect(x86.contains("%ProgramFiles(x86)%\\Microsoft Office\\Office16\\ospp.vbs") && !x86.contains("ProgramW6432"))
        #expect(probe.contains("if not exist \"%KMSWIZARD_OSPP%\" if defined ProgramFiles(x86)"))
        #expect(Set([x64, x86, probe]).count == 3)
    }

    @Test(arguments: ["1.2.3.4&calc", "\"x|y\"", "host name", "a^b", "x>y", "(x)", "fe80::1%eth0", "a%PATH%b", "evil\r\nstart calc", "", "-rf"])
    func hostileHostsAreRefused(host: String) throws {
        // The flag parser refuses all but the zoned IPv6 address, which is fine to connect to but holds a batch `%`.
        if !host.contains("%eth0") {
            #expect(throws: (any Error).self) { try Endpoint.parse(host, defaultPort: 1688) }
        }
        #expect(throws: WindowsScriptError.self) {
            try WindowsActivationPlan(products: [ScriptSamples.win10], endpoint: Endpoint(host: host, port: 1688), installKeys: false, officeBits: .probe)
        }
    }

    @Test func hostileProductValuesAreRefused() {
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "win10&calc", displayName: "x", family: .windows, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43") }
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "win10", displayName: "100%", family: .windows, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43") }
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "win10", displayName: "x", family: .windows, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT4&") }
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "win10", displayName: "x", family: .windows, gvlk: "NPPR9 FWDCX D2C8J H872K 2YT43") }
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "o", displayName: "x", family: .office(folder: "..\\x"), gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43") }
        #expect(throws: WindowsScriptError.self) { try ScriptProduct(shortName: "o", displayName: "x", family: .office(folder: "Office1&"), gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43") }
    }

    @Test func oneWindowsEditionAtATime() {
        #expect(throws: WindowsScriptError.severalWindows(["win7-enterprise", "win10-enterprise"])) {
            try WindowsActivationPlan(products: [ScriptSamples.win7, ScriptSamples.win10], endpoint: ScriptSamples.labHost, installKeys: false, officeBits: .probe)
        }
        #expect(throws: WindowsScriptError.noProducts) {
            try WindowsActivationPlan(products: [], endpoint: ScriptSamples.labHost, installKeys: false, officeBits: .probe)
        }
    }

    @Test func echoedTextIsEscaped() {
        #expect(BatchText.echo("a & b | c (d) <e> ^f 100%") == "echo a ^& b ^| c ^(d^) ^<e^> ^^f 100%%")
        #expect(BatchText.echo("") == "echo.")
    }

    @Test func ipv6HostIsBracketedForSlmgrOnly() throws {
        let text = try Self.render([ScriptSamples.win10, ScriptSamples.office2016], Endpoint(host: "2001:db8::17", port: 1688), keys: false)
        #expect(text.contains("slmgr.vbs\" /skms [2001:db8::17]:1688\r\n"))
        #expect(text.contains("/sethst:2001:db8::17\r\n"))
    }
}
