import Testing
import TestSupport

/// The rule every real-peer test follows through `RequiredPeers`: run when the peer is here, skip
/// with a reason when it is not, and fail with that reason when CI requires peers.
@Suite struct DiagnoseRequiredPeersTests {
    @Test func presentPeersRun() throws {
        #expect(try RequiredPeers.decide(reasons: [], for: "t", required: false) == nil)
        #expect(try RequiredPeers.decide(reasons: [], for: "t", required: true) == nil)
    }

    @Test func missingPeerSkipsWhenOptional() throws {
        #expect(try RequiredPeers.decide(reasons: ["dnsmasq is not installed"], for: "File.swift:9", required: false)
            == "SKIP File.swift:9: dnsmasq is not installed (set KMSWIZARD_REQUIRE_PEERS=1 to make this a failure)")
    }

    @Test func missingPeerFailsWithItsReasonWhenRequired() {
        let error = #expect(throws: RequiredPeers.Missing.self) {
            try RequiredPeers.decide(reasons: ["dnsmasq is not installed", "this machine has no ::1"], for: "File.swift:9", required: true)
        }
        #expect(error?.description == "File.swift:9: a required test peer is missing (KMSWIZARD_REQUIRE_PEERS=1): "
            + "dnsmasq is not installed; this machine has no ::1")
    }

    @Test func onlyTheValueOneRequiresPeers() {
        #expect(RequiredPeers.areRequired(environment: ["KMSWIZARD_REQUIRE_PEERS": "1"]))
        #expect(!RequiredPeers.areRequired(environment: ["KMSWIZARD_REQUIRE_PEERS": "0"]))
        #expect(!RequiredPeers.areRequired(environment: [:]))
    }
}
