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

            accounts:                                   # one entry per account, each on one network
              x:
                network: x
                handle: "@tidewaterrun"                 # change this to the brand's handle
                bio: "Official Tidewater Running account. Shoes and gear for road and trail. Help Mon–Fri 6am–8pm CT, Sat 9am–1pm."
              instagram:
                network: instagram
                handle: "@tidewaterrun"                 # change this to the brand's handle
                bio: "Official Tidewater Running account: shoes and gear for road and trail runners. DMs answered Mon–Fri 6am–8pm CT, Sat 9am–1pm."

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
                accounts: [x, instagram]                # one slot goes to both accounts
                replies_per_post: 6
              drops:
                about: New colourways and restocks
                by: [role: editor]
                every: 2/week
                at: { "tue,thu": "10:00-12:00" }
                hashtags: ["#tidewaterrun", "#newshoes"]
                accounts: [instagram, x]
                replies_per_post: 20
              race-shares:
                about: Share runners' race photos
                kind: repost
                accounts: [x]                           # Instagram has no reposts
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

            # The posts themselves; only approved ones are scheduled. `morning-run` wants one post every
            # weekday and only two are written here: add the week's tips before it goes out.
            posts:
              tip-cadence:
                stream: morning-run
                text: "Tip for this morning's run: shorter, quicker steps on the hills. Aim for about 170 a minute and let your arms set the rhythm."
                media:                                  # every image needs alt text
                  - { file: media/hill-run.jpg, alt: "A runner climbing a hill on a lakeside path at sunrise" }
                status: approved
                approved_by: femke
                recycle_after: 8w                       # evergreen: again eight weeks after it last went out
              tip-cold-start:
                stream: morning-run
                text: "Below freezing? Warm up indoors for five minutes, start slower than you want to, and run the first mile into the wind."
                media:
                  - { file: media/cold-start.jpg, alt: "A runner in gloves and a hat stretching in a shop doorway, frost on the pavement" }
                status: approved
                approved_by: femke
                recycle_after: 8w
              drop-harbor-blue:
                stream: drops
                text: "The Lakefront 3 is back in Harbor Blue, in every size from 6 to 14. Wide fits in stock too."
                link: https://tidewaterrunning.com/lakefront-3
                media:
                  - { file: media/lakefront-harbor-blue.jpg, alt: "A blue running shoe with a white sole on a wet concrete pier" }
                status: approved
                approved_by: joost
              race-photo:
                stream: race-shares
                text: "Huge finish from Marisol at the Chicago Lakefront 10K – new PR in our Lakefront 3s!"
                link: https://x.com/marisolruns/status/1865000000000000011   # the post you share
                status: approved
                approved_by: deshawn

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

            accounts:                                   # one entry per account: Instagram and the Facebook page
              instagram:
                network: instagram
                handle: "@bakgardenkafe"                # change this to your handle (keep the quotes)
                # The bio says who is speaking (name the café, or write "offisiell konto").
                bio: "Offisiell konto for Bakgården Kafé i Trondheim. Vi svarer hverdager 09–17 og lørdag 10–15."
              facebook:
                network: facebook
                handle: "@bakgardenkafe"                # change this to the page's username
                bio: "Offisiell side for Bakgården Kafé i Trondheim: kaker, suppe og helgebrunsj. Vi svarer hverdager 09–17 og lørdag 10–15."

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
                accounts: [instagram, facebook]         # one slot goes to both
                replies_per_post: 3
              helg:
                about: Weekend brunch menu
                by: [amalie]
                every: 1/week
                at: { sat-sun: "10:00-13:00" }
                hashtags: ["#brunsj"]
                accounts: [instagram]
              del-lokalt:
                about: Share posts from local bakers and farms
                kind: repost                            # Facebook calls it sharing; Instagram has none
                accounts: [facebook]
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

            # The posts themselves; only approved ones are scheduled. `dagens-kake` wants one post every
            # weekday: two are written here, so `schedule` shows the rest of the week as "no post yet" until
            # you add this week's cakes.
            posts:
              gulrotkake:
                stream: dagens-kake
                text: "Dagens kake er gulrotkake med kremost og ristede valnøtter. Til lunsj: tomatsuppe med hjemmebakt surdeigsbrød."
                media:                                  # every image needs alt text
                  - { file: media/gulrotkake.jpg, alt: "Et stykke gulrotkake med hvit glasur og valnøtter på en blå tallerken" }
                status: approved
                approved_by: siri
                recycle_after: 4w                       # it comes back: again four weeks after it went out
              eplekake:
                stream: dagens-kake
                text: "I dag: varm eplekake med vaniljesaus, og blomkålsuppe med ristede gresskarkjerner."
                media:
                  - { file: media/eplekake.jpg, alt: "Eplekake i en støpejernsform med en kanne vaniljesaus ved siden av" }
                status: approved
                approved_by: siri
                recycle_after: 4w
              helgebrunsj:
                stream: helg
                text: "Helgebrunsj i bakgården: eggerøre, røkelaks, nystekte rundstykker og påfyll av kaffe. Lørdag og søndag kl. 10–14, bord for åtte eller flere kan bestilles."
                media:
                  - { file: media/brunsj.jpg, alt: "Et langbord med eggerøre, røkelaks og kurver med rundstykker" }
                hashtags: ["#helg", "#trondheimmat"]
                status: approved
                approved_by: amalie
                recycle_after: 2w
              bakeri-nabo:
                stream: del-lokalt
                text: "Naboene våre i Bakklandet Bakeri har fått nytt steinovn-brød. Vi serverer det til suppa hver dag!"
                link: https://www.facebook.com/bakklandetbakeri/posts/1234567890
                status: approved
                approved_by: siri

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

            accounts:                                   # one entry per account; the key is its id
              instagram:
                network: instagram                      # x, bluesky, mastodon, threads, instagram, facebook, …
                handle: "@pebbleandpine"                # change this to your handle (keep the quotes)
                # Say who is speaking: the bio should name the business or say "official".
                bio: "Official account of Pebble & Pine: hand-poured candles from Cornwall. We reply Mon–Fri 09–18, Sat 10–14."
              x:
                network: x
                handle: "@pebbleandpine"                # change this to your handle
                bio: "Official account of Pebble & Pine, hand-poured candles from Cornwall. Replies Mon–Fri 09–18, Sat 10–14."

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
                accounts: [instagram, x]                # account ids or networks; one slot goes to both
                replies_per_post: 5                     # mentions a post usually draws
              maker-story:
                about: Behind the scenes in the workshop
                kind: thread
                accounts: [x]                           # Instagram has no threads
                by: [ava]
                every: 1/week
                at: { thu: "12:00-15:00" }
                duration: 30m
              share-reviews:
                about: Share customers' photos (ask first)
                kind: repost                            # keep reposts under half of what you publish
                accounts: [x]                           # Instagram has no reposts
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

            posts:                                      # the posts themselves; only approved ones are scheduled
              sea-salt-restock:
                stream: new-in
                text: "Sea Salt & Driftwood is back in stock: poured this week in our Falmouth workshop, 45 hours of burn time."
                link: https://pebbleandpine.co.uk/sea-salt
                media:                                  # every image needs alt text
                  - { file: media/sea-salt.jpg, alt: "A glass candle jar with a wooden lid on a windowsill overlooking the harbour" }
                status: approved
                approved_by: maya
              winter-fig:
                stream: new-in
                text: "New for winter: Fig & Cedar, warm and woody, in the small tin or the big amber jar."
                link: https://pebbleandpine.co.uk/fig-cedar
                media:
                  - { file: media/fig-cedar.jpg, alt: "Two amber candle jars and a tin beside a bowl of fresh figs" }
                status: approved
                approved_by: maya
              pouring-day:
                stream: maker-story
                text:                                   # a thread: one list item per post
                  - "Pouring day in the workshop: how one candle is made 🧵"
                  - "We melt soy wax to 80 °C, add the scent at 60 °C and stir for two full minutes."
                  - "Then it rests for two weeks before it leaves: that is when the scent settles in."
                status: approved
                approved_by: maya
                recycle_after: 12w                      # evergreen: it may go out again twelve weeks later
              review-photo:
                stream: share-reviews
                text: "Thank you, Jess, for this cosy shelf photo with our Harbour Fog candle!"
                link: https://x.com/jesswrites/status/1864900000000000010   # the post you share
                status: approved
                approved_by: maya

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
