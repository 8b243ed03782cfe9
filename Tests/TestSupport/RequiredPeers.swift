import Platform
import Foundation
import Diagnostics
import Testing

/// The one place that decides what a test does when a real peer it needs (a network namespace,
/// IPv6 loopback, chronyd, libfaketime, dnsmasq, socat, iptables, tmux) is missing on this machine.
///
/// Why one place: a test that quietly `return`s on a missing tool counts as passed, so CI could
/// go green without ever talking to a real peer. On a developer's machine a missing peer skips the
/// test with a printed reason; with `KMSWIZARD_REQUIRE_PEERS=1` (CI exports it, and runs as root
/// with every peer installed) it is a test failure that names what is missing.
public enum RequiredPeers {
    public static let environmentVariable = "KMSWIZARD_REQUIRE_PEERS"

    public enum Peer: String, Sendable, CaseIterable {
        case networkNamespaces = "network namespaces"
        case mountNamespaces = "mount namespaces"
        case ipv6Loopback = "IPv6 loopback (::1)"
        case chronyd, libfaketime, faketime, dnsmasq, socat, iptables, tmux
        case localedef = "localedef and the en_US / zh_TW locale sources"
    }

    /// Everything `NetLabCampus.build` starts: namespaces, chronyd, dnsmasq, socat and iptables.
    public static let campusLab: [Peer] = [.networkNamespaces, .chronyd, .dnsmasq, .socat, .iptables]

    /// A peer that is required but missing: the failure a test records.
    public struct Missing: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// Whether missing peers fail tests instead of skipping them.
    public static func areRequired(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment[environmentVariable] == "1"
    }

    /// True when every peer is here; false (after printing why) when one is missing and peers are
    /// optional; throws `Missing` when one is missing and peers are required.
    public static func check(_ peers: [Peer], for test: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Bool {
        var reasons: [String] = []
        for peer in peers {
            if let reason = await unavailableReason(peer) { reasons.append(reason) }
        }
        guard let skip = try decide(reasons: reasons, for: test, required: areRequired(environment: environment)) else { return true }
        print(skip)
        return false
    }

    /// The decision alone, given why peers are missing (empty: none is): nil to run the test, the
    /// line to print when it is skipped; throws `Missing` when peers are required.
    public static func decide(reasons: [String], for test: String, required: Bool) throws -> String? {
        guard !reasons.isEmpty else { return nil }
        let why = reasons.joined(separator: "; ")
        if required {
            throw Missing(description: "\(test): a required test peer is missing (\(environmentVariable)=1): \(why)")
        }
        return "SKIP \(test): \(why) (set \(environmentVariable)=1 to make this a failure)"
    }

    /// Why `peer` cannot be used here, or nil when it can.
    public static func unavailableReason(_ peer: Peer) async -> String? {
        switch peer {
        case .networkNamespaces:
            await namespaceProbe.value ? nil : "`ip netns add` failed (namespace tests need root and iproute2)"
        case .mountNamespaces:
            await mountProbe.value ? nil : "`unshare --mount` failed (the test needs root)"
        case .ipv6Loopback:
            NetworkInterface.all().contains { $0.addresses.contains { $0.description == "::1" } } ? nil : "this machine has no ::1"
        case .chronyd:
            access(ChronyServer.chronydPath, X_OK) == 0 ? nil : "\(ChronyServer.chronydPath) is missing (make test-deps installs chrony)"
        case .libfaketime:
            access(ChronyServer.libfaketimePath, R_OK) == 0 ? nil : "\(ChronyServer.libfaketimePath) is missing (make test-deps installs faketime)"
        case .localedef:
            access("/usr/bin/localedef", X_OK) == 0 && access("/usr/share/i18n/locales/zh_TW", R_OK) == 0
                && access("/usr/share/i18n/locales/en_US", R_OK) == 0 ? nil : "localedef or its locale sources are missing (make test-deps installs locales)"
        case .faketime, .dnsmasq, .socat, .iptables, .tmux:
            (try? ChildProcess.executable(peer.rawValue)) != nil ? nil : "\(peer.rawValue) is not installed (make test-deps installs it)"
        }
    }

    /// Probed once, on a thread of its own: Swift Testing evaluates conditions on the cooperative
    /// pool, and a blocking probe there stalled both pool threads at the start of every run.
    private static let namespaceProbe = Task<Bool, Never> {
        (try? await ProcessRunner.onOwnThread {
            let probe = "kwprobe-\(UInt32.random(in: 0...UInt32.max))"
            guard let added = try? ProcessRunner.run(["ip", "netns", "add", probe], timeout: 10), added.status == 0 else {
                return false
            }
            _ = try? ProcessRunner.run(["ip", "netns", "del", probe], timeout: 10)
            return true
        }) ?? false
    }

    private static let mountProbe = Task<Bool, Never> {
        (try? await ProcessRunner.onOwnThread {
            (try? ProcessRunner.run(["unshare", "--mount", "--", "true"], timeout: 10))?.status == 0
        }) ?? false
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where `peers` are all present: skipped with a printed reason
    /// otherwise, or failed with that reason under `KMSWIZARD_REQUIRE_PEERS=1`.
    public static func requires(_ peers: RequiredPeers.Peer..., sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        requires(peers, sourceLocation: sourceLocation)
    }

    public static func requires(_ peers: [RequiredPeers.Peer], sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        let names = peers.map(\.rawValue).joined(separator: ", ")
        let place = "\(sourceLocation.fileName):\(sourceLocation.line)"
        return .enabled("needs \(names)", sourceLocation: sourceLocation) {
            try await RequiredPeers.check(peers, for: place)
        }
    }
}
