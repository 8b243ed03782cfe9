import KMSCore
import KMSProtocol
import Platform
import Renewal
import Foundation
import Testing
import TestSupport
@testable import KMSWizard

/// The program's table of failure codes and exit statuses against the README's "Exit codes"
/// table and schemas/error.schema.json: every word has one status, every status is documented
/// with the words it carries, and neither side can change without the other.
@Suite struct ExitCodeTableTests {
    /// One row of the README table: the status, and the `error.code` words in its last column.
    struct Row {
        let status: Int32
        let words: Set<String>
    }

    /// The rows of README.md's "## Exit codes" table, parsed from the Markdown.
    static func readmeRows() throws -> [Row] {
        let readme = try String(contentsOf: SourceTree.url("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Exit codes\n").dropFirst().first, "no Exit codes section")
        let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        #expect(lines.first?.contains("error.code") == true, "the table's header names the error.code column: \(lines.first ?? "")")
        return try lines.dropFirst(2).map { line in
            // `\|` inside a cell is a literal bar; the cells are split on the others.
            let cells = line.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let status = try #require(Int32(cells[0]), "not a status: \(line)")
            let words = cells.last == "-" ? [] : cells.last!.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
            return Row(status: status, words: Set(words))
        }
    }

    @Test func everyCodeHasOneDistinctWordAndAFailureStatus() {
        let words = CLIErrorCode.allCases.map(\.rawValue)
        #expect(Set(words).count == words.count)
        for code in CLIErrorCode.allCases {
            #expect(code.rawValue.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) != nil, "\(code.rawValue)")
            #expect(code.status != .ok, "\(code.rawValue) is a failure")
            #expect(CLIFailure(code, message: "m").status == code.status)
            #expect(CLIFailure(code, message: "m").errorObject.code == code.rawValue)
        }
    }

    /// `activate --json`'s `error.code` and the state file's recorded failure say the same word.
    @Test(arguments: ActivationFailure.Kind.allCases)
    func anActivationFailureKeepsItsKindsWord(kind: ActivationFailure.Kind) {
        #expect(CLIErrorCode(kind).rawValue == kind.rawValue)
    }

    @Test func theReadmeTableListsEveryStatusWithItsWords() throws {
        let rows = try Self.readmeRows()
        let statuses = rows.map(\.status)
        #expect(Set(statuses).count == statuses.count, "one row per status: \(statuses)")
        #expect(statuses == statuses.sorted(), "the rows are in order: \(statuses)")
        // 141 is no status kmswizard chooses: it dies of SIGPIPE as the shell expects of `| head`.
        #expect(Set(statuses) == Set(KMSWizard.ExitStatus.allCases.map(\.rawValue) + [141]))
        for row in rows {
            let expected = Set(CLIErrorCode.allCases.filter { $0.status.rawValue == row.status }.map(\.rawValue))
            #expect(row.words == expected, "README row \(row.status): \(row.words.sorted()), the program: \(expected.sorted())")
        }
    }

    @Test func everyStatusIsTheStatusOfACodeOrAnOutcome() {
        let used = Set(CLIErrorCode.allCases.map(\.status) + CommandOutcome.allCases.map(\.status) + [.ok])
        #expect(used == Set(KMSWizard.ExitStatus.allCases), "no status without a use: \(Set(KMSWizard.ExitStatus.allCases).subtracting(used))")
        for outcome in CommandOutcome.allCases { #expect(outcome.status != .ok, "\(outcome)") }
    }

    @Test func theErrorSchemaListsEveryWord() throws {
        let data = try Data(contentsOf: SourceTree.url("schemas/error.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let error = try #require((schema["properties"] as? [String: Any])?["error"] as? [String: Any])
        let code = try #require((error["properties"] as? [String: Any])?["code"] as? [String: Any])
        let listed = try #require(code["enum"] as? [String])
        #expect(listed == CLIErrorCode.allCases.map(\.rawValue), "schemas/error.schema.json lists the words in the program's order")
    }

    /// A state file that cannot be used: `state` (65) when damaged, `state-io` (74) when the disk
    /// fails, `interrupted` (130) when a signal ends the lock wait.
    @Test func stateErrorsKeepTheirStatus() {
        let cases: [(StateError, CLIErrorCode, KMSWizard.ExitStatus)] = [
            (.corrupt(path: "/s", keptAt: nil), .state, .dataError),
            (.futureVersion(path: "/s", found: 9), .state, .dataError),
            (.io(FileError(path: "/s", reason: .notRegularFile)), .state, .dataError),
            (.io(FileError(path: "/s", reason: .system(errno: EIO))), .stateIO, .ioError),
            (.interrupted(signal: SIGINT), .interrupted, .interrupted),
        ]
        for (error, code, status) in cases {
            #expect(CLIErrorCode(error) == code, "\(error)")
            #expect(code.status == status, "\(error)")
        }
    }
}
