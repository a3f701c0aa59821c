#!/usr/bin/env bash
# scripts/synapse-peer/peer.sh — a real Synapse "test peer" on loopback, for integration tests.
#
# Debian 12 has no matrix-synapse package, so Synapse comes from Debian sid, installed into a
# debootstrap'd chroot that is cached OUTSIDE the repository and reused between runs. Synapse runs
# as root inside that chroot, in private mount + PID namespaces, bound to 127.0.0.1 only.
#
# Usage: scripts/synapse-peer/peer.sh <command>
#   provision            build the sid chroot with matrix-synapse (skipped if a valid one is cached)
#   start                provision if needed, write config, start Synapse, register the test users,
#                        write the connection info (peer.env, peer.json). No-op if already healthy.
#   stop                 stop Synapse (also after a crash / kill -9) and wait until the port is free
#   restart              stop + start (state kept)
#   reset                stop, delete ALL state (database, media, config, secrets), start again
#   status               running or not, Synapse version, URL; exit 0 if running and healthy, 3 if not
#   register NAME [--admin]
#                        register one more user (idempotent) on the running peer; prints its mxid
#   help                 this text
#
# Requirements: Linux, root (debootstrap, chroot, unshare, mount), util-linux, curl (apt-get installed
# if missing, like debootstrap). Network access to the Debian mirror only for `provision`.
#
# Environment (all optional):
#   SYNAPSE_PEER_CACHE    chroot location (default /var/cache/matrix-safety-console/synapse-sid)
#   SYNAPSE_PEER_STATE    state dir: config, secrets, SQLite db, media, logs, pid files, peer.env,
#                         peer.json (default <repo>/.data/synapse-peer)
#   SYNAPSE_PEER_PORT     listener port on 127.0.0.1 (default 18008)
#   SYNAPSE_PEER_MIRROR   Debian mirror for provision (default http://deb.debian.org/debian)
#   SYNAPSE_PEER_SUITE    Debian suite for provision (default sid)
#   SYNAPSE_PEER_USERS    comma-separated non-admin users (default alice,bob,carol,mallory)
#   SYNAPSE_PEER_PASSWORD_PREFIX   default password prefix (default "peer-password-"): <prefix><name>
#   SYNAPSE_PEER_PASSWORD_<NAME>   per-user password override, e.g. SYNAPSE_PEER_PASSWORD_ALICE
#                         (NAME upper-cased, other characters than [A-Z0-9] replaced by "_")
#
# Connection info written by `start` (mode 600; the admin token is never printed):
#   $SYNAPSE_PEER_STATE/peer.env   SYNAPSE_URL, SYNAPSE_SERVER_NAME, SYNAPSE_ADMIN_TOKEN, SYNAPSE_ADMIN_USER,
#                                  SYNAPSE_PEER_USERS, SYNAPSE_PEER_PASSWORD_PREFIX, SYNAPSE_PEER_PASSWORD_<NAME>
#   $SYNAPSE_PEER_STATE/peer.json  the same, with users as {localpart, mxid, password, admin}
#
# External Synapse: tests use SYNAPSE_URL / SYNAPSE_ADMIN_TOKEN from their environment when both are
# set, and only call this script (and read peer.env) otherwise. This script never looks at them.
#
# Server name is `localhost`; registration is closed (users are created with the shared secret);
# rate limits are set very high; server notices are enabled (localpart `notices`, auto_join).
set -Eeuo pipefail
umask 022

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
PROG="peer.sh"

CACHE="${SYNAPSE_PEER_CACHE:-/var/cache/matrix-safety-console/synapse-sid}"
STATE="${SYNAPSE_PEER_STATE:-$REPO_ROOT/.data/synapse-peer}"
PORT="${SYNAPSE_PEER_PORT:-18008}"
MIRROR="${SYNAPSE_PEER_MIRROR:-http://deb.debian.org/debian}"
SUITE="${SYNAPSE_PEER_SUITE:-sid}"
PEER_USERS="${SYNAPSE_PEER_USERS:-alice,bob,carol,mallory}"
PASSWORD_PREFIX="${SYNAPSE_PEER_PASSWORD_PREFIX:-peer-password-}"
SERVER_NAME="localhost"
ADMIN_USER="admin"
ADMIN_DEVICE_ID="SYNAPSE_PEER_ADMIN"

