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
npx vitest run --project unit

step "Integration tests (PostgreSQL)"
npx vitest run --project integration

step "Contract tests (real Synapse and simulator)"
npx vitest run --project contract-synapse --project contract-simulator

step "End-to-end tests (Chromium, real Synapse)"
npx playwright test

step "All tests passed"
