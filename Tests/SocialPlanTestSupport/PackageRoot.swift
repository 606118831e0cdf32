import Foundation

/// The package's root folder, found once from this file's path, and files under it.
///
/// Tests read the bundled strategies, fixtures, goldens and docs from the checkout, and the
/// command-line tests run the binary there, as a user does.
public enum PackageRoot {
    /// The folder holding `Package.swift` (three levels above this file).
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // SocialPlanTestSupport
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()

    /// The file or folder at `relativePath` (`Strategies/fjordkaffe.yaml`).
    public static func file(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// The UTF-8 text of the file at `relativePath`.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: file(relativePath), encoding: .utf8)
    }
}
