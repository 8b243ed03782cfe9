import Foundation
import Testing
import TestSupport

/// Keeps the wizard's DNS on loopback. Its network step looks up the campus domain's
/// `_vlmcs._tcp` SRV record through the system resolver, which would send a query off this
/// machine; tests only ever talk to 127.0.0.0/8. So the wizard runs in a mount namespace of its
/// own (`unshare --mount`, private propagation) where /etc/resolv.conf names 127.0.0.1, where
/// nothing answers: the lookup fails at once (a warning, which lets the walk go on), the network
/// namespace stays the host's so the loopback peers are reachable, and the host's file is untouched.
enum LoopbackResolver {
    /// Writes `folder/resolv.conf`; returns the prefix (`Kmswizard`'s `prefix:`) that runs a
    /// command inside the namespace that uses it.
    static func prefix(in folder: URL) throws -> [String] {
        let path = folder.appendingPathComponent("resolv.conf").path
        try "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n".write(toFile: path, atomically: true, encoding: .utf8)
        return ["unshare", "--mount", "--", "/bin/sh", "-c", "mount --bind \"$0\" /etc/resolv.conf && exec \"$@\"", path]
    }
}

extension Trait where Self == ConditionTrait {
    /// For suites that run the real wizard in tmux with `LoopbackResolver`: skipped, saying why,
    /// where a mount namespace or tmux is missing (a failure under KMSWIZARD_REQUIRE_PEERS=1).
    static var loopbackDNS: Self { .requires(.mountNamespaces, .tmux) }
}
