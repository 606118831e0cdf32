extension PlanComparison {
    /// `care:` key by key (its SLAs are compared on their own, by priority).
    static func care(_ old: Care?, _ new: Care?, into list: inout PlanChangeList) {
        guard let old, let new else {
            if old == nil && new != nil { list.append(PlanChange(area: .care, subject: "care", kind: .added, after: "")) }
            if old != nil && new == nil { list.append(PlanChange(area: .care, subject: "care", kind: .removed, before: "")) }
            return
        }
        list.compare(.care, "", "hours", PlanWords.hours(old.hours), PlanWords.hours(new.hours))
        list.compare(.care, "", "holidays", PlanWords.dates(old.holidays), PlanWords.dates(new.holidays))
        list.compare(.care, "", "staff", PlanWords.authors(old.staff), PlanWords.authors(new.staff))
        list.compare(.care, "", "accounts", PlanWords.list(old.accounts.map(\.value), none: "every account"),
                     PlanWords.list(new.accounts.map(\.value), none: "every account"))
        list.compare(.care, "", "handle_time", PlanWords.handleTime(old.handleTime), PlanWords.handleTime(new.handleTime))
        list.compare(.care, "", "shrinkage", old.shrinkage.description, new.shrinkage.description)
        list.compare(.care, "", "max_occupancy", old.maxOccupancy?.description ?? "none", new.maxOccupancy?.description ?? "none")
        list.compare(.care, "", "confidence", old.confidence.description, new.confidence.description)
        list.compare(.care, "", "default_priority", old.defaultPriority ?? "none", new.defaultPriority ?? "none")
        list.compare(.care, "", "queue", old.queue.rawValue, new.queue.rawValue)
        list.compare(.care, "", "rota", PlanWords.rota(old.rota), PlanWords.rota(new.rota))
        list.compare(.care, "", "triage", PlanWords.triage(old.triage), PlanWords.triage(new.triage), long: true)
    }

    /// `mentions:` key by key.
    static func mentions(_ old: MentionForecast?, _ new: MentionForecast?, into list: inout PlanChangeList) {
        guard let old, let new else {
            if old == nil, let new { list.append(PlanChange(area: .mentions, subject: "mentions", kind: .added, after: PlanWords.perWeek(new))) }
            if new == nil, let old { list.append(PlanChange(area: .mentions, subject: "mentions", kind: .removed, before: PlanWords.perWeek(old))) }
            return
        }
        list.compare(.mentions, "", "per_week", PlanWords.number(old.perWeek), PlanWords.number(new.perWeek))
        list.compare(.mentions, "", "profile", PlanWords.profile(old.profile), PlanWords.profile(new.profile), long: true)
        list.compare(.mentions, "", "priorities", PlanWords.priorities(old.priorities), PlanWords.priorities(new.priorities))
        list.compare(.mentions, "", "followups", PlanWords.followups(old.followups), PlanWords.followups(new.followups))
        list.compare(.mentions, "", "events", PlanWords.events(old.events), PlanWords.events(new.events), long: true)
    }
}
