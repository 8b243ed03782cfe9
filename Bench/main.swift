import KMSProtocol
import KMSTesting

// kmswizard-bench: the in-process figures of `make bench` (release build): the KMS protocol's
// crypto alone (CryptoAlone.swift) and crypto with parsing per version, and the wizard's frame
// time and peak memory (WizardFrames.swift, WizardMemory.swift). Each figure is the median of many
// runs with its spread (fastest and slowest run), as scripts/bench.py prints the process-level ones.

let runs = 15

/// Median, min and max of `runs` timings of `body` (each returns microseconds per operation).
func figure(_ label: String, _ body: () -> Double?) {
    var samples: [Double] = []
    for _ in 0..<runs {
        guard let value = body() else {
            print("\(label): FAILED")
            return
        }
        samples.append(value)
    }
    samples.sort()
    func text(_ value: Double) -> String { String((value * 100).rounded() / 100) }
    print("\(label): median \(text(samples[runs / 2])) us, spread \(text(samples[0]))-\(text(samples[runs - 1])) us (\(runs) runs)")
}

for version in KMSVersion.allCases {
    figure("crypto alone v\(version.rawValue), one request and response (the client's side)") {
        CryptoAlone.measure(version)
    }
}
for version in KMSVersion.allCases {
    figure("crypto+parsing v\(version.rawValue), one request and response (client and host side)") {
        KMSExchangeBenchmark.measure(version, iterations: 2000)?.microsecondsPerExchange
    }
}

try WizardFrames.report()
WizardMemory.report(runs: 3)
