// Generated from Templates/*.yaml by `SOCIALPLAN_UPDATE_GOLDEN=1 swift test`; do not edit.
// swiftlint:disable all

extension StarterTemplate {
    /// Every template, by name.
    public static let all: [StarterTemplate] = [
        StarterTemplate(name: "agency-two-zones", text: ####"""
            # yaml-language-server: $schema=../docs/strategy.schema.json
            #
            # Starter strategy: a brand run by an agency with a team in two time zones.
            # The brand's zone (Chicago) is the strategy's zone: posting windows and care hours are read in
            # it. Each member's `available:` hours are read in that member's own `timezone:`.
            # Change the values marked "change this", then run `socialplan validate` on this file.

            version: 1
            name: Tidewater Running                     # change this to the brand's name
            timezone: America/Chicago                   # change this to the brand's IANA zone

            account:
              handle: "@tidewaterrun"                   # change this to the brand's handle
              bio: "Official Tidewater Running account. Shoes and gear for road and trail. Help Mon–Fri 6am–8pm CT, Sat 9am–1pm."

            team:
              femke:                                    # agency, Amsterdam office: covers the US early morning
                name: Femke de Vries
                roles: [editor, care]
                timezone: Europe/Amsterdam              # 7 hours ahead of Chicago most of the year
                available: { mon-fri: "13:00-18:00" }   # Amsterdam time = 06:00–11:00 in Chicago
                max_hours_per_week: 25
              joost:
                name: Joost Bakker
                roles: [editor]
                timezone: Europe/Amsterdam
                available: { mon-fri: "09:00-17:00" }   # = 02:00–10:00 in Chicago: early posts
                max_hours_per_week: 20
              carla:                                    # agency, Chicago office
                name: Carla Mendez
                roles: [care]
                available: { mon-fri: "09:00-17:00" }   # no timezone: the strategy's (Chicago)
                max_hours_per_week: 40
              deshawn:
                name: DeShawn Price
                roles: [care, editor]
                available: { mon-fri: "12:00-20:00", sat: "09:00-13:00" }
                max_hours_per_week: 40
                away: [2026-11-26..2026-11-27]          # Thanksgiving; covered by care holidays below

            content:
              morning-run:
                about: Training tip before the morning run
                by: [joost, femke]
                every: weekdays
                at: { mon-fri: "06:00-08:00" }          # Chicago time
                hashtags: ["#tidewaterrun"]
                channels: [x, instagram]
                replies_per_post: 6
              drops:
                about: New colourways and restocks
                by: [role: editor]
                every: 2/week
                at: { "tue,thu": "10:00-12:00" }
                hashtags: ["#tidewaterrun", "#newshoes"]
                channels: [instagram, x]
                replies_per_post: 20
              race-shares:
                about: Share runners' race photos
                kind: retweet
                by: [deshawn]
                every: 2/week
                at: { mon-fri: "17:00-19:00" }
              reply-hour:
                about: Answer comments under the day's posts
                kind: reply-session
                by: [role: care]
                every: weekdays
                at: { mon-fri: "18:00-20:00" }
                duration: 45m

            publishing: { min_gap: 2h, max_per_day: 3 }

            care:
              hours: { mon-fri: "06:00-20:00", sat: "09:00-13:00" }   # change this; check someone is on every hour
              holidays: [2026-11-26..2026-11-27, 2026-12-25, 2027-01-01]
              staff: [role: care]
              handle_time: { mean: 6m, cv: 1.2 }
              shrinkage: 25%                            # share of paid time not spent answering
              max_occupancy: 85%
              sla:
                urgent: { first_reply: 1h, next_reply: 1h, target: 90%, clock: business }
                normal: { first_reply: 4h, next_reply: 4h, target: 85%, clock: business }
              triage:
                urgent: [order*, refund*, "wrong size", "never arrived"]

            mentions:
              per_week: 350                             # change this to your usual weekly mentions (~53 h of care here)
              profile: retail
              priorities: { urgent: 15%, normal: 85% }
              followups: { share: 30%, after: 45m }

            """####),
        StarterTemplate(name: "cafe-norway", text: ####"""
            # yaml-language-server: $schema=../docs/strategy.schema.json
            #
            # Startmal: en kafé i Norge (a café in Norway).
            # Change the values marked "change this", then run `socialplan validate` on this file.
            # Every key is explained in docs/strategy-format.md.

            version: 1
            name: "Bakgården Kafé"                      # change this to the café's name
            timezone: Europe/Oslo                       # Norway's IANA zone; keep it

            account:
              handle: "@bakgardenkafe"                  # change this to your handle (keep the quotes)
              # The bio says who is speaking (name the café, or write "offisiell konto").
              bio: "Offisiell konto for Bakgården Kafé i Trondheim. Vi svarer hverdager 09–17 og lørdag 10–15."

            team:
              siri:
                name: Siri Johansen                     # change this: the owner
                roles: [editor, care]
                available: { mon-fri: "08:00-16:00" }
                max_hours_per_week: 40
                away: [2026-07-06..2026-07-24]          # summer holiday: the café is closed then too
              jonas:
                name: Jonas Dahl
                roles: [care, barista]
                available: { mon-fri: "12:00-18:00", sat: "10:00-15:00", sun: off }
                max_hours_per_week: 30
              amalie:
                name: Amalie Strand
                roles: [editor, barista]                # weekend posts from the counter
                available: { sat-sun: "09:00-15:00" }
                max_hours_per_week: 12

            content:
              dagens-kake:
                about: Today's cake and soup
                by: [role: editor]
                every: weekdays                         # one post every Monday to Friday
                at: { mon-fri: "09:00-10:30" }
                hashtags: ["#bakgarden", "#trondheim"]
                channels: [instagram]
                replies_per_post: 3
              helg:
                about: Weekend brunch menu
                by: [amalie]
                every: 1/week
                at: { sat-sun: "10:00-13:00" }
                hashtags: ["#brunsj"]
                channels: [instagram]
              del-lokalt:
                about: Share posts from local bakers and farms
                kind: retweet
                by: [siri]
                every: 1/week
                at: { mon-fri: "13:00-15:00" }
              svar-kommentarer:
                about: Answer comments and messages
                kind: reply-session
                by: [role: care]
                every: weekdays
                at: { mon-fri: "14:00-16:00" }
                duration: 20m

            publishing:
              min_gap: 3h
              max_per_day: 2
              blackout: [2026-07-06..2026-07-24, 2026-12-24..2026-12-26]   # summer closure; julaften to 2. juledag

            care:
              hours: { mon-fri: "09:00-17:00", sat: "10:00-15:00", sun: off }   # change this to the opening hours
              # Dates without care hours: public holidays you close on, and the summer closure.
              holidays: [2026-07-06..2026-07-24, 2026-12-24..2026-12-26, 2027-01-01]
              staff: [role: care]
              handle_time: 4m                           # a plain duration is fine too
              shrinkage: 30%                            # care staff also work the counter
              sla:
                bestilling: { first_reply: 1h, next_reply: 2h, target: 90% }   # catering and cake orders
                vanlig: { first_reply: 4h, next_reply: 8h, target: 85% }       # everything else
              triage:
                bestilling: [bestilling, bestille, kakebestilling, catering, allergi]
              default_priority: vanlig                  # what no triage keyword matches

            mentions:
              per_week: 120                             # change this to your usual weekly mentions
              profile: retail
              priorities: { bestilling: 20%, vanlig: 80% }
              followups: { share: 20%, after: 30m }

            """####),
        StarterTemplate(name: "small-shop", text: ####"""
            # yaml-language-server: $schema=../docs/strategy.schema.json
            #
            # Starter strategy: a small web shop with a care team.
            # Edit the values marked "change this", then run `socialplan validate` on this file.
            # Every key is explained in docs/strategy-format.md.

            version: 1
            name: "Pebble & Pine"                       # change this to your business's name
            timezone: Europe/London                     # change this to your IANA zone, e.g. Europe/Berlin

            account:
              handle: "@pebbleandpine"                  # change this to your handle (keep the quotes)
              # Say who is speaking: the bio should name the business or say "official".
              bio: "Official account of Pebble & Pine: hand-poured candles from Cornwall. We reply Mon–Fri 09–18, Sat 10–14."

            team:                                       # one entry per person; the key is their id
              maya:
                name: Maya Collins                      # change this to a real person
                roles: [editor, care]                   # editors post, care answers customers
                available: { mon-fri: "09:00-17:00" }   # quote periods: "HH:MM-HH:MM"
                max_hours_per_week: 40
              leo:
                name: Leo Marsh
                roles: [care]
                available: { mon-fri: "12:00-18:00", sat: "10:00-14:00" }
                max_hours_per_week: 28
                away: [2026-12-25..2026-12-27]          # holidays: dates or date ranges
              ava:
                name: Ava Reid
                roles: [editor]                         # a freelancer who writes and photographs
                available: { "tue,thu": "10:00-15:00" } # day lists with commas need quotes inside { }
                max_hours_per_week: 10

            content:                                    # what you post, who posts it, how often
              new-in:
                about: New scents and restocks
                by: [role: editor]                      # a role, or member ids like [maya, ava]
                every: 2/week                           # n/day, n/week, daily or weekdays
                at: { mon-fri: "10:00-12:00" }          # posting window, in the strategy's zone
                hashtags: ["#pebbleandpine", "#candles"]  # quote hashtags; at most three
                channels: [instagram, x]
                replies_per_post: 5                     # mentions a post usually draws
              maker-story:
                about: Behind the scenes in the workshop
                kind: thread
                by: [ava]
                every: 1/week
                at: { thu: "12:00-15:00" }
                duration: 30m
              share-reviews:
                about: Share customers' photos (ask first)
                kind: retweet                           # keep retweets under half of what you publish
                by: [maya]
                every: 1/week
                at: { mon-fri: "13:00-16:00" }
              reply-round:
                about: Answer comments under recent posts
                kind: reply-session
                by: [role: care]
                every: weekdays
                at: { mon-fri: "16:00-17:00" }
                duration: 30m

            publishing:
              min_gap: 2h                               # least time between two posts
              max_per_day: 2
              blackout: [2026-12-25]                    # no posts on these dates

            care:
              hours: { mon-fri: "09:00-18:00", sat: "10:00-14:00" }   # change this to your opening hours
              holidays: [2026-12-25..2026-12-26, 2027-01-01]
              staff: [role: care]
              handle_time: { mean: 5m, cv: 1.0 }        # average time to answer one mention
              shrinkage: 20%                            # share of paid time not spent answering
              max_occupancy: 85%
              sla:                                      # reply-time promises; first_reply well above handle_time
                urgent: { first_reply: 1h, next_reply: 2h, target: 90%, clock: business }
                normal: { first_reply: 4h, next_reply: 8h, target: 90%, clock: business }
              triage:
                urgent: [refund*, broken, "not arrived", damaged]

            mentions:                                   # what you expect to come in
              per_week: 150                             # change this to your usual weekly mentions
              profile: retail                           # flat, office, retail or evening
              priorities: { urgent: 10%, normal: 90% }  # must add up to 100%
              followups: { share: 25%, after: 30m }
              events:
                - { name: "Black Friday", from: "2026-11-27 08:00", to: "2026-11-28 00:00", factor: 3 }

            """####),
    ]
}
