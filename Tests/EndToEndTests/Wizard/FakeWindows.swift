import Foundation
import TestSupport

/// A simulated Windows for the end-to-end tests of `w` (run the activation on this Windows).
/// This machine has no Windows and is not WSL, so nothing here is a real Windows: the wizard is
/// told it runs in WSL (WSL_DISTRO_NAME) and KMSWIZARD_WINDOWS_ROOT points it at this folder,
/// whose `Windows/System32/cscript.exe` is a shell script that logs its arguments and answers
/// the activation step (`/ato`, `/act`) with one of the guide's real transcripts, in UTF-16LE as
/// `cscript //U` writes it; `fltmc.exe` exits 0 when "elevated", 1 when not. Office is
/// "installed" by an `ospp.vbs` placeholder in its folder.
struct FakeWindows {
    let root: URL
    let log: URL

    init(transcript: String, elevated: Bool, officeFolder: String? = nil, activationDelaySeconds: Int = 0) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("fake-windows-\(UUID().uuidString.prefix(8))")
        log = root.appendingPathComponent("cscript.log")
        let system32 = root.appendingPathComponent("Windows/System32")
        try FileManager.default.createDirectory(at: system32, withIntermediateDirectories: true)
        let fixture = Self.fixtures.appendingPathComponent(transcript).path
        try ExecutableScript.write("""
            echo "$*" >> '\(log.path)'
            case "$*" in
              *" /ato"|*" /act") sleep \(activationDelaySeconds); iconv -f UTF-8 -t UTF-16LE '\(fixture)' ;;
              *) printf 'ok\\r\\n' | iconv -f UTF-8 -t UTF-16LE ;;
            esac
            """, to: system32.appendingPathComponent("cscript.exe").path)
        try setElevated(elevated)
        if let officeFolder {
            let folder = root.appendingPathComponent("Program Files (x86)/Microsoft Office/\(officeFolder)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "' placeholder for ospp.vbs\n".write(to: folder.appendingPathComponent("ospp.vbs"), atomically: true, encoding: .utf8)
        }
    }

    /// What the wizard needs in its environment to find this Windows.
    var environment: [String: String] { ["WSL_DISTRO_NAME": "Ubuntu", "KMSWIZARD_WINDOWS_ROOT": root.path] }

    /// Whether the "terminal" runs as administrator, as fltmc.exe reports it.
    func setElevated(_ elevated: Bool) throws {
        try ExecutableScript.write(elevated ? "exit 0" : "echo 'Access is denied.'; exit 1",
                                   to: root.appendingPathComponent("Windows/System32/fltmc.exe").path)
    }

    /// The cscript.exe calls so far, one line of arguments each.
    var calls: [String] {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The Windows transcripts the bridge's tests use too (Tests/Fixtures/windows).
    static let fixtures = SourceTree.url("Tests/Fixtures/windows")
}
