import Platform
import KMSCore
import KMSProtocol
import Localization

/// `kmswizard activate --count N [--interval SECONDS]`: N activations, a new TCP connection each,
/// timed from connect to validated answer, then a ping-like summary (min/median/p99/max and the
/// failures by code). A help desk uses it to see how the campus host answers; `make bench` uses
/// it to measure the client.
struct ActivateRepeat {
    struct Summary: Encodable {
        let host: String
        let port: UInt16
        let product: String
        let `protocol`: Int
        let count: Int
        let answered: Int
        let failed: Int
        /// Failures by error code word ("timeout": 2, ...).
        let failures: [String: Int]
        let milliseconds: Figures?
        let samples: [Double]
        let ok: Bool
        let schemaVersion = JSONOutput.schemaVersion
        /// Whole seconds from the first connect to the last answer, intervals included.
        let elapsedSeconds: Double
    }

    struct Figures: Encodable {
        let min: Double
        let median: Double
        let p99: Double
        let max: Double
        let mean: Double

        /// Nearest-rank percentiles of `samples` (not empty).
        init(_ samples: [Double]) {
            let sorted = samples.sorted()
            func rank(_ fraction: Double) -> Double {
                sorted[Swift.max(0, Swift.min(sorted.count - 1, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
            }
            min = Self.round(sorted[0])
            median = Self.round(rank(0.5))
            p99 = Self.round(rank(0.99))
            max = Self.round(sorted[sorted.count - 1])
            mean = Self.round(sorted.reduce(0, +) / Double(sorted.count))
        }

        private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    }

    /// The default pause between requests: none on loopback (a benchmark), else a second, as ping.
    static func defaultInterval(for endpoint: Endpoint) -> Double {
        let host = endpoint.host.lowercased()
        return host.hasPrefix("127.") || host == "::1" || host == "localhost" ? 0 : 1
    }

    let client: KMSClient
    let product: Product
    let version: KMSVersion?
    let machineID: UUID
    let count: Int
    let interval: Double
    let t: Localizer
    let json: Bool

    /// The samples, the last failure (if any) and the signal that stopped the run (if one did).
    ///
    /// The requests run on one thread of their own (`KMSClient.activate(count:)`) inside a single
    /// race with the signals: a signal ends the command at once with the figures so far.
    func run() async -> (summary: Summary, lastFailure: ActivationFailure?, lastResult: ActivationResult?,
                         interruption: SignalInterruption?) {
        let tally = Tally()
        let started = Deadline.now()
        let raced = await SignalInterruption.race { [self] () async -> Void in
            await client.activate(product: product, protocol: version, machineID: machineID, count: count,
                                  interval: interval, starting: { _ in tally.start() }) { attempt in
                tally.record(attempt, line: line(for: attempt))
            }
        }
        var interruption: SignalInterruption?
        if case let .failure(signal) = raced { interruption = signal }
        let seen = tally.close()
        let samples = seen.samples
        let attempted = samples.count + seen.failures.values.reduce(0, +)
        let summary = Summary(host: client.endpoint.host, port: client.endpoint.port, product: product.shortName,
                              protocol: (version ?? KMSVersion(major: product.protocolVersion) ?? .v6).rawValue,
                              count: attempted, answered: samples.count, failed: attempted - samples.count,
                              failures: seen.failures, milliseconds: samples.isEmpty ? nil : Figures(samples),
                              samples: samples.map { ($0 * 1000).rounded() / 1000 },
                              ok: attempted == count && samples.count == count,
                              elapsedSeconds: (started.elapsedSeconds * 1000).rounded() / 1000)
        let target = "\(client.endpoint)"
        say(t.counted("activate.count.summary", attempted, ["host": target, "count": String(attempted), "answered": String(samples.count),
                                          "failed": String(summary.failed)]))
        if let figures = summary.milliseconds {
            say(t("activate.count.times", ["min": Self.text(figures.min), "median": Self.text(figures.median),
                                            "p99": Self.text(figures.p99), "max": Self.text(figures.max)]))
        }
        return (summary, seen.lastFailure, seen.lastResult, interruption)
    }

    /// The progress line of one attempt; nil with --json, where only the summary object is printed.
    private func line(for attempt: ActivationAttempt) -> String? {
        guard !json else { return nil }
        let target = "\(client.endpoint)", time = Self.text(attempt.milliseconds), sequence = String(attempt.sequence)
        switch attempt.outcome {
        case let .success(answer):
            return t("activate.count.answer", ["seq": sequence, "host": target,
                                               "clients": t.counted("common.unit.clients", Int(answer.response.currentCount)), "time": time])
        case let .failure(failure):
            return t("activate.count.failure", ["seq": sequence, "host": target, "code": failure.kind.rawValue,
                                                "detail": failure.detail, "time": time])
        }
    }

    /// What the run has seen. The requests report from their own thread while the command waits
    /// for them or for a signal; after a signal the command closes the tally and takes the figures,
    /// so a request still finishing afterwards neither counts nor prints.
    private final class Tally: Sendable {
        struct Seen {
            var samples: [Double] = []
            /// Failures by error code word ("timeout": 2, ...).
            var failures: [String: Int] = [:]
            var lastFailure: ActivationFailure?
            var lastResult: ActivationResult?
            /// A request has begun and not yet ended.
            var inFlight = false
            var closed = false
        }

        private let seen = Locked(Seen())

        func start() {
            seen.withLock { $0.inFlight = true }
        }

        /// Counts `attempt` and prints its line; false once the tally is closed (the run should end).
        func record(_ attempt: ActivationAttempt, line: String?) -> Bool {
            seen.withLock { seen in
                guard !seen.closed else { return false }
                seen.inFlight = false
                switch attempt.outcome {
                case let .success(answer):
                    seen.samples.append(attempt.milliseconds)
                    seen.lastResult = answer
                case let .failure(failure):
                    seen.failures[failure.kind.rawValue, default: 0] += 1
                    seen.lastFailure = failure
                }
                if let line { print(line) }
                return true
            }
        }

        /// Ends the tally; a request still in flight (the run was interrupted) counts as one
        /// failed request, `interrupted`, so the figures add up to what was sent.
        func close() -> Seen {
            seen.withLock { seen in
                seen.closed = true
                if seen.inFlight { seen.failures[Self.interrupted, default: 0] += 1 }
                return seen
            }
        }

        static let interrupted = "interrupted"
    }

    /// Progress and summary lines are the text result; with --json only the object is printed.
    private func say(_ line: String) {
        if !json { print(line) }
    }

    /// Milliseconds with three decimals: loopback answers take a fraction of one.
    static func text(_ milliseconds: Double) -> String {
        let thousandths = Int((milliseconds * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
