extension Member {
    /// True when `available:` was written but could not be loaded (the loader reported it).
    /// Rules that reason about availability skip such members rather than pile consequences
    /// onto a loader error.
    var availabilityIsUnknown: Bool { !isAvailabilityKnown }
}

extension Strategy {
    /// The members an author list names, or `nil` when it names none that exist (an unresolved
    /// reference is the loader's finding, not a rule's).
    func resolvedMembers(_ refs: [Located<AuthorRef>]) -> [Member]? {
        let found = members(for: refs.map(\.value))
        return found.isEmpty ? nil : found
    }
}