READY_MARKER=".synapse-peer-ready"      # inside the chroot root, written last by provision
STATE_MARKER=".synapse-peer-state"      # inside the state dir, guards `reset` against wrong paths
TEMPLATE="$SCRIPT_DIR/homeserver.yaml.tmpl"
LOG_TEMPLATE="$SCRIPT_DIR/log.yaml.tmpl"

HEALTH_TIMEOUT=60
STOP_TIMEOUT=30

# ----------------------------------------------------------------------------------------------
# output helpers: messages go to stderr, data (mxid, status) to stdout
# ----------------------------------------------------------------------------------------------
log()  { printf '%s: %s\n' "$PROG" "$*" >&2; }
warn() { printf '%s: warning: %s\n' "$PROG" "$*" >&2; }
die()  { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }

on_err() {
  local rc=$? line=${1:-?}
  printf '%s: error: unexpected failure (exit %s) at line %s: %s\n' "$PROG" "$rc" "$line" "$BASH_COMMAND" >&2
  exit "$rc"
}
trap 'on_err $LINENO' ERR

usage() { sed -n '2,/^set -Eeuo/{/^set -Eeuo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

now() { date +%s; }

# ----------------------------------------------------------------------------------------------
# preconditions
# ----------------------------------------------------------------------------------------------
require_root() {
  [[ $(id -u) -eq 0 ]] || die "must run as root (needs debootstrap, chroot, unshare and mount)"
  [[ $(uname -s) == Linux ]] || die "Linux only"
}

validate_settings() {
  [[ $PORT =~ ^[0-9]+$ ]] && (( PORT >= 1 && PORT <= 65535 )) || die "SYNAPSE_PEER_PORT must be a port number, got '$PORT'"
  [[ $CACHE == /* ]] || die "SYNAPSE_PEER_CACHE must be an absolute path, got '$CACHE'"
  [[ $CACHE != / ]] || die "SYNAPSE_PEER_CACHE must not be /"
  [[ -n $STATE ]] || die "SYNAPSE_PEER_STATE is empty"
  [[ $STATE == /* ]] || STATE="$PWD/$STATE"
  STATE="${STATE%/}"
  case "$STATE" in
    /|/root|/home|/tmp|/var|/usr|/etc|/srv|"$REPO_ROOT") die "refusing to use '$STATE' as SYNAPSE_PEER_STATE (use a dedicated directory)";;
  esac
  local u
  IFS=, read -r -a USERS <<<"$PEER_USERS"
  for u in "${USERS[@]}"; do valid_localpart "$u" || die "invalid user name '$u' in SYNAPSE_PEER_USERS"; done
}

valid_localpart() { [[ $1 =~ ^[a-z0-9._=/+-]+$ ]]; }

APT_UPDATED=0
ensure_host_cmd() {  # ensure_host_cmd <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || die "'$1' is missing and apt-get is not available; install package '$2'"
  log "installing host package '$2' (for '$1')"
  if (( APT_UPDATED == 0 )); then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2 || die "apt-get install $2 failed"
  command -v "$1" >/dev/null 2>&1 || die "'$1' still missing after installing '$2'"
}

ensure_base_tools() {
  local c
  for c in unshare flock setsid mount umount chroot pgrep; do
    case $c in
      pgrep) ensure_host_cmd "$c" procps;;
      chroot) ensure_host_cmd "$c" coreutils;;
      mount|umount) ensure_host_cmd "$c" mount;;
      *) ensure_host_cmd "$c" util-linux;;
    esac
  done
}

# ----------------------------------------------------------------------------------------------
# mounts: every mount this script makes lives in a private mount namespace (unshare --mount) and
# disappears with it; these helpers only clean up after foreign/interrupted tools (e.g. debootstrap).
# ----------------------------------------------------------------------------------------------
mounts_under() {  # list mount points at or below $1, deepest first
  local dir=$1
  awk -v d="$dir" '{ m=$2; gsub(/\\040/, " ", m); if (m == d || index(m, d "/") == 1) print m }' /proc/self/mounts | sort -r
}

umount_under() {
  local m
  while IFS= read -r m; do
    [[ -n $m ]] || continue
    log "unmounting stale mount $m"
    umount "$m" 2>/dev/null || umount -l "$m" || warn "could not unmount $m"
  done < <(mounts_under "$1")
}

safe_rm_tree() {  # unmount anything below, then delete without crossing file systems
  local dir=$1
  [[ -n $dir && $dir != / ]] || die "internal: refusing to delete '$dir'"
  [[ -e $dir ]] || return 0
  umount_under "$dir"
  if [[ -n $(mounts_under "$dir") ]]; then die "mounts remain below $dir; not deleting it"; fi
  rm -rf --one-file-system -- "$dir"
}

# ----------------------------------------------------------------------------------------------
# the chroot
# ----------------------------------------------------------------------------------------------
chroot_valid() {  # chroot_valid <root>
  local r=$1
  [[ -f $r/$READY_MARKER && -x $r/usr/bin/python3 && -x $r/usr/bin/synapse_register_new_matrix_user \
     && -d $r/usr/lib/python3/dist-packages/synapse && -c $r/dev/null && -c $r/dev/urandom ]]
}

# run a command inside a chroot, in private mount+PID namespaces with /proc mounted, clean env
in_chroot_ns() {  # in_chroot_ns <root> <cmd...>
  local r=$1; shift
  unshare --mount --pid --fork --kill-child=SIGTERM --mount-proc="$r/proc" \
    chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive "$@"
}

# run a short command inside the cached chroot (no namespaces needed), clean env
chroot_run() {
  chroot "$CACHE" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

synapse_version_in() {  # synapse_version_in <root>
  chroot "$1" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    /usr/bin/python3 -c 'import synapse; print(synapse.__version__)' 2>/dev/null || echo unknown
}

package_version_in() {
  chroot "$1" /usr/bin/dpkg-query -W -f='${Version}' matrix-synapse 2>/dev/null || echo unknown
}

ensure_dev_nodes() {  # create the basic device nodes if debootstrap could not (containers)
  local r=$1 spec name type major minor
  mkdir -p "$r/dev"
  for spec in null:c:1:3 zero:c:1:5 full:c:1:7 random:c:1:8 urandom:c:1:9 tty:c:5:0; do
    IFS=: read -r name type major minor <<<"$spec"
    if [[ ! -c $r/dev/$name ]]; then
      rm -f "$r/dev/$name"
      mknod -m 666 "$r/dev/$name" "$type" "$major" "$minor" || die "cannot create $r/dev/$name (mknod not permitted?)"
    fi
  done
  mkdir -p "$r/dev/pts" "$r/dev/shm"
}

cmd_provision() {
  require_root
  ensure_base_tools
  local parent base lockfile
  parent="$(dirname "$CACHE")"; base="$(basename "$CACHE")"
  mkdir -p "$parent"
  lockfile="$parent/.$base.lock"
  exec 8>"$lockfile"
  if ! flock -n 8; then
    log "another provision of $CACHE is running; waiting for it"
    flock 8
  fi

  if chroot_valid "$CACHE"; then
    log "chroot already provisioned at $CACHE"
    log "Synapse $(synapse_version_in "$CACHE") (Debian package matrix-synapse $(package_version_in "$CACHE"))"
    exec 8>&-
    return 0
  fi

  ensure_host_cmd debootstrap debootstrap

  # leftovers of interrupted builds (we hold the lock, so nobody else is building)
  local d
  for d in "$parent/.$base.build."* "$parent/.$base.stale."*; do
    [[ -e $d ]] || continue
    log "removing leftover of an interrupted build: $d"
    safe_rm_tree "$d"
  done
  if [[ -e $CACHE ]]; then
    log "existing $CACHE is incomplete or invalid; rebuilding it"
    local stale="$parent/.$base.stale.$$"
    mv -T -- "$CACHE" "$stale"
    safe_rm_tree "$stale"
  fi

  local t0 tmp
  t0=$(now)
  tmp="$(mktemp -d "$parent/.$base.build.XXXXXX")"
  chmod 755 "$tmp"
  log "building a Debian $SUITE chroot in $tmp (debootstrap --variant=minbase, mirror $MIRROR); this takes a few minutes"
  # own mount namespace: whatever debootstrap mounts (proc, sys, /dev binds) vanishes with it, even if killed
  if ! unshare --mount --fork debootstrap --variant=minbase "$SUITE" "$tmp" "$MIRROR" >"$parent/.$base.debootstrap.log" 2>&1; then
    tail -n 30 "$parent/.$base.debootstrap.log" >&2 || true
    safe_rm_tree "$tmp"
    die "debootstrap failed (full log: $parent/.$base.debootstrap.log)"
  fi
  log "debootstrap done after $(( $(now) - t0 ))s; installing matrix-synapse"
  ensure_dev_nodes "$tmp"

  printf '#!/bin/sh\n# installed by synapse-peer: never start services inside this chroot\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
  chmod 755 "$tmp/usr/sbin/policy-rc.d"
  printf 'Acquire::Check-Valid-Until "false";\n' >"$tmp/etc/apt/apt.conf.d/99synapse-peer-no-valid-until"
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$tmp/etc/apt/apt.conf.d/99synapse-peer-no-recommends"
  [[ -s $tmp/etc/resolv.conf ]] || cp -L /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true

  local apt_log="$parent/.$base.apt.log"
  if ! {
    printf 'matrix-synapse matrix-synapse/server-name string %s\nmatrix-synapse matrix-synapse/report-stats boolean false\n' "$SERVER_NAME" \
      | in_chroot_ns "$tmp" debconf-set-selections &&
    in_chroot_ns "$tmp" apt-get update </dev/null &&
    in_chroot_ns "$tmp" apt-get install -y --no-install-recommends matrix-synapse </dev/null &&
    in_chroot_ns "$tmp" apt-get clean </dev/null
  } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2 || true
    safe_rm_tree "$tmp"
    die "installing matrix-synapse in the chroot failed (full log: $apt_log)"
  fi

  [[ -x $tmp/usr/bin/synapse_register_new_matrix_user ]] || { safe_rm_tree "$tmp"; die "matrix-synapse installed but synapse_register_new_matrix_user is missing"; }
  local ver pkgver
  ver="$(synapse_version_in "$tmp")"; pkgver="$(package_version_in "$tmp")"
  [[ $ver != unknown ]] || { safe_rm_tree "$tmp"; die "matrix-synapse installed but 'import synapse' fails in the chroot"; }
  mkdir -p "$tmp/srv/synapse-peer"
  # marker written last; then one atomic rename makes the chroot visible under its final name
  printf 'suite=%s\nmirror=%s\nsynapse=%s\npackage=%s\nbuilt=%s\n' "$SUITE" "$MIRROR" "$ver" "$pkgver" "$(date -u +%FT%TZ)" >"$tmp/$READY_MARKER"
  sync -f "$tmp/$READY_MARKER" 2>/dev/null || sync
  mv -T -- "$tmp" "$CACHE"
  exec 8>&-
  log "provisioned $CACHE in $(( $(now) - t0 ))s"
  log "Synapse $ver (Debian package matrix-synapse $pkgver)"
}

ensure_provisioned() {
  if ! chroot_valid "$CACHE"; then
    log "no valid chroot at $CACHE yet; provisioning first"
    cmd_provision
  fi
}

main() {
  local cmd=${1:-help}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    provision) validate_settings; cmd_provision "$@";;
    help|-h|--help) usage;;
    *) usage >&2; die "unknown command '$cmd'";;
  esac
}

main "$@"
