@testable import KMSCore
@testable import WindowsBridge
import Foundation
import Testing
import TestSupport

/// Reading Windows' own licence state: the parser on PowerShell 5.1's JSON shapes, then the
/// reader against the simulated Windows (a real powershell.exe subprocess under a fake root)
/// for each case kmswizard must tell apart, and for PowerShell missing, failing or too slow.
@Suite(.offCooperativePool) struct WindowsLicenceReaderTests {
    static let education = #"{"ID":"e0c42288-980c-4788-a014-c080d2e1926e","ApplicationID":"55c92734-d682-4d71-983e-d6ec3f16059f","Name":"Windows(R), Education edition","LicenseStatus":1,"LicenseStatusReason":0,"GracePeriodRemaining":216000,"ProductKeyChannel":"Volume:GVLK","PartialProductKey":"VCFB2","KeyManagementServiceMachine":"","KeyManagementServicePort":0}"#
    static let office = #"{"ID":"d450596f-894d-49e0-966a-fd39ed4c4c64","ApplicationID":"0ff1ce15-a989-479d-af46-f275c6370663","Name":"Office 16, Office16ProPlusVL_KMS_Client edition","LicenseStatus":2,"LicenseStatusReason":3221549172,"GracePeriodRemaining":20160,"ProductKeyChannel":"Volume:GVLK","PartialProductKey":"WFG99","KeyManagementServiceMachine":"kms.example.test","KeyManagementServicePort":1688}"#

    static let catalog: [Product] = (try? ProductCatalog.bundled().products) ?? []

    // MARK: - The JSON shapes PowerShell 5.1 writes

    @Test func oneLicenceIsASingleObject() throws {
        let licences = try WindowsLicenceReader.parse(Self.education + "\r\n")
        #expect(licences.count == 1)
        let licence = try #require(licences.first)
        #expect(licence.activationID == UUID(uuidString: "e0c42288-980c-4788-a014-c080d2e1926e"))
        #expect(licence.applicationID == UUID(uuidString: "55c92734-d682-4d71-983e-d6ec3f16059f"))
        #expect(licence.name == "Windows(R), Education edition")
        #expect(licence.status == .licensed)
        #expect(licence.statusReason == nil, "0 is no reason")
        #expect(licence.graceMinutes == 216_000)
        #expect(licence.keyChannel == .volumeKMS)
        #expect(licence.partialProductKey == "VCFB2")
        #expect(licence.kmsHost == nil && licence.kmsPort == nil, "empty host and port 0: found through DNS")
    }

    @Test func severalLicencesAreAnArrayInWindowsOrder() throws {
        let licences = try WindowsLicenceReader.parse("[" + Self.education + "," + Self.office + "]")
        #expect(licences.map(\.name) == ["Windows(R), Education edition", "Office 16, Office16ProPlusVL_KMS_Client edition"])
        let office = try #require(licences.last)
        #expect(office.status == .outOfBoxGrace)
        #expect(office.statusReason == 0xC004F074, "uint32 HRESULTs above Int32.max keep their value")
        #expect(office.kmsHost == "kms.example.test" && office.kmsPort == 1688)
    }

    @Test(arguments: ["", "\r\n", "null", "null\r\n", "\u{FEFF}", "\u{FEFF}null\r\n"])
    func noLicenceIsNothingOrNull(text: String) throws {
        #expect(try WindowsLicenceReader.parse(text).isEmpty)
    }

    @Test func aByteOrderMarkAndCRLFAreNotPartOfTheJSON() throws {
        #expect(try WindowsLicenceReader.parse("\u{FEFF}" + Self.education + "\r\n").map(\.partialProductKey) == ["VCFB2"])
        #expect(try WindowsLicenceReader.parse("\u{FEFF}[" + Self.office + "]\r\n").map(\.partialProductKey) == ["WFG99"])
    }

    @Test(arguments: ["<html>", "{", "[1,2]", "\"text\"", "Get-CimInstance : Invalid class", "{\"ID\":5}x", "[{\"ID\":1}"])
    func garbageIsUnreadableNotEmpty(text: String) {
        #expect(throws: WindowsLicenceReadError.unreadable) { try WindowsLicenceReader.parse(text) }
    }

    @Test func entriesWithoutAnIDOrWithAnUndocumentedStatusAreLeftOut() throws {
        let noID = #"{"ID":null,"Name":"x","LicenseStatus":1}"#
        let badStatus = #"{"ID":"e0c42288-980c-4788-a014-c080d2e1926e","Name":"x","LicenseStatus":9}"#
        let negativeGrace = #"{"ID":"e0c42288-980c-4788-a014-c080d2e1926e","Name":"x","LicenseStatus":1,"GracePeriodRemaining":-5,"KeyManagementServicePort":70000}"#
        let licences = try WindowsLicenceReader.parse("[\(noID),\(badStatus),\(negativeGrace)]")
        #expect(licences.count == 1)
        #expect(licences.first?.graceMinutes == 0)
        #expect(licences.first?.kmsPort == nil)
    }

