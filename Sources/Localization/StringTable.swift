import KMSCore
import Platform

/// Every user-facing text, in Traditional Chinese with its English beside it.
///
/// The file `Resources/strings.zh-TW.json` is grouped by area so that each part of the program
/// keeps its texts together:
///
///     { "schemaVersion": 1,
///       "activate": { "ok": { "zh-TW": "…", "en": "…" }, … },
///       "diagnose": { … } }
///
/// A text is named `area.key` (`activate.ok`); the key itself may contain dots. Texts may hold
/// `{name}` placeholders that `text(_:_:_:)` fills in.
public struct StringTable: Sendable {
    /// Why the strings file could not be used.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case malformed(path: String, reason: String)
        case unsupportedSchema(path: String, found: Int)

        public var description: String {
            switch self {
            case let .malformed(path, reason): "\(path) is not a valid strings file: \(reason)"
            case let .unsupportedSchema(path, found):
                "\(path) has schemaVersion \(found); this kmswizard reads version \(StringTable.schemaVersion) (install the matching kmswizard)"
            }
        }
    }

    public static let schemaVersion = 1
    public static let fileName = "strings.zh-TW.json"

    /// Where the texts are: a dictionary (a file read at run time, or tests' own tables), or the
    /// texts compiled into the program (`CompiledStrings`), searched without building anything
    /// at start-up.
    private enum Storage: Sendable {
        case dictionary([String: [Language: String]])
        case compiled
    }

    private let storage: Storage

    public init(entries: [String: [Language: String]]) {
        storage = .dictionary(entries)
    }

    /// The texts compiled into the program from `Resources/strings.zh-TW.json` (`make strings`
    /// writes them; a test checks that they agree with the file).
    public static let compiled = StringTable(storage: .compiled)

    private init(storage: Storage) {
        self.storage = storage
    }

    /// Texts by full key (`area.key`), then by language. Built on each call for the compiled
    /// table: for tests and tools that want the whole table, not for looking up one text.
    public var entries: [String: [Language: String]] {
        switch storage {
        case let .dictionary(entries): return entries
        case .compiled:
            var entries: [String: [Language: String]] = [:]
            for index in 0..<CompiledStrings.count {
                entries[CompiledStrings.key(at: index)] = Self.compiledTranslations(at: index)
            }
            return entries
        }
    }

    /// The texts of one key in each language it has, or nil when the table lacks the key.
    public func translations(of key: String) -> [Language: String]? {
        switch storage {
        case let .dictionary(entries): entries[key]
        case .compiled: CompiledStrings.index(of: key).map(Self.compiledTranslations(at:))
        }
    }

    /// Whether the table has `key` (in any language).
    public func contains(_ key: String) -> Bool {
        switch storage {
        case let .dictionary(entries): entries[key] != nil
        case .compiled: CompiledStrings.index(of: key) != nil
        }
    }

    /// The text of `key` in `language` exactly (no fallback), nil when missing.
    private func template(_ key: String, _ language: Language) -> String? {
        switch storage {
        case let .dictionary(entries): return entries[key]?[language]
        case .compiled:
            guard let index = CompiledStrings.index(of: key) else { return nil }
            return CompiledStrings.text(at: index, language)
        }
    }

    private static func compiledTranslations(at index: Int) -> [Language: String] {
        var byLanguage: [Language: String] = [:]
        for language in Language.allCases {
            if let text = CompiledStrings.text(at: index, language) { byLanguage[language] = text }
        }
        return byLanguage
    }

    /// Parses the strings file's bytes. Every start reads this file (the help texts at least), so
    /// it goes through `JSONReader`, not JSONDecoder. A text written twice in one area is an
    /// error, not a silent replacement. `path` only names the file in errors.
    public init(json: Data, path: String = StringTable.fileName) throws(LoadError) {
        let root: JSONValue
        do {
            root = try JSONReader.parse(Array(json))
        } catch {
            throw .malformed(path: path, reason: error.description)
        }
        guard case let .object(members) = root else { throw .malformed(path: path, reason: "the top level is \(root.kindName), not an object") }
        guard let version = members.first(where: { $0.key == "schemaVersion" })?.value else {
            throw .malformed(path: path, reason: "schemaVersion is missing")
        }
        guard case let .number(text) = version, let found = Int(text) else {
            throw .malformed(path: path, reason: "schemaVersion is \(version.kindName), not a whole number")
        }
        guard found == Self.schemaVersion else { throw .unsupportedSchema(path: path, found: found) }
        var entries: [String: [Language: String]] = [:]
        for (area, texts) in members where area != "schemaVersion" {
            guard case let .object(keys) = texts else { throw .malformed(path: path, reason: "\(area) is \(texts.kindName), not an object") }
            for (key, translations) in keys {
                guard case let .object(byCode) = translations else {
                    throw .malformed(path: path, reason: "\(area).\(key) is \(translations.kindName), not an object")
                }
                var byLanguage: [Language: String] = [:]
                for (code, text) in byCode {
                    guard let language = Language(rawValue: code) else {
                        throw .malformed(path: path, reason: "\"\(area).\(key)\" has unknown language \"\(code)\"")
                    }
                    guard case let .string(value) = text else {
                        throw .malformed(path: path, reason: "\(area).\(key).\(code) is \(text.kindName), not a string")
                    }
                    guard byLanguage.updateValue(value, forKey: language) == nil else {
                        throw .malformed(path: path, reason: "\"\(area).\(key)\" has \(code) twice")
                    }
                }
                guard entries.updateValue(byLanguage, forKey: area + "." + key) == nil else {
                    throw .malformed(path: path, reason: "\"\(area).\(key)\" is written twice")
                }
            }
        }
        self.init(entries: entries)
    }

    /// The table the program speaks: the strings file in `$KMSWIZARD_RESOURCES` when that folder
    /// holds one (a translator trying an edit without rebuilding), else the texts compiled in.
    public static func bundled(environment: Variables = ResourceLocator.currentEnvironment()) throws -> StringTable {
        guard let folder = environment["KMSWIZARD_RESOURCES"], !folder.isEmpty,
              access(folder + "/" + fileName, F_OK) == 0 else { return compiled }
        return try read(path: folder + "/" + fileName)
    }

    /// The strings file at `path`, read and parsed.
    public static func read(path: String) throws -> StringTable {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError.malformed(path: path, reason: "cannot be read (\(error))")
        }
        return try StringTable(json: data, path: path)
    }

    /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
    ///
    /// A key missing from the file comes back as the key itself in brackets, so a gap shows on
    /// screen instead of crashing; `missingKeys(in:)` lets tests catch gaps before users do.
    public func text(_ key: String, _ language: Language, _ arguments: Variables = [:]) -> String {
        guard let template = template(key, language) ?? template(key, .en) else { return "⟦\(key)⟧" }
        return Self.fill(template, arguments)
    }

    /// Whether `key` exists in every language.
    public func isComplete(_ key: String) -> Bool {
        guard let byLanguage = translations(of: key) else { return false }
        return Language.allCases.allSatisfy { !(byLanguage[$0] ?? "").isEmpty }
    }

    /// Keys that lack a text in one of the languages.
    public var incompleteKeys: [String] {
        entries.keys.filter { !isComplete($0) }.sorted()
    }

    /// `template` with each `{name}` replaced by `arguments[name]`; an unknown name, or a `{`
    /// without a `}`, stays as written.
    static func fill(_ template: String, _ arguments: Variables) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // Over UTF-8 bytes: `{` and `}` are ASCII, so no character is split, and Character-wise
        // searching and generic Substring appends cost more than the rest of a short command.
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"),
                  let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            if let value = arguments[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                result.append(contentsOf: value.utf8)
            } else {
                result.append(contentsOf: bytes[index...close])
            }
            index = close + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A string table bound to one language: what views and commands hold to say things.
public struct Localizer: Sendable {
    public let table: StringTable
    public let language: Language

    public init(table: StringTable, language: Language) {
        self.table = table
        self.language = language
    }

    public func callAsFunction(_ key: String, _ arguments: Variables = [:]) -> String {
        table.text(key, language, arguments)
    }

    /// The same texts in the other language.
    public func switched(to language: Language) -> Localizer {
        Localizer(table: table, language: language)
    }
}
