import Foundation
import Testing
import TestSupport
@testable import KMSWizard

/// What one short run reads (issue 15), counted with strace on the built binary: config.toml is
/// opened once however many times the settings are resolved (the help texts, then the command),
/// and the C libraries a command does not use are not loaded.
@Suite(.offCooperativePool) struct StartupReadsTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The paths the run opened (openat, every thread), or nil when strace cannot trace here.
    /// The strace runs are for the shipped build: LeakSanitizer cannot run under ptrace (each run
    /// would leave a fatal report), and a sanitizer build links libresolv itself.
    static let noSanitizer = ConditionTrait.disabled(if: SanitizerRuntime.active != nil,
                                                     "strace traces the run; LeakSanitizer cannot run under ptrace")

    static func openedPaths(_ arguments: [String], environment: [String: String]) throws -> [String]? {
        guard let strace else { return nil }
        let folder = try TemporaryFolder()
        let log = folder.path + "/strace.log"
        let result = try Kmswizard.run(arguments, environment: .exactly(environment),
                                       prefix: [strace, "-f", "-qq", "-e", "trace=openat,open", "-o", log], timeout: 30)
        if result.stderr.contains("ptrace") { return nil }   // a container that forbids tracing
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(!result.timedOut)
        #expect(text.contains("openat("), "strace saw nothing: \(result)")
        return text.split(separator: "\n").compactMap { line in
            guard let open = line.firstIndex(of: "\""), let close = line[line.index(after: open)...].firstIndex(of: "\"") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test(Self.noSanitizer, arguments: [["explain", "0xC004F074"], ["config"], ["--help"], ["products", "--json"], ["--version", "--lang", "en"], ["--version"]])
    func theConfigFileIsOpenedOncePerRun(arguments: [String]) throws {
        let home = try TemporaryFolder()
        let config = try home.writeConfig("lang = \"en\"\n")
        let environment = KMSWizardProcess.cleanEnvironment(["XDG_CONFIG_HOME": home.path])
        guard let opened = try Self.openedPaths(arguments, environment: environment) else { return }   // no strace, or no ptrace here
        // `--version` alone answers before any setting is needed: no read at all.
        let expected = arguments == ["--version"] ? 0 : 1
        #expect(opened.filter { $0 == config }.count == expected, "kmswizard \(arguments) opened \(config) \(opened.filter { $0 == config }.count) times")
    }

    /// The `--version` answer given before ArgumentParser is the one ArgumentParser gives.
    @Test func theVersionAnswerIsArgumentParsers() throws {
        do {
            _ = try KMSWizardCommand.parseAsRoot(["--version"])
            Issue.record("--version parsed as a command")
        } catch {
            #expect(KMSWizardCommand.fullMessage(for: error) == KMSWizardCommand.versionAnswer)
        }
        let alone = try KMSWizardProcess.run(["--version"], environment: KMSWizardProcess.cleanEnvironment())
        let withOthers = try KMSWizardProcess.run(["--version", "--lang", "en"], environment: KMSWizardProcess.cleanEnvironment())
        #expect(alone.status == 0 && withOthers.status == 0)
        #expect(alone.stdout == withOthers.stdout && alone.stdout == KMSWizardCommand.versionAnswer + "\n", "\(alone) \(withOthers)")
    }

    /// explain, --version and products never touch OpenSSL, the resolver's parser or curses.
    @Test(Self.noSanitizer, arguments: [["explain", "0xC004F074"], ["--version"], ["products", "--json"]])
    func unusedLibrariesAreNotLoaded(arguments: [String]) throws {
        guard let opened = try Self.openedPaths(arguments, environment: KMSWizardProcess.cleanEnvironment()) else { return }
        for library in ["libcrypto", "libresolv", "libncursesw", "libtinfo"] {
            #expect(!opened.contains { $0.contains(library) }, "kmswizard \(arguments) loaded \(library)")
        }
    }

    /// A library that cannot be loaded when a command first needs it: exit 71, naming it and the
    /// package that brings it. libcrypto is hidden under /dev/null in a mount namespace of the
    /// run's own (root only); the host is loopback port 1, which nothing should get to see.
    @Test func aMissingLibraryIsExit71WithItsName() throws {
        let library = "/usr/lib/x86_64-linux-gnu/libcrypto.so.3"
        guard getuid() == 0, FileManager.default.fileExists(atPath: library),
              let unshare = ["/usr/bin/unshare", "/bin/unshare"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return }
        let hidden = [unshare, "--mount", "sh", "-c", #"mount --bind /dev/null "$0" && exec "$@""#, library]
        let result = try Kmswizard.run(["activate", "--host", "127.0.0.1:1", "--lang", "en"],
                                       environment: .exactly(KMSWizardProcess.cleanEnvironment()), prefix: hidden, timeout: 30)
        if result.stderr.contains("unshare failed") || result.stderr.contains("mount:") { return }   // no mount namespaces here
        #expect(result.status == 71, "\(result)")
        #expect(result.stderr.contains("cannot load libcrypto.so.3") && result.stderr.contains("libssl3"), "\(result)")
        let json = try Kmswizard.run(["activate", "--host", "127.0.0.1:1", "--json"],
                                     environment: .exactly(KMSWizardProcess.cleanEnvironment()), prefix: hidden, timeout: 30)
        #expect(json.status == 71, "\(json)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["error"] as? [String: Any])?["code"] as? String == "library-missing", "\(json)")
    }
}
