#!/usr/bin/env bash
# Renders `socialplan report` pages in headless Chromium and prints what the browser built.
#
#   Tests/tools/report-browser-check.sh [--screenshot DIR] [--widths "390 1280"] PAGE.html…
#
# For each page and width it copies the page to a temporary file with the small script of
# report-check.js injected at the top of <head> (and the page's Content-Security-Policy,
# which forbids any script, taken out of the copy), runs
#   chromium --headless --dump-dom --window-size=WIDTH,2000 --virtual-time-budget=2000
# and prints one line: PAGE<TAB>WIDTH<TAB>JSON, the JSON the script wrote into
# <pre id="socialplan-check"> (page errors, console errors, scroll width against the
# viewport, each section's and chart's box and visibility), measured in an iframe WIDTH px wide. With --screenshot, it also writes
# DIR/NAME.png of the unmodified page at 1280 × 2400. ReportBrowserTests reads the lines.
# Exit: 0 all pages rendered, 2 Chromium missing or a page produced no result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shots=""
widths="390 1280"
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) shots="$2"; shift 2 ;;
    --widths) widths="$2"; shift 2 ;;
    *) break ;;
  esac
done
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then echo "report-browser-check: chromium not found (apt-get install chromium)" >&2; exit 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --allow-file-access-from-files --user-data-dir="$work/profile" --virtual-time-budget=2000)
status=0
for page in "$@"; do
  name="$(basename "$page" .html)"
  copy="$work/$name.html"
  JS="$here/report-check.js" perl -0pe 'BEGIN { local $/; open my $f, "<", $ENV{JS} or die; $js = <$f>; }
    s{<meta http-equiv="Content-Security-Policy"[^>]*/>}{};
    s{<head>}{<head><script>$js</script>}' "$page" > "$copy"
  for width in $widths; do
    # Headless Chromium keeps windows at least 500 px wide, so the page is measured inside an
    # iframe of exactly WIDTH px (its own viewport); the wrapper copies the iframe's result
    # into its own DOM, which --dump-dom prints.
    wrap="$work/$name-$width-wrap.html"
    cat > "$wrap" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0 } iframe { border: 0; width: ${width}px; height: 2000px }</style></head>
<body><iframe id="page" src="$name.html"></iframe><pre id="socialplan-check"></pre><script>
document.getElementById('page').addEventListener('load', function () {
  var d = this.contentDocument, p = d && d.getElementById('socialplan-check');
  document.getElementById('socialplan-check').textContent = p ? p.textContent : '';
});
</script></body></html>
HTML
    dom="$work/$name-$width.dom"
    timeout 60 "$browser" "${flags[@]}" --window-size="$((width < 480 ? 500 : width + 20)),2000" --dump-dom "file://$wrap" > "$dom" 2>/dev/null || true
    json="$(perl -0ne 'if (m{.*<pre id="socialplan-check">(.*?)</pre>}s) { $j = $1; $j =~ s/&lt;/</g; $j =~ s/&gt;/>/g; $j =~ s/&quot;/"/g; $j =~ s/&amp;/&/g; print $j }' "$dom")"
    if [ -z "$json" ]; then echo "report-browser-check: $page at $width px: no result in the DOM" >&2; status=2; continue; fi
    printf '%s\t%s\t%s\n' "$page" "$width" "$json"
  done
  if [ -n "$shots" ]; then
    mkdir -p "$shots"
    timeout 60 "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$shots/$name.png" "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" >/dev/null 2>&1 || status=2
  fi
done
exit $status
