#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
#   1. system packages the tests need (Chromium for Playwright; the Synapse test peer's chroot)
#   2. typecheck and lint
#   3. unit tests
#   4. integration tests against a real PostgreSQL (embedded)
#   5. the Synapse contract suite against a real Synapse and against the simulator
#   6. end-to-end tests in a real Chromium against the production build and a real Synapse
# Set SYNAPSE_URL and SYNAPSE_ADMIN_TOKEN to test against another Synapse instead of the local peer.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# Every runner's output also goes to a log, so the closing line can give the total count of tests that ran.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { "$@" 2>&1 | tee -a "$log"; }

step "System packages"
bash scripts/ensure-system-packages.sh
if [[ -z "${SYNAPSE_URL:-}" || -z "${SYNAPSE_ADMIN_TOKEN:-}" ]]; then
  bash scripts/synapse-peer/peer.sh start
fi

step "Typecheck"
npx tsc --noEmit

step "Lint"
npx eslint --max-warnings=0 .

step "Unit tests"
run npx vitest run --project unit

step "Integration tests (PostgreSQL)"
run npx vitest run --project integration

step "Contract tests (real Synapse and simulator)"
run npx vitest run --project contract-synapse --project contract-simulator

step "End-to-end tests (Chromium, real Synapse)"
run npx playwright test

step "All tests passed"
# Vitest: "Tests  94 passed (94)"; Playwright: "27 passed (2.2m)". A failure stops the script before this line.
passed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *(Tests +)?[0-9]+ passed' | grep -oE '[0-9]+ passed' | awk '{ n += $1 } END { print n + 0 }')
echo "${passed} passed, 0 failed"
