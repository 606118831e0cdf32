/// Fills the week's published slots with posts from the content library.
///
/// Slots are filled in time order. A post fits a slot when it belongs to the slot's stream, is
/// approved, goes to every account of the slot, may go out on the slot's date (`not_before`,
/// `not_after`), and has not gone out yet — or is evergreen and its `recycle_after` has passed
/// since it last went out (earlier in this week counts). Among fitting posts the freshest goes
/// first: never published before recycled; then the latest `not_before` (a post without one
/// is the oldest); then library order. Recycled posts go least recently published first.
enum PostLibraryFill {
    /// `slots` with `post` set where a post fits, and one ``EmptySlot`` per published slot
    /// left without one.
    static func fill(_ slots: [PostingSlot], strategy: Strategy) -> (slots: [PostingSlot], empty: [EmptySlot]) {
        var slots = slots
        var lastOut: [String: LocalDate] = [:]
        for post in strategy.posts { if let d = post.lastPublished { lastOut[post.id] = d } }
        var empty: [EmptySlot] = []
        let accountsOf = Dictionary(strategy.posts.map { ($0.id, Set(strategy.accounts(for: $0).map(\.id))) }, uniquingKeysWith: { a, _ in a })
        for index in slots.indices where slots[index].isPublished {
            let slot = slots[index]
            let ofStream = strategy.posts.enumerated().filter { $0.element.stream?.value == slot.stream }
            let reaching = ofStream.filter { entry in
                slot.accounts.allSatisfy { accountsOf[entry.element.id]?.contains($0) ?? false }
            }
            let fitting = reaching.filter { entry in
                entry.element.status == .approved && entry.element.mayGoOut(on: slot.date, lastOut: lastOut[entry.element.id])
            }
            let chosen = fitting.min { a, b in
                let la = lastOut[a.element.id], lb = lastOut[b.element.id]
                if (la == nil) != (lb == nil) { return la == nil }
                if let la, let lb, la != lb { return la < lb }
                let fa = a.element.notBefore?.dayNumber ?? Int.min, fb = b.element.notBefore?.dayNumber ?? Int.min
                if fa != fb { return fa > fb }
                return a.offset < b.offset
            }
            if let chosen {
                slots[index].post = chosen.element.id
                lastOut[chosen.element.id] = slot.date
            } else {
                let drafts = reaching.filter { $0.element.status == .draft && $0.element.mayGoOut(on: slot.date) }.map(\.element.id)
                empty.append(EmptySlot(slot: slot, drafts: drafts, written: ofStream.count))
            }
        }
        return (slots, empty)
    }
}

/// A published slot no approved post fits.
public struct EmptySlot: Sendable, Hashable {
    /// The slot.
    public var slot: PostingSlot
    /// Drafts that would fit once approved, by id.
    public var drafts: [String]
    /// Posts written for the stream at all.
    public var written: Int

    /// Why, in words: "no post written for product-news", "2 drafts wait for approval: a, b",
    /// "every post of product-news is used, expired or too recent to recycle".
    public var reason: String {
        if !drafts.isEmpty {
            let names = drafts.prefix(3).joined(separator: ", ") + (drafts.count > 3 ? ", …" : "")
            return drafts.count == 1 ? "a draft waits for approval: \(names)" : "\(drafts.count) drafts wait for approval: \(names)"
        }
        if written == 0 { return "no post written for \(slot.stream)" }
        return "every post of \(slot.stream) for these accounts is used, outside its dates or too recent to recycle"
    }
}
