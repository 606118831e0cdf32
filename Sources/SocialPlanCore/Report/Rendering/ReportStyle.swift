/// The report's style sheet, inline in the page: system fonts, a readable measure, light and
/// dark schemes (`prefers-color-scheme`), print rules, and the chart colours. Colours are the
/// Okabe–Ito palette, told apart with the common colour-vision deficiencies: gaps in warm
/// orange and vermillion, surplus in sky blue and blue, verdicts also marked ✓ ✗ ? in text.
/// The sheet holds no `<` or `&`, so it is valid XML text as it stands.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #5b5b5b; --line: #d0d0d0; --panel: #f4f4f4;
      --none: #eeeeee; --even: #bdbdbd; --gap1: #E69F00; --gap2: #D55E00; --surplus1: #56B4E9; --surplus2: #0072B2;
      --meets: #0072B2; --misses: #D55E00; --close: #CC79A7; --nomentions: #8c8c8c; --observed: #009E73; --predicted: #0072B2;
      --heat1: #d6e8f5; --heat2: #9ecae1; --heat3: #4a98c9; --heat4: #08519c; }
    @media (prefers-color-scheme: dark) {
      :root { --bg: #151515; --fg: #ececec; --muted: #b0b0b0; --line: #444444; --panel: #222222; --none: #262626;
        --even: #6b6b6b; --heat1: #1d3a52; --heat2: #2c6a96; --heat3: #4a98c9; --heat4: #9ecae1; --predicted: #56B4E9;
        --meets: #56B4E9; }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 72rem; padding: 1rem; background: var(--bg); color: var(--fg);
      font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
    h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-top: 0.5rem; border-top: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
    h4 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }
    p, li { max-width: 48rem; }
    .muted, caption, .legend, .note { color: var(--muted); }
    .verdict { font-weight: 600; padding: 0.5rem 0.75rem; background: var(--panel); border-left: 6px solid var(--even); }
    .verdict.meets { border-left-color: var(--meets); }
    .verdict.misses { border-left-color: var(--misses); }
    .verdict.too_close_to_call { border-left-color: var(--close); }
    dl.inputs { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0; }
    dl.inputs dt { color: var(--muted); }
    dl.inputs dd { margin: 0; }
    nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; list-style: none; }
    a { color: var(--surplus2); }
    .days { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 0.75rem; }
    .day { background: var(--panel); padding: 0.6rem 0.75rem; border-radius: 6px; min-width: 0; }
    .day ul { margin: 0; padding-left: 0; list-style: none; }
    .day li { margin: 0.2rem 0; }
    .time { font-variant-numeric: tabular-nums; font-weight: 600; }
    .kind { color: var(--muted); }
    blockquote { margin: 0.2rem 0 0.4rem 0.75rem; padding-left: 0.5rem; border-left: 3px solid var(--line); white-space: pre-line; }
    .table-wrap { max-width: 100%; overflow-x: auto; }
    table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-size: 0.9rem; padding-bottom: 0.25rem; }
    th, td { overflow-wrap: break-word; text-align: left; padding: 0.25rem 0.6rem 0.25rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
    svg.chart { display: block; max-width: 100%; height: auto; margin: 0.25rem 0 0.5rem; }
    figure { margin: 0.75rem 0; }
    figcaption { font-weight: 600; font-size: 0.95rem; }
    svg.chart text { fill: var(--fg); font: 13px system-ui, sans-serif; }
    svg.chart text.tick { fill: var(--muted); font-size: 11px; }
    svg.chart line.grid { stroke: var(--line); stroke-width: 1; }
    svg.chart line.reference { stroke: var(--fg); stroke-width: 2.5; stroke-dasharray: 3 2; }
    rect.cell-none, .swatch.cell-none { fill: var(--none); background: var(--none); }
    rect.even, .swatch.even { fill: var(--even); background: var(--even); }
    rect.gap1, .swatch.gap1 { fill: var(--gap1); background: var(--gap1); }
    rect.gap2, .swatch.gap2 { fill: var(--gap2); background: var(--gap2); }
    rect.surplus1, .swatch.surplus1 { fill: var(--surplus1); background: var(--surplus1); }
    rect.surplus2, .swatch.surplus2 { fill: var(--surplus2); background: var(--surplus2); }
    rect.heat1, .swatch.heat1 { fill: var(--heat1); background: var(--heat1); }
    rect.heat2, .swatch.heat2 { fill: var(--heat2); background: var(--heat2); }
    rect.heat3, .swatch.heat3 { fill: var(--heat3); background: var(--heat3); }
    rect.heat4, .swatch.heat4 { fill: var(--heat4); background: var(--heat4); }
    .meets { fill: var(--meets); } .misses { fill: var(--misses); } .too_close_to_call { fill: var(--close); }
    .no_mentions { fill: var(--nomentions); } .observed { fill: var(--observed); } .predicted { fill: var(--predicted); }
    .observed-swatch { background: var(--observed); } .predicted-swatch { background: var(--predicted); }
    rect.ci { opacity: 0.45; }
    circle.dot { stroke: var(--bg); stroke-width: 1.5; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; padding: 0; list-style: none; font-size: 0.9rem; }
    .swatch { display: inline-block; width: 1rem; height: 1rem; vertical-align: -0.15rem; margin-right: 0.3rem;
      border: 1px solid var(--line); }
    .mark { font-weight: 700; }
    footer { margin-top: 2rem; font-size: 0.85rem; color: var(--muted); }
    @media (max-width: 40rem) {
      svg.heatmap text { font-size: 19px; }
      svg.heatmap text.tick { font-size: 17px; }
    }
    @media print {
      body { max-width: none; font-size: 11pt; }
      nav { display: none; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      section, .day, svg.chart, table { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
