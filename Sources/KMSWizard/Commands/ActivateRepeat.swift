import Activation
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
    func run() async -> (summary: Summary, lastFailure: ActivationFailure?, lastResult: ActivationResult?,
                         interruption: ActivateInterruption?) {
        var samples: [Double] = []
        var failures: [String: Int] = [:]
        var lastFailure: ActivationFailure?
        var lastResult: ActivationResult?
        var interruption: ActivateInterruption?
        let started = Deadline.now()
        let target = "\(client.endpoint)"
        for sequence in 1...count {
            let client = self.client, product = self.product, version = self.version, machineID = self.machineID
            let pause = sequence > 1 ? interval : 0
            let outcome = await ActivateInterruption.race { () async -> (Result<ActivationResult, ActivationFailure>, Double) in
                if pause > 0 { try? await Task.sleep(for: .milliseconds(Int(pause * 1000))) }
                let begun = Deadline.now()
                do throws(ActivationFailure) {
                    let result = try await client.activate(product: product, protocol: version, machineID: machineID)
                    return (.success(result), begun.elapsedSeconds * 1000)
                } catch {
                    return (.failure(error), begun.elapsedSeconds * 1000)
                }
            }
            guard case let .success((result, milliseconds)) = outcome else {
                if case let .failure(signal) = outcome { interruption = signal }
                break
            }
            let time = Self.text(milliseconds)
            switch result {
            case let .success(answer):
                samples.append(milliseconds)
                lastResult = answer
                say(t("activate.count.answer", ["seq": String(sequence), "host": target,
                                                 "clients": String(answer.response.currentCount), "time": time]))
            case let .failure(failure):
                failures[failure.kind.rawValue, default: 0] += 1
                lastFailure = failure
                say(t("activate.count.failure", ["seq": String(sequence), "host": target, "code": failure.kind.rawValue,
                                                  "detail": failure.detail, "time": time]))
            }
        }
        let attempted = samples.count + failures.values.reduce(0, +)
        let summary = Summary(host: client.endpoint.host, port: client.endpoint.port, product: product.shortName,
                              protocol: (version ?? KMSVersion(major: product.protocolVersion) ?? .v6).rawValue,
                              count: attempted, answered: samples.count, failed: attempted - samples.count,
                              failures: failures, milliseconds: samples.isEmpty ? nil : Figures(samples),
                              samples: samples.map { ($0 * 1000).rounded() / 1000 },
                              ok: attempted == count && samples.count == count,
                              elapsedSeconds: (started.elapsedSeconds * 1000).rounded() / 1000)
        say(t("activate.count.summary", ["host": target, "count": String(attempted), "answered": String(samples.count),
                                          "failed": String(summary.failed)]))
        if let figures = summary.milliseconds {
            say(t("activate.count.times", ["min": Self.text(figures.min), "median": Self.text(figures.median),
                                            "p99": Self.text(figures.p99), "max": Self.text(figures.max)]))
        }
        return (summary, lastFailure, lastResult, interruption)
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
