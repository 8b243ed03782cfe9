import Foundation
import Testing
import TestSupport

/// Each OS chore is written once (issue 15): the program looks names up through one getaddrinfo
/// call (KMSCore/Network/AddressLookup.swift) and connects sockets through one connect call
/// (KMSCore/Network/Socket.swift). This reads Sources/ as text, so a second call site fails here
/// rather than in a review.
@Suite("One call site for each socket chore")
struct NetworkCallSiteTests {
    /// Every `.swift` file under Sources/, by its path from the package root.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let sources = SourceTree.url("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        var files: [(path: String, text: String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(SourceTree.root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `file:line` of each call of the C function `name`: the name not part of a longer one nor
    /// after a dot (a method or an enum case) unless the dot follows `Platform` or `Glibc`, not declared
    /// (`func name(`), its first argument not a Swift label (`connect(to:`), outside `//` comments.
    static func callPattern(_ name: String) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: "(?:(?<![A-Za-z0-9_.])|(?<=Glibc\\.|Platform\\.))(?<!func )\(name)\\((?![A-Za-z_][A-Za-z0-9_]*:)")
    }

    /// In the program's sources: KMSTesting is not the program's but the tests' own host side (its
    /// loopback listener makes the listening socket a test host needs), in no product of ours.
    static func callSites(of name: String) throws -> [String] {
        let pattern = try callPattern(name)
        var sites: [String] = []
        for (path, text) in try sourceFiles() where !path.hasPrefix("Sources/KMSTesting/") {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = String(line.components(separatedBy: "//")[0])
                let range = NSRange(code.startIndex..., in: code)
                if pattern.firstMatch(in: code, range: range) != nil { sites.append("\(path):\(index + 1)") }
            }
        }
        return sites
    }

    @Test("the pattern finds a C call and passes over methods, declarations and comments")
    func patternSelf() throws {
        let pattern = try Self.callPattern("connect")
        func matches(_ line: String) -> Bool { pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil }
        #expect(matches("    connect(descriptor, address, length)"))
        #expect(matches("{ Glibc.connect(descriptor, $0, $1) }"))
        #expect(matches("{ Platform.connect(descriptor, $0, $1) }"))
        #expect(!matches("try socket.connect(to: target, before: deadline)"))
        #expect(!matches("public func connect(to address: SocketAddress) {"))
        #expect(!matches("let status = reconnect(descriptor)"))
        #expect(!matches("case let .connect(call, reason): call"))
    }

    @Test("getaddrinfo is called in one place: AddressLookup")
    func oneGetaddrinfo() throws {
        let sites = try Self.callSites(of: "getaddrinfo")
        #expect(sites.count == 1, "getaddrinfo call sites: \(sites)")
        #expect(sites.allSatisfy { $0.hasPrefix("Sources/KMSCore/Network/AddressLookup.swift:") }, "\(sites)")
    }

    @Test("connect is called in one place: Socket")
    func oneConnect() throws {
        let sites = try Self.callSites(of: "connect")
        #expect(sites.count == 1, "connect call sites: \(sites)")
        #expect(sites.allSatisfy { $0.hasPrefix("Sources/KMSCore/Network/Socket.swift:") }, "\(sites)")
    }

    @Test("sockets are made in one place: Socket")
    func oneSocket() throws {
        let sites = try Self.callSites(of: "socket")
        #expect(sites.count == 1, "socket call sites: \(sites)")
        #expect(sites.allSatisfy { $0.hasPrefix("Sources/KMSCore/Network/Socket.swift:") }, "\(sites)")
    }
}
