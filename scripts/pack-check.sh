#!/usr/bin/env bash
# Installs the packed tarball into an empty folder and runs the tool from there, as a user who
# installs the package would: catches files missing from the package and dependencies that sit in
# devDependencies.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
# Any warning of the install (a lifecycle script, an engine range) is the package's to fix.
npm install --no-audit --no-fund --omit=dev "$work/$tarball" 2>"$work/install.err" >/dev/null
if grep -i "warn" "$work/install.err"; then echo "package check: the install warned"; exit 1; fi
test -f node_modules/empathy-coach/LICENSE
test -f node_modules/empathy-coach/dist/schemas/entry.schema.json

export EMPATHY_JOURNAL="$work/journal" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" NO_COLOR=1
run() { echo "\$ empathy $*"; npx --no-install empathy "$@"; }
run --version
run exercises list
printf 'who: Ilse\ninterests: Certainty\nexpected_emotions: [worried]\nexpected_needs: [certainty]\ndifficult_period: false\nquestions: [How are you?]\nassumptions: Price only\nintention: understand_first\n' \
  | run prep --customer "Acme BV" --answers - --at 2026-11-20
test "$(find "$EMPATHY_JOURNAL" -name '*-prep-acme-bv.yaml' | wc -l)" = 1
# The age library is bundled, not installed: encrypting and reading back must work without it.
run encryption init --no-passphrase >/dev/null
run encryption on
test "$(run list | grep -c 'Acme BV')" = 1
run encryption off
# Enough files for a cold read to start the parse workers, which the package must hold too.
run demo --out "$work/demo" --entries 450 >/dev/null
run --journal "$work/demo" --no-cache summary --format md >"$work/summary.md"
grep -m1 "^# Summary" "$work/summary.md"
echo "package check: passed"
