#!/usr/bin/env bash
# Prints a checked-in council note to PDF with headless Chromium (Debian's chromium package)
# and checks it stays short: at most MAX_PAGES pages (default 5: the note, then the appendix
# with the other participants and the scenario's caveats).
#   scripts/printNote.sh [note.html] [out.pdf]
set -euo pipefail
cd "$(dirname "$0")/.."
note="${1:-docs/notes/rivierenland-tiel.nl.html}"
out="${2:-docs/notes/rivierenland-tiel.nl.pdf}"
max="${MAX_PAGES:-5}"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --no-pdf-header-footer \
  --print-to-pdf="$out" "file://$PWD/$note" 2>/dev/null
pages="$(python3 -c "import sys; print(open(sys.argv[1],'rb').read().count(b'/Type /Page\n'))" "$out")"
if [ "$pages" -lt 1 ] || [ "$pages" -gt "$max" ]; then
  echo "printed note $out has $pages pages; expected 1 to $max" >&2
  exit 1
fi
echo "printed $note to $out: $pages pages"