    // MARK: - Through the simulated Windows' powershell.exe

    static func reader(_ windows: SimulatedWindows, timeout: Double = 20) throws -> WindowsLicenceReader {
        let wsl = try WSLEnvironment.detect(.system(environment: Variables(windows.environment)))
        return WindowsLicenceReader(wsl: wsl, timeoutSeconds: timeout, fileExists: { FileManager.default.fileExists(atPath: $0) })
    }

    static func readOne(_ licence: SimulatedWindows.Licence) throws -> InstalledProduct {
        let windows = try SimulatedWindows(licences: [licence])
        defer { windows.remove() }
        let licences = try reader(windows).read()
        #expect(licences.count == 1, "\(licences)")
        #expect(windows.calls(of: "powershell") == [["-NoProfile", "-NonInteractive", "-Command", WindowsLicenceReader.command]])
        return InstalledProduct(licence: try #require(licences.first), catalog: catalog)
    }

    @Test func windows10EducationLicensedIsTheCatalogsEducationThroughKMS() throws {
        let installed = try Self.readOne(.windows10EducationLicensed())
        #expect(installed.kmsProduct?.shortName == "win10-education")
        #expect(installed.licence.status == .licensed)
        #expect(installed.licence.graceMinutes == 150 * 1440)
        #expect(installed.licence.kmsHost == "127.0.0.1" && installed.licence.kmsPort == 1688)
        let readAt = Date(timeIntervalSince1970: 1_764_028_800)
        #expect(installed.licence.reading(at: readAt).expiresAt == readAt.addingTimeInterval(150 * 86_400))
    }

    @Test func windows11ProInNotificationIsAKMSProductNotActivated() throws {
        let installed = try Self.readOne(.windows11ProNotification)
        #expect(installed.kmsProduct?.shortName == "win10-pro")
        #expect(installed.licence.status == .notification)
        #expect(installed.licence.statusReason == 0xC004F009)
        #expect(installed.licence.reading(at: Date()).expiresAt == nil, "not activated: no expiry")
    }

    @Test func windows11HomeIsNotAKMSEdition() throws {
        let installed = try Self.readOne(.windows11HomeRetail)
        #expect(!Self.catalog.contains { $0.skuID == installed.licence.activationID })
        #expect(installed.fit == .licensedOtherwise, "licensed with its own retail key: it needs nothing")
        var unlicensed = SimulatedWindows.Licence.windows11HomeRetail
        unlicensed.LicenseStatus = 5
        #expect(try Self.readOne(unlicensed).fit == .notKMS, "Home in notification needs its own key, never the campus host")
    }

    @Test func proOnAnOEMChannelIsLicensedOtherwiseEvenWithTheCatalogsID() throws {
        let installed = try Self.readOne(.windowsProOEMLicensed)
        #expect(Self.catalog.contains { $0.skuID == installed.licence.activationID })
        #expect(installed.licence.keyChannel == .oem)
        #expect(installed.fit == .licensedOtherwise)
        #expect(installed.licence.reading(at: Date()).expiresAt == nil, "an OEM licence does not expire")
    }

    @Test func office2016InGraceIsTheCatalogsOfficeWithItsGraceEnd() throws {
        let installed = try Self.readOne(.office2016ProPlusInGrace)
        #expect(installed.kmsProduct?.shortName == "office2016-proplus")
        #expect(installed.licence.status == .outOfBoxGrace)
        let readAt = Date(timeIntervalSince1970: 1_764_028_800)
        let reading = installed.licence.reading(at: readAt)
        #expect(reading.expiresAt == nil)
        #expect(reading.graceEndsAt == readAt.addingTimeInterval(14 * 86_400))
    }

    @Test func office365RetailIsNotAKMSProduct() throws {
        let installed = try Self.readOne(.office365Retail)
        #expect(installed.kmsProduct == nil)
        #expect(installed.licence.keyChannel == .retail)
        #expect(installed.fit == .licensedOtherwise)
    }

    @Test func everyPresetAtOnceIsAnArrayWithoutTheUnkeyedEditions() throws {
        let presets: [SimulatedWindows.Licence] = [.windows10EducationLicensed(), .office2016ProPlusInGrace, .office365Retail]
        let windows = try SimulatedWindows(licences: presets)
        defer { windows.remove() }
        #expect(try windows.machine().licences.count == presets.count + 2, "Windows also lists editions without a key")
        let licences = try Self.reader(windows).read()
        #expect(licences.map(\.partialProductKey) == ["VCFB2", "WFG99", "H8DN8"])
        let fits = InstalledProduct.match(licences, catalog: Self.catalog).map { $0.kmsProduct?.shortName }
        #expect(fits == ["win10-education", "office2016-proplus", nil])
    }

    @Test func noOfficeAndNoLicenceAtAll() throws {
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        #expect(try Self.reader(windows).read().map(\.name) == ["Windows(R), Education edition"])
        try windows.change { $0.licences.removeAll { $0.PartialProductKey != nil } }
        #expect(try Self.reader(windows).read().isEmpty, "PowerShell writes nothing")
        try windows.change { $0.nullForNone = true }
        #expect(try Self.reader(windows).read().isEmpty, "PowerShell writes null")
    }

    @Test func aByteOrderMarkAndNonASCIINamesSurviveTheRealPipe() throws {
        var licence = SimulatedWindows.Licence.windows10EducationLicensed()
        licence.Name = "Windows(R), Education edition（教育版）<&'>"
        let windows = try SimulatedWindows(licences: [licence])
        defer { windows.remove() }
        try windows.change { $0.byteOrderMark = true }
        #expect(try Self.reader(windows).read().map(\.name) == ["Windows(R), Education edition（教育版）<&'>"])
    }

    @Test func office2010IsReadFromTheOSPPClass() throws {
        let office2010 = SimulatedWindows.Licence(
            id: "6f327760-8c5c-417c-9b61-836a98287e0c", application: SimulatedWindows.office2010Application,
            name: "Office 14, OfficeProPlus-KMS_Client edition", description: "Office 14, VOLUME_KMSCLIENT channel",
            status: 1, graceMinutes: 100 * 1440, channel: "Volume:GVLK", partialKey: "H3GVB")
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), office2010])
        defer { windows.remove() }
        let installed = InstalledProduct.match(try Self.reader(windows).read(), catalog: Self.catalog)
        #expect(installed.map { $0.kmsProduct?.shortName } == ["win10-education", "office2010-proplus"])
    }

    // MARK: - When PowerShell cannot answer

    @Test func missingPowerShellIsSaidWithItsPath() throws {
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()], powershell: .missing)
        defer { windows.remove() }
        #expect(throws: WindowsLicenceReadError.powershellMissing(path: windows.powershellPath)) { try Self.reader(windows).read() }
        #expect(windows.calls.isEmpty)
    }

    @Test func failingPowerShellQuotesWindowsText() throws {
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()], powershell: .failing)
        defer { windows.remove() }
        let reader = try Self.reader(windows)
        do {
            _ = try reader.read()
            Issue.record("a failing PowerShell was read as an answer")
        } catch {
            guard case let .failed(status, text) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(status == 1)
            #expect(text.hasPrefix("Get-CimInstance : The WS-Management service cannot process the request."))
            #expect(!text.hasSuffix("\n"))
            #expect(error.word == "failed")
        }
    }

    @Test func slowerThanTheTimeoutIsATimeoutAndTheWaitIsBounded() throws {
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        try windows.setPowerShell(.slow, slowSeconds: 20)
        let started = Date()
        #expect(throws: WindowsLicenceReadError.timedOut(seconds: 0.5)) { try Self.reader(windows, timeout: 0.5).read() }
        #expect(Date().timeIntervalSince(started) < 5, "the slow PowerShell was killed at the timeout")
        try windows.setPowerShell(.slow, slowSeconds: 0.2)
        #expect(try Self.reader(windows, timeout: 10).read().count == 1, "slow but within the timeout is an answer")
    }

    // MARK: - The simulated Windows is stateful and strict, like the real one

    static func officePlan() throws -> WindowsActivationPlan {
        let product = try #require(catalog.first { $0.shortName == "office2016-proplus" })
        return try WindowsActivationPlan(products: [try ScriptProduct(product)], endpoint: Endpoint(host: "127.0.0.1", port: 1688),
                                         installKeys: false, officeBits: .probe)
    }

    @Test func anElevatedActChangesWhatTheNextQueryReturns() throws {
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace])
        defer { windows.remove() }
        let wsl = try WSLEnvironment.detect(.system(environment: Variables(windows.environment)))
        let runner = WindowsActivationRunner(wsl: wsl, fileExists: { FileManager.default.fileExists(atPath: $0) })
        let results = try runner.run(try Self.officePlan())
        #expect(results.map(\.outcome) == [.activated])
        #expect(windows.calls(of: "cscript").map { Array($0.dropFirst(3)) } == [["/sethst:127.0.0.1"], ["/setprt:1688"], ["/act"], ["/dstatus"]])
        let office = try #require(try Self.reader(windows).read().last)
        #expect(office.status == .licensed && office.graceMinutes == 259_200)
        #expect(office.kmsHost == "127.0.0.1")
        #expect(try Self.reader(windows).read().first?.graceMinutes == 150 * 1440, "ospp /act leaves Windows alone")
    }

    @Test func notElevatedChangesNothing() throws {
        let windows = try SimulatedWindows(licences: [.office2016ProPlusInGrace], elevated: false)
        defer { windows.remove() }
        let wsl = try WSLEnvironment.detect(.system(environment: Variables(windows.environment)))
        let runner = WindowsActivationRunner(wsl: wsl, fileExists: { FileManager.default.fileExists(atPath: $0) })
        #expect(throws: WindowsActivationRunner.RunError.notElevated) { try runner.run(try Self.officePlan()) }
        #expect(windows.calls(of: "cscript").isEmpty)
        #expect(try Self.reader(windows).read().first?.status == .outOfBoxGrace)
    }

    @Test(arguments: [
        ["//nologo", "//U", #"C:\Windows\System32\slmgr.vbs"#, "/bogus"],
        ["//nologo", "//U", #"C:\Windows\System32\slmgr.vbs"#, "/skms"],
        ["//nologo", "//U", #"C:\Windows\System32\slmgr.vbs"#, "/ato", "a", "b"],
        ["//nologo", "//U", #"C:\Windows\System32\slmgr.vbs"#, "/ipk", "not-a-key"],
        ["//nologo", "//Q", #"C:\Windows\System32\slmgr.vbs"#, "/ato"],
        ["//nologo", "//U", #"C:\Windows\System32\missing.vbs"#, "/ato"],
        ["//nologo", "//U", #"C:\Program Files\Microsoft Office\Office16\ospp.vbs"#, "/act:now"],
        ["//nologo", "//U", #"C:\Program Files\Microsoft Office\Office16\ospp.vbs"#, "/sethst"],
        ["//nologo", "//U", #"C:\Program Files\Microsoft Office\Office16\ospp.vbs"#, "/setprt:99999"],
        ["//nologo", "//U", #"C:\Program Files\Microsoft Office\Office16\ospp.vbs"#, "/act", "pc2"],
        ["//nologo", "//U", #"C:\Program Files\Microsoft Office\Office15\ospp.vbs"#, "/act"],
    ])
    func cscriptRefusesWhatSlmgrAndOsppRefuse(arguments: [String]) throws {
        let windows = try SimulatedWindows(licences: [.windows11ProNotification, .office2016ProPlusInGrace])
        defer { windows.remove() }
        let before = try windows.machine()
        let result = try Subprocess().run(windows.root.path + "/Windows/System32/cscript.exe", arguments, input: nil, timeoutSeconds: 20)
        #expect(result.status == 1, "\(WindowsOutput.decode(result.stdout))")
        #expect(!WindowsOutput.decode(result.stdout).isEmpty, "a refusal says why")
        #expect(try windows.machine() == before)
    }

    @Test func slmgrSkmsAndAtoActivateTheKMSWindowsOnly() throws {
        let windows = try SimulatedWindows(licences: [.windows11ProNotification, .office2016ProPlusInGrace])
        defer { windows.remove() }
        let cscript = windows.root.path + "/Windows/System32/cscript.exe"
        let slmgr = #"C:\Windows\System32\slmgr.vbs"#
        let set = try Subprocess().run(cscript, ["//nologo", "//U", slmgr, "/skms", "[::1]:1689"], input: nil, timeoutSeconds: 20)
        #expect(set.succeeded)
        let activate = try Subprocess().run(cscript, ["//nologo", "//U", slmgr, "/ato"], input: nil, timeoutSeconds: 20)
        #expect(activate.succeeded)
        #expect(ActivationTranscript.parse(WindowsOutput.decode(activate.stdout)).outcome == .activated)
        let licences = try Self.reader(windows).read()
        #expect(licences.map(\.status) == [.licensed, .outOfBoxGrace])
        #expect(licences.first?.kmsHost == "::1" && licences.first?.kmsPort == 1689)
        try windows.change { $0.activationError = "0xC004F074" }
        let refused = try Subprocess().run(cscript, ["//nologo", "//U", slmgr, "/ato"], input: nil, timeoutSeconds: 20)
        #expect(ActivationTranscript.parse(WindowsOutput.decode(refused.stdout)).failures.map(\.code) == [0xC004F074])
    }
}
