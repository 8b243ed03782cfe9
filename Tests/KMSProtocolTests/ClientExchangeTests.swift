@testable import KMSCore
@testable import KMSProtocol
@testable import KMSTesting
import Foundation
import Testing
import TestSupport

/// `KMSClient` in-process against the test host, with the random source and the clock fixed.
@Suite("KMSClient exchange", .offCooperativePool)
struct ClientExchangeTests {
    static let product = Product(
        shortName: "win10-enterprise", displayName: "Windows 10/11 Enterprise", family: .windows, release: "10",
        applicationID: UUID(uuidString: "55c92734-d682-4d71-983e-d6ec3f16059f")!,
        skuID: UUID(uuidString: "73111121-5638-40f6-bc11-f1d7b0d64300")!,
        kmsCountedID: UUID(uuidString: "58e2134f-8e11-4d17-9cb2-91069c151148")!,
        protocolVersion: 6, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43", minimumCount: 25)
    static let machineID = UUID(uuidString: "9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d")!
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func client(port: UInt16, host: String = "127.0.0.1", offer: BindOffer = .windows) -> KMSClient {
        KMSClient(endpoint: Endpoint(host: host, port: port), timeoutSeconds: 5, random: FixedRandom([0x42]),
                  clock: { now }, offer: offer, workstation: "TEST-PC")
    }

    @Test("v6 with the clock and IV fixed: the host echoes our time and CMID", arguments: [BindOffer.windows, .ndr32Only])
    func fixedSeams(offer: BindOffer) async throws {
        let responder = try ResponderProcess(["--rpc", "vlmcsd"])
        defer { responder.stop() }
        let result = try await Self.client(port: responder.port, offer: offer)
            .activate(product: Self.product, machineID: Self.machineID)
        #expect(result.responseTimestamp == Self.now)
        #expect(result.response.clientMachineID == Self.machineID)
        #expect(result.transferSyntax == (offer == .windows ? .ndr64 : .ndr32))
        #expect(result.meetsThreshold)
        #expect(responder.loggedRequests.first?.contains("workstation=TEST-PC") == true)
    }

    @Test("a forced protocol overrides the product's")
    func forcedVersion() async throws {
        let responder = try ResponderProcess(["--rpc", "py-kms"], address: "::1")
        defer { responder.stop() }
        let result = try await Self.client(port: responder.port, host: "::1")
            .activate(product: Self.product, protocol: .v4, machineID: Self.machineID)
        #expect(result.version == .v4)
        #expect(result.response.hwid == nil)
        #expect(result.remoteAddress == "[::1]:\(responder.port)")
    }

    @Test("below the threshold: a failure that still carries the answer")
    func belowThreshold() async throws {
        let responder = try ResponderProcess(["--count", "24"])
        defer { responder.stop() }
        do {
            _ = try await Self.client(port: responder.port).activate(product: Self.product, machineID: Self.machineID)
            Issue.record("a count of 24 must not activate a product that needs 25")
        } catch {
            #expect(error.kind == .belowThreshold)
            #expect(error.windowsCode == 0xC004_F038)
            #expect(error.answer?.response.currentCount == 24)
        }
    }

    @Test("the error HRESULT of a KMS host is passed on")
    func kmsError() async throws {
        let responder = try ResponderProcess(["--behaviour", "kms-error", "--hresult", "0x8007000D"])
        defer { responder.stop() }
        do {
            _ = try await Self.client(port: responder.port).activate(product: Self.product, machineID: Self.machineID)
            Issue.record("an error HRESULT must not activate")
        } catch {
            #expect(error.kind == .kmsError && error.hostStatus == 0x8007_000D && error.windowsCode == 0x8007_000D)
        }
    }
}
