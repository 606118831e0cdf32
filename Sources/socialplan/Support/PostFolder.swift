import Foundation
import SocialPlanCore

/// Reads the post files of a strategy's `posts_from:` folder for the core, which does no IO.
enum PostFolder {
    /// Most post files one folder may hold, so a mistaken folder (a home directory) is refused.
    static let maxFiles = 10_000

    /// A reader for the strategy at `strategyPath`: folders are relative to the strategy's folder.
    static func reader(for strategyPath: String) -> StrategyLoader.PostFolderReader {
        let base = (strategyPath as NSString).deletingLastPathComponent
        return { folder in
            let path = folder.hasPrefix("/") || base.isEmpty ? folder : base + "/" + folder
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return .failure(ValueError("there is no folder \(path)",
                                           help: "posts_from names a folder beside the strategy holding one `.md` file per post"))
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                return .failure(ValueError("the folder \(path) cannot be read", help: "check its permissions"))
            }
            let posts = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            guard posts.count <= maxFiles else {
                return .failure(ValueError("the folder \(path) holds \(posts.count) post files; at most \(maxFiles) are read",
                                           help: "point posts_from at the folder of this strategy's posts"))
            }
            var sources: [PostFileSource] = []
            for name in posts {
                do {
                    sources.append(PostFileSource(path: folder.hasSuffix("/") ? folder + name : folder + "/" + name,
                                                  bytes: try FileAccess.read(path + "/" + name)))
                } catch {
                    return .failure(ValueError("\(error)", help: "every `.md` file in the folder is a post"))
                }
            }
            return .success(sources)
        }
    }
}
