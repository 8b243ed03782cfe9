import Platform
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing
import TestSupport

/// Every write checked (issue 14, points 1 and 3), through the real binary: stdout on a full
/// device or disk exits 73 with the reason in the reader's language, a reader that went away
/// ends the run as SIGPIPE would, and `--out`/`--ics` write as the shell's `>` does.
@Suite(.offCooperativePool) struct FaultsOutputTests {
    /// The four-product `.cmd` of the report: larger than one stdio buffer (4 KiB).
    static let bigScript = ["script", "--product", "win10-enterprise", "office2016-proplus", "visio2016-pro", "project2016-pro",
                            "--install-key", "--host", "127.0.0.1"]

    /// A product Windows reported activated, so `remind --ics` has a deadline to write.
    static func stateWithOneActivation(_ binary: RenewalBinary) throws {
        let reading = WindowsReading(readAt: Date().addingTimeInterval(-3600), name: "Windows(R), Education edition",
                                     licenseStatus: .licensed, graceMinutesRemaining: 100 * 1440, channel: "Volume:GVLK",
                                     partialProductKey: "VCFB2")
        try binary.writeState(KMSWizardState(machineID: UUID(), products: [
            "win10-education": ProductRecord(lastHostCheck: RenewalCommandTests.hostCheck(daysAgo: 10), windows: reading),
        ]))
    }

