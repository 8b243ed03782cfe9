import Platform
@testable import KMSCore
@testable import Renewal
import Foundation
import Testing
import TestSupport

/// The state file under faults (issue 14, points 4 to 8), through the real binary and the store:
/// a result not saved is said and exits 74, a wait for the lock ends on a signal with 130, a
/// FIFO in place of a file is refused instead of hanging, a planted symlink is never followed,
/// and a kept corrupt copy is never overwritten.
@Suite(.offCooperativePool) struct FaultsStateTests {
    static func stateWithMachineID(_ binary: RenewalBinary) throws {
        try binary.writeState(KMSWizardState(machineID: UUID(), products: [
            "win10-enterprise": ProductRecord(lastHostCheck: RenewalCommandTests.hostCheck(daysAgo: 170)),
        ]))
    }

    /// The state folder on a 256 KiB tmpfs that is then filled: the host's answer is shown, but
    /// `activate` says it was not saved (JSON `ok` false, `stateSaved` false) and exits 74; the
    /// state file is as it was.
    @Test(.requires(.mountNamespaces)) func resultNotSavedIsSaidAndExits74() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let responder = try ResponderProcess([], connections: 2)
        defer { responder.stop() }
        let disk = binary.home + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let host = "127.0.0.1:\(responder.port)"
        let script = """
            mount -t tmpfs -o size=256k tmpfs "$DISK" || exit 99
            "$KMSWIZARD" activate --host \(host) --json > "$HOME/first.json"; echo "first $?"
            cp "$DISK/kmswizard/state.json" "$HOME/before.json"
            dd if=/dev/zero of="$DISK/fill" bs=4k 2>/dev/null
            "$KMSWIZARD" activate --host \(host) --json --lang en > "$HOME/second.json"; echo "second $?"
            "$KMSWIZARD" script --product win10-enterprise --host \(host) --out "$HOME/a.cmd" --lang en 2> "$HOME/script.err"; echo "script $?"
            cmp "$HOME/before.json" "$DISK/kmswizard/state.json" && echo unchanged
            ls -a "$DISK/kmswizard"
            """
        let result = try binary.shell(script, prefix: ["unshare", "--mount", "--propagation", "private", "--"],
                                      environment: ["DISK": disk, "XDG_STATE_HOME": disk])
        #expect(result.stdout.contains("first 0\n"), "\(result)")
        #expect(result.stdout.contains("second 74\n"), "\(result)")
        #expect(result.stdout.contains("unchanged\n"), "\(result)")
        // The .cmd itself was written (exit 0); that the state could not list it is said.
        #expect(result.stdout.contains("script 0\n"), "\(result)")
        let scriptNote = (try? String(contentsOfFile: binary.home + "/script.err", encoding: .utf8)) ?? ""
        #expect(scriptNote.contains("the result was not saved to the state file") && scriptNote.contains("ENOSPC"), "\(scriptNote)")
        #expect(!result.stdout.contains(".tmp-"), "\(result)")
        #expect(result.stderr.contains("the result was not saved to the state file"), "\(result)")
        #expect(result.stderr.contains("the disk is full (ENOSPC)"), "\(result)")
        let second = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: binary.home + "/second.json"))) as? [String: Any] ?? [:]
        #expect(second["ok"] as? Bool == false)
        #expect(second["stateSaved"] as? Bool == false)
        #expect((second["stateProblem"] as? String)?.contains("ENOSPC") == true)
        #expect(second["epid"] is String, "the host's answer is still shown")
    }

    /// Another process holds `state.json.lock` (flock(1) in a child): `activate` gets its answer,
    /// waits for the lock, and an interrupting signal ends the wait with 130.
    @Test(arguments: [(["activate"], SIGINT), (["activate"], SIGTERM), (["activate"], SIGHUP)])
    func lockWaitEndsOnASignal(command: [String], signal: Int32) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let responder = try ResponderProcess([])
        defer { responder.stop() }
        try Self.stateWithMachineID(binary)
        let before = try Data(contentsOf: URL(fileURLWithPath: binary.stateFile))
        let holder = try ChildProcess.spawn(["flock", binary.stateFile + ".lock", "sleep", "60"], stdout: "/dev/null", stderr: "/dev/null")
        defer { holder.stop() }
        let answered = Locked<Date?>(nil)
        let result = try binary.run(command + ["--host", "127.0.0.1:\(responder.port)", "--lang", "en"], timeout: 30, signals: [
            .init(signal) {
                // A second after the host answered: the exchange is over, the program is at the lock.
                guard !responder.loggedRequests.isEmpty else { return false }
                let first = answered.withLock { at in at ?? { at = Date(); return at! }() }
                return Date().timeIntervalSince(first) > 1
            },
        ])
        #expect(result.terminatingSignal == nil && result.status == 130, "\(result)")
        #expect(!result.timedOut, "\(result)")
        #expect(result.stderr.contains("Interrupted by") || result.stderr.contains("Stopped by"), "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: binary.stateFile)) == before)
    }

    /// `renew` on a simulated Windows, waiting for the lock to keep Windows' reading: SIGTERM ends
    /// the wait with 130 (it died of the signal, 143, before).
    @Test func renewLockWaitEndsOnASignal() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace])
        defer { windows.remove() }
        try Self.stateWithMachineID(binary)
        let before = try Data(contentsOf: URL(fileURLWithPath: binary.stateFile))
        let holder = try ChildProcess.spawn(["flock", binary.stateFile + ".lock", "sleep", "60"], stdout: "/dev/null", stderr: "/dev/null")
        defer { holder.stop() }
        let started = Date()
        let result = try binary.run(["renew", "--host", "127.0.0.1:1688", "--lang", "en"], windows: windows, timeout: 30,
                                    signals: [.init(SIGTERM) { Date().timeIntervalSince(started) > 2 }])
        #expect(result.terminatingSignal == nil && result.status == 130, "\(result)")
        #expect(result.stderr.contains("Interrupted by SIGTERM") || result.stderr.contains("Stopped by SIGTERM"), "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: binary.stateFile)) == before)
    }

    /// `diagnose` interrupted while a check waits (a host that accepts and never answers): 130
    /// with a message, not death by the signal. In a network namespace of its own (lo only).
    @Test(.requires(.networkNamespaces), arguments: [SIGHUP, SIGTERM, SIGINT])
    func diagnoseEndsWith130(signal: Int32) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let started = Date()
        let script = """
            ip link set lo up
            # Bounded: exec below leaves the listener behind, and the namespace does not end it.
            timeout 30 nc -lk 127.0.0.1 1688 >/dev/null 2>&1 &
            sleep 0.3
            exec "$KMSWIZARD" diagnose --host 127.0.0.1:1688 --ntp 127.0.0.1:123 --domain campus.test --campus 127.0.0.0/8 --timeout 20 --lang en
            """
        let result = try Kmswizard.shell(script, environment: .exactly(["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOME": binary.home,
                                                                        "XDG_STATE_HOME": binary.home + "/state"]),
                                         prefix: ["/usr/bin/unshare", "-n", "--"], timeout: 30,
                                         signals: [.init(signal) { Date().timeIntervalSince(started) > 2 }])
        #expect(result.terminatingSignal == nil && result.status == 130, "\(result)")
        #expect(result.stderr.contains("Interrupted by"), "\(result)")
    }

    /// A FIFO as config.toml or state.json: refused with its path (78, 65) instead of blocking in
    /// open(); `--version` answers at once.
    @Test func fifoInPlaceOfAFileIsRefused() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let config = binary.home + "/config/kmswizard/config.toml"
        try FileManager.default.createDirectory(atPath: binary.home + "/config/kmswizard", withIntermediateDirectories: true)
        #expect(mkfifo(config, 0o600) == 0)
        let version = try binary.run(["--version"], timeout: 10)
        #expect(version.status == 0 && !version.timedOut, "\(version)")
        let status = try binary.run(["status", "--lang", "en"], timeout: 10)
        #expect(status.status == 78 && !status.timedOut, "\(status)")
        #expect(status.stderr.contains(config) && status.stderr.contains("not a regular file"), "\(status)")
        unlink(config)
        try FileManager.default.createDirectory(atPath: binary.home + "/state/kmswizard", withIntermediateDirectories: true)
        #expect(mkfifo(binary.stateFile, 0o600) == 0)
        let state = try binary.run(["status", "--lang", "en"], timeout: 10)
        #expect(state.status == 65 && !state.timedOut, "\(state)")
        #expect(state.stderr.contains(binary.stateFile) && state.stderr.contains("not a regular file"), "\(state)")
    }

    /// A symlink planted where the old code put its temporary file (`state.json.tmp-<pid>`; the
    /// shell's pid is the program's after `exec`) is never followed: its target stays as it was,
    /// and the stale name is cleared under the lock.
    @Test func plantedSymlinkIsNotFollowed() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let responder = try ResponderProcess([])
        defer { responder.stop() }
        let victim = binary.home + "/victim"
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: binary.home + "/state/kmswizard", withIntermediateDirectories: true)
        let result = try binary.shell("""
            ln -s "$HOME/victim" "$XDG_STATE_HOME/kmswizard/state.json.tmp-$$"
            exec "$KMSWIZARD" activate --host 127.0.0.1:\(responder.port) --json
            """)
        #expect(result.status == 0, "\(result)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        let left = try FileManager.default.contentsOfDirectory(atPath: binary.home + "/state/kmswizard")
        #expect(Set(left) == ["state.json", "state.json.lock"], "\(left)")
    }

    /// Two corruptions within one second (the clock stopped by faketime): two kept copies, the
    /// first one (which may hold the old machine ID) not overwritten by the second.
    @Test(.requires(.faketime),
          .disabled(if: SanitizerRuntime.active != nil,
                    "libfaketime deadlocks in a sanitizer runtime's start-up (recursive clock_gettime before it is set up)"))
    func keptCorruptCopiesAreNeverOverwritten() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let folder = binary.home + "/state/kmswizard"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let run = try binary.shell("""
            for copy in first second; do
                echo "{ $copy damaged copy" > "$XDG_STATE_HOME/kmswizard/state.json"
                faketime '2026-06-01 12:00:00' "$KMSWIZARD" activate --host 127.0.0.1:1 --lang en; echo "activate $?"
            done
            cat "$XDG_STATE_HOME"/kmswizard/state.json.corrupt-*
            """)
        #expect(run.stdout.contains("activate 69\nactivate 69\n"), "\(run)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".corrupt-") }
        #expect(kept.count == 2, "\(kept)")
        #expect(run.stdout.contains("{ first damaged copy\n") && run.stdout.contains("{ second damaged copy\n"), "\(run)")
    }
}
