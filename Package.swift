// swift-tools-version:6.0
// kmswizard: activate and keep activated NKNU's Windows and Office volume licences.
import PackageDescription

let package = Package(
    name: "kmswizard",
    // Built and tested on Linux only (WSL is Linux): nothing here builds or tests another system.
    products: [
        .executable(name: "kmswizard", targets: ["KMSWizard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C bridges: system libraries seen through a small shim header each.
        // Each opens its library on first use (dlopen), not linked, so a command loads only what it
        // uses: no pkgConfig, and no `link` in the module maps (Sources/CryptoBridge/lazy_library.h).
        .systemLibrary(name: "CursesBridge", path: "Sources/CursesBridge", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CryptoBridge", path: "Sources/CryptoBridge", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "ResolverBridge", path: "Sources/ResolverBridge"),

        // The one file that names the C library and Foundation; Linux (and WSL) only.
        .target(name: "Platform"),
        // The small core every part stands on: the POSIX layer (files, one resolver, one connect,
        // blocking I/O, subprocesses), settings and the endpoint, the product catalog, the typed
        // Windows error code, one cell width. No words: those are made by the parts that show them.
        .target(name: "KMSCore", dependencies: ["Platform"]),
        // The strings table, the Localizer every text goes through, and the words of the core's data.
        .target(name: "Localization", dependencies: ["KMSCore", "Platform"]),
        // The KMS client: crypto, messages, RPC, the exchange and its failures.
        .target(name: "KMSProtocol", dependencies: ["KMSCore", "Platform", "CryptoBridge"]),
        // Windows itself: WSL, the .cmd writer, slmgr/ospp runs, Windows' own licence state.
        .target(name: "WindowsBridge", dependencies: ["KMSCore", "Platform", "Localization"]),
        // The state file, the one status model, renew's plan, reminders and the weekly job.
        .target(name: "Renewal", dependencies: ["KMSCore", "Platform", "Localization", "WindowsBridge"]),
        // Clock, timezone, DNS, reachability, network path, the KMS check, advice, the error explainer.
        .target(name: "Diagnostics", dependencies: ["KMSCore", "Platform", "Localization", "KMSProtocol", "ResolverBridge"]),
        // The wizard as pure update/view functions over a cell grid; no curses in here.
        .target(name: "Wizard", dependencies: ["KMSCore", "Platform", "Localization", "KMSProtocol", "WindowsBridge", "Renewal", "Diagnostics"]),
        // The command line and the curses driver.
        .executableTarget(name: "KMSWizard", dependencies: [
            "KMSCore", "Platform", "Localization", "KMSProtocol", "WindowsBridge", "Renewal", "Diagnostics", "Wizard",
            "CursesBridge", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Test doubles, the test host's side of the protocol and its loopback listener, shared by tests, the test
        // responder, the fuzz build and the bench.
        .target(name: "KMSTesting", dependencies: ["KMSCore", "Platform", "KMSProtocol"]),

        // A KMS host for tests: replays and builds answers from the captured vectors, and misbehaves on request.
        .executableTarget(name: "kms-test-responder", dependencies: ["KMSCore", "Platform", "KMSProtocol", "KMSTesting"], path: "Tests/Responder"),
        // Shared test helpers: processes with a timeout, built products, the responder, network labs.
        .target(name: "TestSupport", dependencies: ["KMSCore", "Platform", "Localization", "KMSProtocol", "KMSTesting", "WindowsBridge", "Renewal", "Diagnostics"], path: "Tests/TestSupport"),
        // libFuzzer entry point for every parser of untrusted bytes (make fuzz); empty in a normal build.
        .executableTarget(name: "kmswizard-fuzz", dependencies: ["KMSCore", "Platform", "KMSProtocol", "KMSTesting", "Renewal", "Diagnostics", "Localization"], path: "Fuzz",
                          exclude: ["seeds.py", "regressions"]),
        // In-process figures for make bench: crypto per KMS version, a wizard frame.
        .executableTarget(name: "kmswizard-bench", dependencies: ["KMSCore", "Platform", "KMSProtocol", "KMSTesting", "Localization", "Wizard"], path: "Bench"),

        // Unit tests, one target per source target; end-to-end tests (the built binary, real peers) apart.
        .testTarget(name: "KMSCoreTests", dependencies: ["KMSCore", "Platform", "KMSTesting", "TestSupport"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "KMSCore", "Platform"]),
        .testTarget(name: "KMSProtocolTests", dependencies: ["KMSProtocol", "KMSCore", "Platform", "KMSTesting", "TestSupport"]),
        .testTarget(name: "WindowsBridgeTests", dependencies: ["WindowsBridge", "KMSCore", "Platform", "Localization", "TestSupport"]),
        .testTarget(name: "RenewalTests", dependencies: ["Renewal", "KMSCore", "Platform", "Localization", "WindowsBridge", "TestSupport"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "KMSCore", "Platform", "Localization", "KMSProtocol", "TestSupport"]),
        .testTarget(name: "WizardTests", dependencies: ["Wizard", "KMSCore", "Platform", "Localization", "KMSProtocol", "WindowsBridge", "Renewal", "Diagnostics", "TestSupport"]),
        .testTarget(name: "KMSWizardTests", dependencies: ["KMSWizard", "KMSCore", "Platform", "Localization", "KMSProtocol", "Renewal", "Diagnostics", "Wizard", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["KMSWizard", "KMSCore", "Platform", "Localization", "KMSProtocol", "KMSTesting", "WindowsBridge", "Renewal", "Diagnostics", "Wizard", "TestSupport"]),
    ]
)
