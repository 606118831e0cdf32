/// Every rule, in the order `socialplan rules` lists them. Adding a rule means adding it here;
/// a test fails when a rule type exists that this list forgets.
public enum RuleRegistry {
    /// All rules: content and publishing, then the team, care and SLAs, the account, dates,
    /// and time zones.
    public static let all: [any StrategyRule.Type] = [
        AuthorsNeverAvailableRule.self,
        CadenceExceedsWindowsRule.self,
        PublishingCapTooLowRule.self,
        RetweetHeavyRule.self,
        HashtagMalformedRule.self,
        HashtagDuplicateRule.self,
        HashtagsTooManyRule.self,
        HashtagLimitRule.self,
        KindNotOnNetworkRule.self,
        PostTooLongRule.self,
        PostMediaRule.self,
        PostLinkMalformedRule.self,
        RepostWithoutSourceRule.self,
        PostUnapprovedRule.self,
        PostRecycledTooSoonRule.self,
        MemberOverbookedRule.self,
        MemberNeverAvailableRule.self,
        FixedShiftOutsideAvailabilityRule.self,
        CareHoursUncoveredRule.self,
        FirstReplyBelowHandleTimeRule.self,
        SLAUnreachableRule.self,
        SLATargetRangeRule.self,
        BusinessClockWithoutHoursRule.self,
        CalendarClockPartTimeRule.self,
        FollowupsWithoutNextReplyRule.self,
        PriorityWithoutForecastRule.self,
        NoEngagementStreamRule.self,
        BioMissingRule.self,
        BioUnclearSpeakerRule.self,
        DateRangeReversedRule.self,
        DateOutOfRangeRule.self,
        DateOverlapRule.self,
        DSTBoundaryRule.self,
    ]

    /// The rule with `id`.
    public static func rule(_ id: String) -> (any StrategyRule.Type)? {
        all.first { $0.description.id == id }
    }
}
