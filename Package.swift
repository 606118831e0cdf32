// swift-tools-version: 6.0
// socialplan: a social-media strategy as code. See README.md for the tour.
import PackageDescription

let package = Package(
    name: "socialplan",
    products: [
        .executable(name: "socialplan", targets: ["socialplan"]),
        .library(name: "SocialPlanCore", targets: ["SocialPlanCore"]),
    ],
    dependencies: [
        // The command line: subcommands, options, help text. Fixed by the product card.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The simulator's event heap (HeapModule) and per-priority FIFO queues (DequeModule).
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Debian's libyaml (the product card's YAML parser), used through its event API only.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libyaml events -> a node tree with 1-based line:column on every node and key.
        .target(name: "YAMLTree", dependencies: ["CYAML"]),
        // Everything socialplan knows, as plain functions over values. No IO, no wall clock.
        .target(
            name: "SocialPlanCore",
            dependencies: [
                "YAMLTree",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // The thin executable: read files, call the core, render, set the exit code.
        .executableTarget(
            name: "socialplan",
            dependencies: [
                "SocialPlanCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"]),
        // What the test targets share: the package root, temporary folders, golden files (one
        // update switch), the slow-test switch and the runner of the built binary.
        .target(name: "SocialPlanTestSupport", path: "Tests/SocialPlanTestSupport"),
        .testTarget(name: "SocialPlanCoreTests", dependencies: ["SocialPlanCore", "SocialPlanTestSupport"]),
        .testTarget(
            name: "SocialPlanCLITests",
            dependencies: ["socialplan", "SocialPlanCore", "SocialPlanTestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
