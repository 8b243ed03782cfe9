import KMSCore
import Testing
@testable import Diagnostics

@Suite("Network location from the route")
struct NetworkPathTests {
    let campus = [try! CIDR(parsing: "198.18.0.0/16")]

    func interface(_ name: String, pointToPoint: Bool = false, type: Int? = 1) -> NetworkInterface {
        NetworkInterface(name: name, addresses: [], isPointToPoint: pointToPoint, hardwareType: type)
    }

    @Test("tunnels are recognised by flag, ARP type or name")
    func tunnels() {
        #expect(interface("eth0", pointToPoint: true).isTunnel)
        #expect(interface("vpn0", type: 65534).isTunnel)
        #expect(interface("ppp0", type: 512).isTunnel)
        #expect(interface("fortissl", type: nil).isTunnel)
        #expect(interface("tun3", type: nil).isTunnel)
        #expect(!interface("eth0").isTunnel)
        #expect(!interface("wlan0", type: nil).isTunnel)
    }

    @Test("a tunnel means VPN even with a campus address; a campus address without one means campus")
    func classification() throws {
        let campusAddress = try #require(IPAddress("198.18.20.20"))
        let homeAddress = try #require(IPAddress("192.0.2.7"))
        #expect(NetworkPath.classify(source: campusAddress, interface: interface("eth0"), campus: campus) == .campus)
        #expect(NetworkPath.classify(source: campusAddress, interface: interface("tun0", type: 65534), campus: campus) == .vpn)
        #expect(NetworkPath.classify(source: homeAddress, interface: interface("ppp0", pointToPoint: true), campus: campus) == .vpn)
        #expect(NetworkPath.classify(source: homeAddress, interface: interface("eth0"), campus: campus) == .offCampus)
        #expect(NetworkPath.classify(source: homeAddress, interface: nil, campus: campus) == .offCampus)
    }

    @Test("the loopback route is found without sending anything")
    func loopbackRoute() throws {
        let path = NetworkPath.find(to: try #require(IPAddress("127.0.0.1")), port: 1688, campus: campus)
        #expect(path.location == .offCampus)
        #expect(path.source == IPAddress("127.0.0.1"))
        #expect(path.interface?.name == "lo")
        #expect(path.interface?.isTunnel == false)
    }
}
