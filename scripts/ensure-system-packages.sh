#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium for Playwright (Playwright's own
# browser download is not used: it needs internet access beyond the package registries).
# The Synapse test peer installs its own (scripts/synapse-peer/peer.sh provision).
set -Eeuo pipefail
need=()
if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if [[ ${#need[@]} -eq 0 ]]; then echo "System packages present."; exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  echo "(or set CHROMIUM_PATH to another Chromium)" >&2
  exit 1
fi
echo "Installing ${need[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
