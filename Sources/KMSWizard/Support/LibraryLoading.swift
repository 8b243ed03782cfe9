@preconcurrency import CursesBridge
import Localization

/// The report of a system library that cannot be loaded when a command first needs it (the
/// bridges open libcrypto, libresolv and libncursesw on first use): the reader's language, the
/// JSON error object under `--json`, exit 71 (`library-missing`). The bridges call it from C,
/// on whichever thread first needed the library, and it ends the run.
enum LibraryLoading {
    static func installReport() {
        kw_set_library_missing_hook { soname, package, reason in
            LibraryLoading.report(library: soname.map { String(cString: $0) } ?? "?",
                                  package: package.map { String(cString: $0) } ?? "?",
                                  reason: reason.map { String(cString: $0) } ?? "?")
        }
    }

    static func report(library: String, package: String, reason: String) -> Never {
        let table = (try? BundledStrings.loaded.get()) ?? StringTable(entries: [:])
        let t = Localizer(table: table, language: HelpText.language)
        let failure = CLIFailure(.libraryMissing, message: t("cli.library.missing", ["library": library, "reason": reason]),
                                 hint: t("cli.library.missing.hint", ["package": package]),
                                 json: CommandLine.arguments.dropFirst().contains("--json"))
        KMSWizardCommand.report(failure)
        terminate(failure.status)
    }
}
