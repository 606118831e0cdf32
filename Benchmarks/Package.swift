// swift-tools-version: 6.0
// socialplan's benchmark programs, a package of their own so that `swift build` and `swift test`
// of the main package do not build them. Build one with
// `swift build -c release --package-path Benchmarks --product NAME`; the scripts beside this file do.
import PackageDescription

let package = Package(
    name: "socialplan-benchmarks",
    dependencies: [
        .package(name: "socialplan", path: ".."),
    ],
    targets: [
        // The care rota planner on generated weeks, for the comparison with an exact solver
        // (rota-comparison.sh).
        .executableTarget(
            name: "rota-comparison",
            dependencies: [.product(name: "SocialPlanCore", package: "socialplan")],
            path: "RotaComparison"
        ),
        // The stationary M/M/c simulation, for the comparison with Ciw and SimPy (sim-comparison.sh).
        .executableTarget(
            name: "sim-bench",
            dependencies: [.product(name: "SocialPlanCore", package: "socialplan")],
            path: "SimBench"
        ),
        // TWCS log reading throughput in 1 MiB chunks (make-twcs.py makes the input).
        .executableTarget(
            name: "log-read-bench",
            dependencies: [.product(name: "SocialPlanCore", package: "socialplan")],
            path: "LogReadBench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
