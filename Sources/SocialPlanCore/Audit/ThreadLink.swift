import Foundation

/// Where a message stands while the audit joins the log's threads (docs/audit.md, "Threads").
///
/// The join moves every message through up to three of these, in place: first its parent
/// (`root`, `missingParent` or `parent`); then, for a customer message that continues a stretch
/// of customer messages, the stretch's head as its `parent` (`visiting` marks the path being
/// walked, to catch a cycle of ids); then, for every customer message, the `mention` of its
/// stretch. Outbound messages keep their parent throughout.
enum ThreadLink: Sendable, Hashable {
    /// No parent: the message starts a thread (also where a cycle of ids closes).
    case root
    /// The parent's id is not in the log.
    case missingParent
    /// The parent's index; for a customer message continuing a stretch, once stretches are
    /// resolved, the index of the stretch's head.
    case parent(Int32)
    /// On the path being walked while stretches are resolved.
    case visiting
    /// The mention of the message's stretch (an index into the joined mentions).
    case mention(Int32)
}

/// One ``ThreadLink`` per message in four bytes, so the join needs no more memory than a
/// parent index per message: an index ≥ 0 is a parent, −1 `root`, −2 `missingParent`,
/// −3 `visiting`, and −(k + 4) mention k.
struct ThreadLinks: Sendable {
    private var raw: [Int32]

    /// `count` links, all `root`.
    init(count: Int) { raw = Array(repeating: -1, count: count) }

    /// `count` links, message i's being `link(i)`, computed in `parts` ranges on as many
    /// threads. Complexity: O(count) calls of `link`.
    init(count: Int, parts: Int, _ link: @Sendable (Int) -> ThreadLink) {
        self.init(count: count)
        let parts = max(1, min(parts, count))
        raw.withUnsafeMutableBufferPointer { b in
            let shared = SharedBuffer(base: b)
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                for i in p * count / parts..<(p + 1) * count / parts { shared.base[i] = Self.encode(link(i)) }
            }
        }
    }

    private static func encode(_ link: ThreadLink) -> Int32 {
        switch link {
        case .parent(let p): return p
        case .root: return -1
        case .missingParent: return -2
        case .visiting: return -3
        case .mention(let k): return -k - 4
        }
    }

    /// The link of message `i`. Complexity: O(1).
    subscript(i: Int) -> ThreadLink {
        get {
            let r = raw[i]
            switch r {
            case 0...: return .parent(r)
            case -1: return .root
            case -2: return .missingParent
            case -3: return .visiting
            default: return .mention(-r - 4)
            }
        }
        set { raw[i] = Self.encode(newValue) }
    }
}
