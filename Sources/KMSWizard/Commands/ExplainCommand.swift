import KMSCore
import ArgumentParser
import Diagnostics
import Localization

/// `kmswizard explain CODE`: what a Windows activation error code means and what to do, like
/// `ospp.vbs /ddescr` but with the campus guide's fixes; `--list` shows every known code.
///
/// Exit status: 0 for a known code (or the list), 5 (`unknownCode`) for a well-formed code it
/// does not know, which it says plainly instead of guessing, and 64 for text that is not a code.
struct ExplainCommand: ParsableCommand {
    static let commandName = "explain"
    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: HelpText.text("explain.abstract"),
        discussion: HelpText.discussion("explain.discussion"))

    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: HelpText.argument("explain.list"))
    var list = false

    /// Collected as unrecognized input so that a negative decimal code (`-1073418124`) is not
    /// taken for an option.
    @Argument(parsing: .allUnrecognized, help: HelpText.argument("explain.code", valueName: "CODE"))
    var codes: [String] = []

    /// The parsed line as plain values, which is what runs.
    var request: Request { Request(output: output.choice, list: list, codes: codes) }

    /// An argument that looks like an option rather than a code: a dash not followed by digits
    /// only (`-1073418124` is a code in signed decimal).
    static func isOption(_ text: String) -> Bool {
        guard text.hasPrefix("-") else { return false }
        let rest = text.drop { $0 == "-" }
        return rest.isEmpty || !rest.allSatisfy(\.isNumber) || text.hasPrefix("--")
    }

    /// An option `explain` does not take, in the reader's words, pointing at `--list` when it looks like a slip for it.
    static func unknownOption(_ text: String, _ t: Localizer) -> String {
        let name = text.split(separator: "=").first.map(String.init) ?? text
        // A prefix of "list" or its letters shuffled (--lsit, --lits): the slips a hand makes.
        let letters = String(name.drop { $0 == "-" }).lowercased()
        let nearList = !letters.isEmpty && ("list".hasPrefix(letters) || letters.sorted() == "list".sorted())
        return t(nearList ? "explain.unknownOption.list" : "explain.unknownOption", ["text": name])
    }

    /// The explanation as the terminal shows it.
    static func text(_ explanation: Explanation, code: ActivationErrorCode, _ t: Localizer) -> String {
        // Concatenated rather than `joined(separator:)`, whose unspecialized generic path costs
        // 0.2 M instructions of runtime lookups on this command's start (issue 15).
        let heading = explanation.code + (explanation.name.map { " " + $0 } ?? "")
        return heading + "\n"
            + explanation.title + (explanation.guide ? t("explain.label.guide") : "") + "\n\n"
            + t("explain.label.cause") + explanation.cause + "\n"
            + t("explain.label.fix") + explanation.fix + "\n\n"
            + t("explain.label.forms") + code.signedDecimal + " / " + code.unsignedDecimal
    }

    /// `--json` for one code: the explanation's keys beside `ok` and `schemaVersion`.
    struct Output: Encodable {
        let explanation: Explanation
        init(_ explanation: Explanation) { self.explanation = explanation }

        enum Keys: String, CodingKey { case ok, schemaVersion }

        func encode(to encoder: any Encoder) throws {
            try explanation.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(explanation.known, forKey: .ok)
            try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        }
    }

    /// `--list --json`.
    struct List: Encodable {
        var ok = true
        var count: Int
        var codes: [Explanation]
        var schemaVersion = JSONOutput.schemaVersion
    }
}

extension ExplainCommand: DirectlyParsed {
    /// `explain` as plain values: what ArgumentParser's parse or a direct read of the line made.
    struct Request: DirectRequest {
        var output = OutputChoice()
        var list = false
        var codes: [String] = []

        func run() throws {
            let context = try CommandContext(output)
            let t = context.localizer
            if list {
                guard codes.isEmpty else {
                    throw CLIFailure(.usage, message: t("explain.listWithCode"), json: output.json)
                }
                try printList(t)
                return
            }
            if let option = codes.first(where: ExplainCommand.isOption) {
                throw CLIFailure(.usage, message: ExplainCommand.unknownOption(option, t), json: output.json)
            }
            guard codes.count == 1, let text = codes.first else {
                let message = codes.isEmpty ? t("explain.missing")
                    : t("explain.tooMany", ["count": String(codes.count), "text": codes.joined(separator: " ")])
                throw CLIFailure(.usage, message: message, json: output.json)
            }
            let code: ActivationErrorCode
            do {
                code = try ActivationErrorCode.parse(text)
            } catch {
                let key = if case .outOfRange = error { "explain.outOfRange" } else { "explain.malformed" }
                throw CLIFailure(.usage, message: t(key, ["text": text]), json: output.json)
            }
            let explanation = Explanation(code: code, localizer: t)
            if output.json {
                try JSONOutput.write(Output(explanation))
            } else {
                print(ExplainCommand.text(explanation, code: code, t))
            }
            // Ends here rather than throwing ExitCode, which the root command would also report
            // as a usage error under --json.
            if !explanation.known { terminate(CommandOutcome.unknownCode.status) }
        }

        private func printList(_ t: Localizer) throws {
            let explanations = ErrorCatalog.entries.sorted { $0.code < $1.code }.map { Explanation(code: $0.code, localizer: t) }
            if output.json {
                try JSONOutput.write(List(count: explanations.count, codes: explanations))
                return
            }
            print(t("explain.list.header", ["count": String(explanations.count)]))
            for explanation in explanations {
                print((explanation.guide ? "* " : "  ") + explanation.code + "  " + explanation.title)
            }
        }
    }

    static func request(_ arguments: inout DirectArguments) -> Request? {
        guard let output = OutputChoice.direct(&arguments) else { return nil }
        let list = arguments.flag("list")
        let codes = arguments.positionals()
        return Request(output: output, list: list, codes: codes)
    }
}
