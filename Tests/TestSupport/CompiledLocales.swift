import Foundation

/// en_US.UTF-8 and zh_TW.UTF-8 compiled with localedef into a folder of our own, for children
/// run with LOCPATH pointing there: they really run in those locales, and the system's locale
/// archive is never touched. Tests that use it declare `.requires(.localedef)`.
public enum CompiledLocales {
    /// The folder, or nil when localedef could not build both.
    public static let path: String? = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-locales").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (input, name) in [("en_US", "en_US.UTF-8"), ("zh_TW", "zh_TW.UTF-8")] {
            let built = { FileManager.default.fileExists(atPath: folder + "/" + name + "/LC_CTYPE") }
            if built() { continue }
            // localedef exits 1 for mere warnings; what counts is that the locale's files exist.
            _ = try? ProcessRunner.run("/usr/bin/localedef", ["-i", input, "-f", "UTF-8", folder + "/" + name], timeoutSeconds: 120)
            guard built() else { return nil }
        }
        return folder
    }()
}
