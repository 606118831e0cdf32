/// The strategy sketch of DESIGN.md §4, verbatim apart from the schema modeline.
enum DesignSketch {
    static let text = """
        version: 1
        name: Fjordkaffe
        timezone: Europe/Oslo            # IANA Area/Location only
        account:
          handle: "@fjordkaffe"
          bio: "Offisiell konto for Fjordkaffe AS. Kundeservice kvardagar 08–20."
        team:
          kari:
            name: Kari Nordmann
            roles: [editor, care]
            timezone: Europe/Oslo        # defaults to the strategy's
            available: { mon-fri: "08:00-16:00", sat: "10:00-14:00" }
            max_hours_per_week: 30
            away: [2026-12-24..2026-12-31]
        content:                         # what is said, who says it, how often
          product-news:
            about: New blends and seasonal offers
            by: [role: editor]           # members or roles
            every: 3/week                # n/day, n/week, weekdays, daily
            at: { mon-fri: "09:00-11:00" }
            hashtags: ["#fjordkaffe"]
            replies_per_post: 8          # mentions each post tends to draw (feeds the forecast)
          partner-retweets: { kind: retweet, by: [kari], every: 2/week, at: { mon-fri: "12:00-14:00" } }
        publishing: { min_gap: 30m, max_per_day: 4, blackout: [2026-12-25] }
        care:
          hours: { mon-fri: ["08:00-11:30", "12:00-20:00"], sat: "10:00-16:00" }
          holidays: [2026-12-25, 2026-12-26]
          staff: [role: care]
          handle_time: { mean: 6m, cv: 1.0 }
          shrinkage: 25%
          max_occupancy: 85%
          sla:
            urgent: { first_reply: 15m, target: 95%, clock: calendar }
            normal: { first_reply: 1h, next_reply: 2h, target: 90%, clock: business }
          triage: { urgent: [refund, broken, "ikkje fungerer"] }   # keyword rules for the audit
        mentions:                        # forecast of what comes in
          per_week: 1400
          profile: retail                # built-in daily shapes, or 24 weights per weekday
          priorities: { urgent: 10%, normal: 90% }
          followups: { share: 30%, after: 20m }
          events: [{ name: Black Friday, from: "2026-11-27 08:00", to: "2026-11-27 20:00", factor: 3 }]

        """
}
