import Foundation
import Testing
import TestSupport

/// The bash completion script the real binary generates, loaded in a real bash: Tab after an
/// option offers its values (fixed lists, and `--product` asks the binary for the catalog).
@Suite(.offCooperativePool) struct CompletionTests {
    /// What `_kmswizard` offers for the command line `words` (the last word is being completed).
    private func offered(_ words: [String]) throws -> [String] {
        let folder = try TemporaryFolder()
        let script = folder.url.appendingPathComponent("kmswizard.bash")
        let generated = try KMSWizardProcess.run(["--generate-completion-script", "bash"], environment: KMSWizardProcess.cleanEnvironment())
        #expect(generated.status == 0)
        try Data(generated.stdout.utf8).write(to: script)
        let line = words.joined(separator: " ")
        let shell = """
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="\(line)"; COMP_POINT=${#COMP_LINE}
        _kmswizard kmswizard "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        // The script asks the binary for the catalog as `kmswizard`, found on PATH.
        let environment = KMSWizardProcess.cleanEnvironment(["PATH": Kmswizard.directory + ":/usr/bin:/bin"])
        let result = try Kmswizard.shell(shell, [script.path] + words, shell: "/bin/bash", environment: .exactly(environment), timeout: 20)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func optionValuesAreOffered() throws {
        #expect(Set(try offered(["kmswizard", "activate", "--lang", ""])) == ["zh-TW", "en"])
        #expect(Set(try offered(["kmswizard", "activate", "--protocol", ""])) == ["4", "5", "6"])
        #expect(Set(try offered(["kmswizard", "products", "--family", ""])) == ["windows", "office"])
        #expect(Set(try offered(["kmswizard", "script", "--office-bits", ""])) == ["64", "32", "auto"])
    }

    @Test func productNamesComeFromTheCatalog() throws {
        let activate = try offered(["kmswizard", "activate", "--product", "win10-ent"])
        #expect(activate.contains("win10-enterprise"), "\(activate)")
        #expect(activate.allSatisfy { $0.hasPrefix("win10-ent") }, "\(activate)")
        let script = try offered(["kmswizard", "script", "--product", "office2016-pro"])
        #expect(script.contains("office2016-proplus"), "\(script)")
    }
}