    @Test(arguments: [["status", "--json"], ["products"], bigScript, ["explain", "0xC004F074"]])
    func standardOutputOnAFullDeviceExits73(arguments: [String]) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let result = try binary.shell("\"$KMSWIZARD\" " + arguments.joined(separator: " ") + " --lang en >/dev/full")
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("Cannot write the output: the disk is full (ENOSPC)"), "\(result)")
        let chinese = try binary.shell("\"$KMSWIZARD\" " + arguments.joined(separator: " ") + " --lang zh-TW >/dev/full")
        #expect(chinese.status == 73, "\(chinese)")
        #expect(chinese.stderr.contains("無法寫出輸出：磁碟空間已滿（ENOSPC）"), "\(chinese)")
        #expect(!chinese.stderr.contains("No space"), "\(chinese)")
    }

    /// `| head` with SIGPIPE ignored (as a parent may leave it): the write fails with EPIPE and the
    /// run ends as a program killed by SIGPIPE would, quietly, not with 0 and not with 73.
    @Test func closedPipeEndsAsSIGPIPE() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        // The reader (true) is gone before the program writes: its first write meets a closed pipe.
        let result = try binary.shell("trap '' PIPE; { sleep 1; \"$KMSWIZARD\" products --lang en; echo \"status $?\" >&2; } | true")
        #expect(result.stderr == "status 141\n", "\(result)")
    }

    /// A full disk under `> a.cmd` (a 256 KiB tmpfs filled up, in a mount namespace of its own):
    /// exit 73, never a half-written file reported as written. `--out` on the same disk leaves
    /// the old file whole and no temporary file behind.
    @Test(.requires(.mountNamespaces)) func fullDiskExits73AndKeepsTheOldFile() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let disk = binary.home + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs -o size=256k tmpfs "$DISK" || exit 99
            echo 'old file' > "$DISK/kept.cmd"
            dd if=/dev/zero of="$DISK/fill" bs=4k 2>/dev/null
            "$KMSWIZARD" \(Self.bigScript.joined(separator: " ")) --lang en > "$DISK/a.cmd"; echo "redirect $?"
            "$KMSWIZARD" \(Self.bigScript.joined(separator: " ")) --lang en --out "$DISK/kept.cmd"; echo "out $?"
            echo "kept: $(cat "$DISK/kept.cmd")"
            ls -a "$DISK"
            """
        let result = try binary.shell(script, prefix: ["unshare", "--mount", "--propagation", "private", "--"],
                                      environment: ["DISK": disk])
        #expect(result.stdout.contains("redirect 73\n"), "\(result)")
        #expect(result.stdout.contains("out 73\n"), "\(result)")
        #expect(result.stdout.contains("kept: old file\n"), "\(result)")
        #expect(!result.stdout.contains(".tmp-"), "\(result)")
        #expect(result.stderr.contains("the disk is full (ENOSPC)"), "\(result)")
    }

    /// `--out link.cmd`: the link stays, its target gets the file and keeps its mode.
    @Test func outFollowsASymlinkAndKeepsTheTargetsMode() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let target = binary.home + "/target.cmd", link = binary.home + "/link.cmd"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o640)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.cmd")
        let result = try binary.run(Array(Self.bigScript.dropLast(2)) + ["--host", "127.0.0.1", "--out", link])
        #expect(result.status == 0, "\(result)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.cmd")
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written.count > 4096 && written.starts(with: Array("@echo off\r\n".utf8)))
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    /// `remind --ics FIFO` with a reader: the reader gets the calendar, the FIFO stays a FIFO.
    @Test func icsToAFIFOReachesItsReader() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try Self.stateWithOneActivation(binary)
        let fifo = binary.home + "/calendar.fifo", received = binary.home + "/received.ics"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try ChildProcess.spawn(["cat", fifo], stdout: received, stderr: "/dev/null")
        defer { reader.stop() }
        let result = try binary.run(["remind", "--ics", fifo, "--lang", "en"], timeout: 20)
        #expect(result.status == 0, "\(result)")
        #expect(reader.wait(timeout: 10) != nil)
        let text = (try? String(contentsOfFile: received, encoding: .utf8)) ?? ""
        #expect(text.hasPrefix("BEGIN:VCALENDAR") && text.contains("END:VCALENDAR"), "\(text)")
        var info = stat()
        lstat(fifo, &info)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }

    /// A device as `--out` (a copy of /dev/full made with mknod, never the system's own): written
    /// as a stream, so ENOSPC and exit 73, and the device is still a device afterwards.
    @Test(.requires(.mountNamespaces)) func deviceIsWrittenAsAStreamNeverReplaced() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let device = binary.home + "/full"
        let made = try ProcessRunner.run(["mknod", device, "c", "1", "7"])
        try #require(made.status == 0, "\(made)")
        let result = try binary.run(Array(Self.bigScript) + ["--out", device, "--lang", "en"])
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("Cannot write \(device): the disk is full (ENOSPC)"), "\(result)")
        #expect(!result.stdout.contains("Wrote"), "\(result)")
        var info = stat()
        lstat(device, &info)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    /// `--out /dev/stdout` writes where stdout goes (here a pipe), like `>`, never replacing it.
    /// Run as root, a build that replaced the path would replace the system's /dev/stdout (the old
    /// code did), so the run gets a /dev of its own: a tmpfs in a mount namespace, with the links
    /// and devices a program needs.
    @Test(.requires(.mountNamespaces)) func outToDevStdoutWritesThroughIt() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let result = try binary.shell("""
            mount -t tmpfs tmpfs /dev || exit 99
            ln -s /proc/self/fd/0 /dev/stdin; ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr
            mknod /dev/null c 1 3; mknod /dev/zero c 1 5; mknod /dev/urandom c 1 9
            { "$KMSWIZARD" script --product win10-enterprise --host 127.0.0.1 --out /dev/stdout; echo "status $?" >&2; } | cat > "$HOME/via-stdout.cmd"
            test -L /dev/stdout && echo "still a link" >&2
            """, prefix: ["unshare", "--mount", "--propagation", "private", "--"])
        #expect(result.stderr == "status 0\nstill a link\n", "\(result)")
        let written = try Data(contentsOf: URL(fileURLWithPath: binary.home + "/via-stdout.cmd"))
        #expect(written.starts(with: Array("@echo off\r\n".utf8)), "\(written.count) bytes")
    }
}
