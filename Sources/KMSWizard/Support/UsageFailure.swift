import KMSCore

extension CLIFailure {
    /// A command line that could not be taken (exit 64), in the reader's language: what is wrong,
    /// the command or option probably meant, the command's synopsis and where its help is. `arguments` are the ones
    /// ArgumentParser parsed, to tell `kmswizard diagnos` (no such command) from
    /// `kmswizard wizard diagnos` (a word the wizard does not take).
    static func usage(_ problem: UsageProblem, arguments: [String], json: Bool) -> CLIFailure {
        let typedCommand = problem.commandName.flatMap { arguments.first == $0 ? $0 : nil }
        let command = "kmswizard" + (typedCommand.map { " " + $0 } ?? "")
        let seeHelp = HelpText.usageText("seeHelp", ["command": command])
        let synopsis = KMSWizardCommand.usageString(for: CommandVocabulary.command(named: problem.commandName))
        var hint = HelpText.usageText("synopsis", ["usage": synopsis]) + "\n" + seeHelp
        let message: String
        switch leadingUnknownWord(arguments, typedCommand: typedCommand).map(UsageProblem.Kind.unexpectedArgument) ?? problem.kind {
        case let .unexpectedArgument(word) where typedCommand == nil:
            message = suggesting("unknownCommand", ["word": word], ClosestWord.to(word, among: CommandVocabulary.commandNames))
            let list = CommandVocabulary.commandNames.joined(separator: HelpText.usageText("listSeparator"))
            hint = HelpText.usageText("commands", ["commands": list]) + "\n" + seeHelp
        case let .unexpectedArgument(word):
            message = HelpText.usageText("extraArgument", ["command": command, "word": word])
        case let .unknownOption(option):
            let known = CommandVocabulary.optionNames(of: CommandVocabulary.command(named: problem.commandName))
            message = suggesting("unknownOption", ["command": command, "option": option],
                                 ClosestWord.to(option, among: known))
        case let .missingValue(option):
            message = HelpText.usageText("missingValue", ["option": option])
        case let .badValue(option, value):
            message = HelpText.usageText("badValue", ["option": option, "value": value])
        case let .missingArgument(name):
            message = HelpText.usageText("missingArgument", ["command": command, "name": "<\(name)>"])
        case let .explained(text):
            message = text
        case .unreadable:
            message = HelpText.usageText("unreadable")
        }
        return CLIFailure(.usage, message: message, hint: hint, json: json)
    }

    /// A first word that names no command, when no command was typed: the wizard takes no
    /// words, so it is a mistyped command even when the wizard's own checks refused something
    /// else first (`kmswizard statsu --json` is about `statsu`, not about the wizard and JSON).
    private static func leadingUnknownWord(_ arguments: [String], typedCommand: String?) -> String? {
        guard typedCommand == nil, let word = arguments.first, !word.hasPrefix("-"), word != "help",
              !CommandVocabulary.commandNames.contains(word) else { return nil }
        return word
    }

    /// `key`, or `key.suggest` naming the word probably meant when there is one.
    private static func suggesting(_ key: String, _ arguments: Variables, _ suggestion: String?) -> String {
        guard let suggestion else { return HelpText.usageText(key, arguments) }
        return HelpText.usageText(key + ".suggest", arguments.adding("suggestion", suggestion))
    }
}
