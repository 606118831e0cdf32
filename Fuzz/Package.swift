// swift-tools-version: 6.0
// socialplan's libFuzzer targets, a package of their own so that `swift build` and `swift test`
// of the main package do not build them. `Benchmarks/fuzz.sh TARGET SECONDS` builds the one
// binary with `-sanitize=fuzzer,address` and runs a target (docs/reliability.md, "Fuzzing").
import PackageDescription

let package = Package(
    name: "socialplan-fuzz",
    dependencies: [
        .package(name: "socialplan", path: ".."),
    ],
    targets: [
        // Every target in one binary (one link); SOCIALPLAN_FUZZ_TARGET picks which one runs.
        .executableTarget(
            name: "socialplan-fuzz",
            dependencies: [.product(name: "SocialPlanCore", package: "socialplan")],
            path: "Targets"
        ),
    ],
    swiftLanguageModes: [.v6]
)
