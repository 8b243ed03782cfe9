import ArgumentParser
import KMSCore
import Localization

/// The words a command line may use, for suggesting the one meant: the command names, and the
/// options of one command read from ArgumentParser's own description of it (the JSON behind
/// `--experimental-dump-help`), so the list never drifts from the options declared.
/// Only a usage error asks, so the happy path never pays for the description.
enum CommandVocabulary {
    static var commandNames: [String] {
        KMSWizardCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// The command called `name`, or the one that runs when none is named (the wizard).
    static func command(named name: String?) -> any ParsableCommand.Type {
        KMSWizardCommand.configuration.subcommands.first { $0.configuration.commandName == name }
            ?? KMSWizardCommand.configuration.defaultSubcommand ?? KMSWizardCommand.self
    }

    /// The options of `command` as typed (`--host`, `-h`), `--help` included.
    static func optionNames(of command: any ParsableCommand.Type) -> [String] {
        guard let root = try? JSONReader.parse(Array(command._dumpHelp().utf8)),
              case let .array(arguments)? = root.member("command")?.member("arguments") else { return ["--help"] }
        var names: [String] = []
        for argument in arguments {
            guard case let .array(argumentNames)? = argument.member("names") else { continue }
            for entry in argumentNames {
                guard case let .string(kind)? = entry.member("kind"), case let .string(name)? = entry.member("name") else { continue }
                names.append((kind == "long" ? "--" : "-") + name)
            }
        }
        return names + ["--help"]
    }
}
