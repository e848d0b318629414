#!/usr/bin/env bash
# The documented way to run the CLI, tried as a new user would: clone the repository (its
# committed state) into a temporary folder, install from the lock file, run the command line
# from the sources (`npm run mandjes -- ...`), then build and run the linked `npx mandjes`.
# npm's cache keeps the install fast (--prefer-offline); nothing outside the clone is used.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet "$repo" "$work/mandjes"
cd "$work/mandjes"
npm ci --no-audit --no-fund --prefer-offline --loglevel=error

expect() { # expect <what> <text> <pattern>
  if ! grep -q -- "$3" <<<"$2"; then
    printf 'fresh clone: %s printed no line matching %s:\n%s\n' "$1" "$3" "$2" >&2
    exit 1
  fi
}

out="$(npm run --silent mandjes -- validate packages/examples/rivierenland/scenario.yaml)"
expect 'npm run mandjes -- validate' "$out" 'valid scenario'
out="$(npm run --silent mandjes -- solve packages/examples/road-and-housing/scenario.yaml)"
expect 'npm run mandjes -- solve' "$out" 'proven best'

npm run --silent build >/dev/null
out="$(npx --no-install mandjes --version)"
expect 'npx mandjes --version' "$out" '^0\.'
out="$(npx --no-install mandjes deadlocks packages/examples/road-and-housing/scenario.yaml)"
expect 'npx mandjes deadlocks' "$out" 'deadlock'
echo "fresh clone: npm ci, npm run mandjes and npx mandjes work"
