#!/usr/bin/env bash
# Prints a checked-in council note to PDF with headless Chromium (Debian's chromium package)
# and checks its length in print:
# - the summary (everything before the appendix) fits on SUMMARY_PAGES A4 pages (default 2):
#   the note is printed a second time with its appendix (`<div class="appendix">`) hidden, and
#   since print starts the appendix on a new page, the summary alone is exactly the first pages
#   of the full note;
# - the whole note, appendix included, takes at most MAX_PAGES pages (default 6).
#   scripts/printNote.sh [note.html] [out.pdf]
set -euo pipefail
cd "$(dirname "$0")/.."
note="${1:-docs/notes/rivierenland-tiel.nl.html}"
out="${2:-docs/notes/rivierenland-tiel.nl.pdf}"
max="${MAX_PAGES:-6}"
max_summary="${SUMMARY_PAGES:-2}"
print() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}
pages() { python3 -c "import sys; print(open(sys.argv[1],'rb').read().count(b'/Type /Page\n'))" "$1"; }

grep -q '<div class="appendix">' "$note" || { echo "$note has no appendix marker (<div class=\"appendix\">)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed 's#</style>#.appendix{display:none}</style>#' "$note" > "$work/summary.html"
print "$work/summary.html" "$work/summary.pdf"
summary="$(pages "$work/summary.pdf")"
if [ "$summary" -lt 1 ] || [ "$summary" -gt "$max_summary" ]; then
  echo "the summary of $note prints on $summary pages; expected 1 to $max_summary (move details to the appendix)" >&2
  exit 1
fi

print "$PWD/$note" "$out"
total="$(pages "$out")"
if [ "$total" -le "$summary" ] || [ "$total" -gt "$max" ]; then
  echo "printed note $out has $total pages; expected the $summary summary pages, then an appendix, at most $max in all" >&2
  exit 1
fi
echo "printed $note to $out: $total pages, the summary on the first $summary"
