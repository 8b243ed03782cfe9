import KMSCore
import KMSProtocol
import Foundation
import Testing

/// The request's value layer: fields made from a catalog product, FILETIME, the Windows GUID
/// layout, the workstation-name field, and the host's reading of captured requests.
@Suite("KMS messages: request fields")
struct MessagesRequestFieldsTests {
    static let win10 = Product(
        shortName: "win10-enterprise", displayName: "Windows 10/11 Enterprise", family: .windows, release: "10",
        applicationID: messagesUUID("55c92734-d682-4d71-983e-d6ec3f16059f"),
        skuID: messagesUUID("73111121-5638-40f6-bc11-f1d7b0d64300"),
        kmsCountedID: messagesUUID("58e2134f-8e11-4d17-9cb2-91069c151148"),
        protocolVersion: 6, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43", minimumCount: 25)

    @Test("make(product:) asks as a fresh installation of that product does")
    func makeFromProduct() {
        let machine = messagesUUID("9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d")
        let now = Date(timeIntervalSince1970: 1_795_564_716.75)
        let fields = KMSRequestFields.make(product: Self.win10, machineID: machine, now: now, workstation: "LAB-PC-01")
        #expect(fields.version == .v6)
        #expect(!fields.isVirtualMachine)
        #expect(fields.licenseStatus == 2 && fields.graceMinutes == 43_200)
        #expect(fields.applicationID == Self.win10.applicationID && fields.skuID == Self.win10.skuID)
        #expect(fields.kmsCountedID == Self.win10.kmsCountedID)
        #expect(fields.clientMachineID == machine && fields.previousClientMachineID == KMSRequestFields.zeroID)
        #expect(fields.requiredClientCount == 25)
        #expect(fields.timestamp == 134_400_383_160_000_000)  // 2026-11-24 23:58:36 UTC, whole seconds
        #expect(fields.workstationName == "LAB-PC-01")
        #expect(KMSRequestFields.make(product: Self.win10, machineID: machine, now: now, workstation: "x",
                                      version: .v4).version == .v4)
    }

    @Test("FILETIME conversion both ways, clamped at 1601")
    func fileTime() {
        #expect(FileTime.from(Date(timeIntervalSince1970: 0)) == FileTime.unixEpoch)
        #expect(FileTime.date(134_400_383_160_000_000) == Date(timeIntervalSince1970: 1_795_564_716))
        #expect(FileTime.date(134_400_383_165_000_000) == Date(timeIntervalSince1970: 1_795_564_716.5))
        #expect(FileTime.from(Date(timeIntervalSince1970: -20_000_000_000)) == 0)
        #expect(FileTime.from(.distantFuture) > FileTime.unixEpoch)
    }

    @Test("GUIDs use the Windows byte layout")
    func windowsGUID() {
        let uuid = messagesUUID("55c92734-d682-4d71-983e-d6ec3f16059f")
        #expect(Hex.string(WindowsGUID.bytes(uuid)) == "3427c95582d6714d983ed6ec3f16059f")
        #expect(WindowsGUID.uuid(WindowsGUID.bytes(uuid)) == uuid)
        #expect(WindowsGUID.uuid([1, 2, 3]) == nil)
    }

    @Test("workstation names are cut to 63 UTF-16 units without splitting a surrogate pair")
    func workstationName() {
        var fields = KMSRequestEncoderFixture.fields
        fields.workstationName = String(repeating: "a", count: 62) + "😀"
        let decoded = BaseRequest.decode(BaseRequest.encode(fields))
        #expect(decoded?.workstationName == String(repeating: "a", count: 62))
        fields.workstationName = "實驗室-01"
        #expect(BaseRequest.decode(BaseRequest.encode(fields))?.workstationName == "實驗室-01")
        #expect(BaseRequest.encode(fields).count == BaseRequest.length)
        #expect(BaseRequest.decode(Array(BaseRequest.encode(fields).dropLast())) == nil)
    }

    @Test("a host reads every captured request back into the client's inputs", arguments: KMSFixtures.capturedNames)
    func hostReadsCapturedRequests(name: String) throws {
        for exchange in try KMSFixtures.captured(name).exchanges {
            let decoded = try KMSRequestDecoder.decode(exchange.kmsRequestHex.hexBytes)
            #expect(decoded.fields == exchange.fields)
            #expect(decoded.iv == (exchange.fields.version == .v4 ? [] : exchange.requestIV))
        }
    }

    @Test("a host refuses damaged requests with the matching error")
    func hostRefusesDamagedRequests() throws {
        for version in KMSVersion.allCases {
            var fields = KMSRequestEncoderFixture.fields
            fields.version = version
            let bytes = KMSRequestEncoder.encode(fields, iv: [UInt8](repeating: 7, count: 16)).bytes
            #expect(bytes.count == KMSRequestDecoder.requestLength(for: version))
            #expect(throws: KMSRequestError.badLength(expected: bytes.count, got: bytes.count - 1)) {
                try KMSRequestDecoder.decode(Array(bytes.dropLast()))
            }
            var flipped = bytes
            flipped[bytes.count - 1] ^= 1
            let expected: KMSRequestError = version == .v4 ? .macMismatch : .badPadding
            #expect(throws: expected) { try KMSRequestDecoder.decode(flipped) }
        }
        #expect(throws: KMSRequestError.tooShort(length: 3)) { try KMSRequestDecoder.decode([0, 0, 6]) }
        #expect(throws: KMSRequestError.unsupportedVersion(KMSWireVersion(major: 6, minor: 1))) {
            try KMSRequestDecoder.decode([1, 0, 6, 0])
        }
    }
}

/// A neutral set of request fields for tests that vary one of them.
enum KMSRequestEncoderFixture {
    static let fields = KMSRequestFields(
        version: .v6, isVirtualMachine: true, licenseStatus: 1, graceMinutes: 0,
        applicationID: messagesUUID("0ff1ce15-a989-479d-af46-f275c6370663"),
        skuID: messagesUUID("d450596f-894d-49e0-966a-fd39ed4c4c64"),
        kmsCountedID: messagesUUID("85b5f61b-320b-4be3-814a-b76b2bfafc82"),
        clientMachineID: messagesUUID("4a1e4f7a-1c2b-4d3e-8f90-a1b2c3d4e5f6"),
        previousClientMachineID: KMSRequestFields.zeroID, requiredClientCount: 5,
        timestamp: 133_000_000_000_000_000, workstationName: "OFFICE-01")
}
