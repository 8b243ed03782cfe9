/// Something every run reads once at start (the strings, the config file), or why it could not.
///
/// `Result` without its `Failure: Error` constraint: a generic type with a constraint has it
/// checked by a runtime conformance scan over the whole binary the first time a run uses the
/// type (0.2-0.4 M instructions each, issue 15); this one has nothing to check. It is for the
/// values on every command's start-up path; elsewhere (an activation's outcome, a raced
/// signal) `Result` stays, because one scan does not matter beside a network exchange.
enum Loaded<Value, Problem> {
    case value(Value)
    case problem(Problem)
}

extension Loaded: Sendable where Value: Sendable, Problem: Sendable {}

extension Loaded where Problem: Error {
    func get() throws(Problem) -> Value {
        switch self {
        case let .value(value): return value
        case let .problem(problem): throw problem
        }
    }
}
