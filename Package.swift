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

        // Resource files (strings, product catalog) and the languages they speak.
        .target(name: "Localization"),
        // The KMS client: catalog, protocol layers, state (the kept machine ID).
        .target(name: "Activation", dependencies: ["CryptoBridge", "Localization"]),
        // Clock, timezone, DNS, reachability, network path, error explainer.
        .target(name: "Diagnostics", dependencies: ["Activation", "Localization", "ResolverBridge"]),
        // The wizard as pure update/view functions over a cell grid; no curses in here.
        .target(name: "Wizard", dependencies: ["Activation", "Diagnostics", "Localization"]),
        // The command line and the curses driver.
        .executableTarget(name: "KMSWizard", dependencies: [
            "Activation", "Diagnostics", "Wizard", "Localization", "CursesBridge",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // A KMS host for tests: replays and builds answers from the captured vectors, and misbehaves on request.
        .executableTarget(name: "kms-test-responder", dependencies: ["Activation", "TestSupport"], path: "Tests/Responder"),
        // Shared test helpers: processes with a timeout, built products, the responder, loopback listeners.
        .target(name: "TestSupport", dependencies: ["Activation", "Diagnostics"], path: "Tests/TestSupport"),
        // libFuzzer entry point for every parser of untrusted bytes (make fuzz); empty in a normal build.
        .executableTarget(name: "kmswizard-fuzz", dependencies: ["Activation", "Diagnostics", "Localization"], path: "Fuzz",
                          exclude: ["seeds.py", "regressions"]),
        // In-process figures for make bench: crypto per KMS version, a wizard frame.
        .executableTarget(name: "kmswizard-bench", dependencies: ["Activation", "Localization", "Wizard"], path: "Bench"),

        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "ActivationTests", dependencies: ["Activation", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "WizardTests", dependencies: ["Wizard", "TestSupport"]),
        .testTarget(name: "InstallTests", dependencies: ["KMSWizard", "TestSupport"]),
    ]
)
