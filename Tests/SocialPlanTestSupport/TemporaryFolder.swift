import Foundation
import XCTest

/// Fresh, empty folders under the system's temporary folder.
public enum TemporaryFolder {
    /// Creates `socialplan-<label>-<uuid>` and returns it; the caller removes it.
    public static func make(_ label: String = "test") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socialplan-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension XCTestCase {
    /// A fresh, empty folder that is removed when the current test ends.
    public func temporaryFolder(_ label: String = "test") throws -> URL {
        let folder = try TemporaryFolder.make(label)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Writes `text` as UTF-8 to `name` in `folder` and returns the file's path.
    @discardableResult
    public func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
