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
#   SYNAPSE_PEER_DATABASE_URL  opt-in: PostgreSQL instead of SQLite, as
#                         postgresql://USER:PASSWORD@HOST:PORT/DBNAME (USER, PASSWORD, DBNAME of [A-Za-z0-9._~-];
#                         no query string). Unset (the default): SQLite in the state dir, nothing else changes.
#                         Synapse shares the host's network, so 127.0.0.1 is the host's loopback. The database
#                         must already exist, be owned by USER and be created with
#                           CREATE DATABASE <db> OWNER <user> ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0
#                         (Synapse refuses to start on another collation). Give such an instance its own
#                         SYNAPSE_PEER_STATE and SYNAPSE_PEER_PORT, and set the variable for every command on it
#                         (start renders the config; `start` on an instance running on the other kind of database
#                         fails: use `restart`). `reset` wipes the state dir only; drop and re-create the
#                         database yourself for a clean server. The config's database block comes from
#                         database-postgres.yaml.tmpl (next to this script).
#                         tests/support/synapse-pg-peer.ts does all of this for the integration tests.
#
# Connection info written by `start` (mode 600; the admin token is never printed):
#   $SYNAPSE_PEER_STATE/peer.env   SYNAPSE_URL, SYNAPSE_SERVER_NAME, SYNAPSE_ADMIN_TOKEN, SYNAPSE_ADMIN_USER,
#                                  SYNAPSE_ADMIN_PASSWORD, SYNAPSE_PEER_USERS, SYNAPSE_PEER_PASSWORD_PREFIX,
#                                  SYNAPSE_PEER_PASSWORD_<NAME> (dotenv style; also `set -a; . peer.env`)
#   $SYNAPSE_PEER_STATE/peer.json  {url, serverName, adminToken, admin: {localpart, mxid, password, admin},
#                                   passwordPrefix, users: [{localpart, mxid, password, admin}]}
# The admin token belongs to device SYNAPSE_PEER_ADMIN and is reused by later `start`s while valid.
#
# State dir layout: homeserver.yaml + log.yaml (rendered from the templates next to this script on
# every launch), secrets.env, localhost.signing.key, homeserver.db (SQLite), media_store/,
# homeserver.log (+ .1 = previous run), synapse.pid (host pid), port, peer.env, peer.json, .lock.
# Inside the chroot it is bind-mounted (in Synapse's private mount namespace, so it can never go
# stale) at /srv/synapse-peer/<sha256(state path)[:12]>; that path also identifies the process.
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
PG_TEMPLATE="$SCRIPT_DIR/database-postgres.yaml.tmpl"
# Opt-in PostgreSQL (parse_database_url fills DB_*); empty = SQLite, the default.
DB_URL="${SYNAPSE_PEER_DATABASE_URL:-}"
DB_USER="" DB_PASSWORD="" DB_HOST="" DB_PORT="" DB_NAME=""

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
  if ! [[ $PORT =~ ^[0-9]{1,5}$ ]] || (( 10#$PORT < 1 || 10#$PORT > 65535 )); then
    die "SYNAPSE_PEER_PORT must be a port number, got '$PORT'"
  fi
  PORT=$(( 10#$PORT ))
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
  parse_database_url
}

# SYNAPSE_PEER_DATABASE_URL -> DB_USER, DB_PASSWORD, DB_HOST, DB_PORT, DB_NAME. The character sets are narrow on
# purpose: the values go through sed into YAML, and none of these characters means anything to either.
parse_database_url() {
  [[ -n $DB_URL ]] || return 0
  local re='^postgres(ql)?://([A-Za-z0-9._~-]+):([A-Za-z0-9._~-]+)@([A-Za-z0-9.-]+):([0-9]{1,5})/([A-Za-z0-9._-]+)$'
  [[ $DB_URL =~ $re ]] \
    || die "SYNAPSE_PEER_DATABASE_URL must look like postgresql://USER:PASSWORD@127.0.0.1:PORT/DBNAME (user, password and database of [A-Za-z0-9._~-], no query string)"
  DB_USER=${BASH_REMATCH[2]} DB_PASSWORD=${BASH_REMATCH[3]} DB_HOST=${BASH_REMATCH[4]}
  DB_PORT=$(( 10#${BASH_REMATCH[5]} )) DB_NAME=${BASH_REMATCH[6]}
  (( DB_PORT >= 1 && DB_PORT <= 65535 )) || die "SYNAPSE_PEER_DATABASE_URL has an invalid port"
}

valid_localpart() { [[ $1 =~ ^[a-z0-9._=/-]+$ ]]; }

APT_UPDATED=0
apt_install() {  # apt_install <debian package> <why>
  command -v apt-get >/dev/null 2>&1 || die "$2 is missing and apt-get is not available; install package '$1'"
  log "installing host package '$1' ($2)"
  if (( APT_UPDATED == 0 )); then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2 || die "apt-get install $1 failed"
}

ensure_host_cmd() {  # ensure_host_cmd <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  apt_install "$2" "for '$1'"
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
  # shellcheck disable=SC2016  # ${Version} is a dpkg-query format field
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
  # Debian's archive keys (on a Debian host they are already there; Ubuntu ships them separately)
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  if [[ ! -s $keyring ]]; then
    apt_install debian-archive-keyring "for $keyring"
    [[ -s $keyring ]] || die "$keyring is still missing"
  fi

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
  if ! unshare --mount --fork debootstrap --variant=minbase --keyring="$keyring" "$SUITE" "$tmp" "$MIRROR" >"$parent/.$base.debootstrap.log" 2>&1; then
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


# ----------------------------------------------------------------------------------------------
# state dir, paths, secrets, config
# ----------------------------------------------------------------------------------------------
init_paths() {
  STATE_ID="$(printf '%s' "$STATE" | sha256sum | cut -c1-12)"
  INNER_DIR="/srv/synapse-peer/$STATE_ID"         # the state dir as seen by Synapse inside the chroot
  INNER_CFG="$INNER_DIR/homeserver.yaml"
  SYNAPSE_RE="^/usr/bin/python3 -m synapse[.]app[.]homeserver -c ${INNER_CFG//./[.]}\$"
  CFG="$STATE/homeserver.yaml"
  LOG_CFG="$STATE/log.yaml"
  SECRETS="$STATE/secrets.env"
  SIGNING_KEY="$STATE/localhost.signing.key"
  LOG_FILE="$STATE/homeserver.log"
  PID_FILE="$STATE/synapse.pid"
  PORT_FILE="$STATE/port"
  ENV_FILE="$STATE/peer.env"
  JSON_FILE="$STATE/peer.json"
}

peer_url() { printf 'http://127.0.0.1:%s' "$PORT"; }

open_state_lock() {
  if [[ -d $STATE && ! -e $STATE/$STATE_MARKER ]] && [[ -n $(ls -A "$STATE") ]]; then
    die "$STATE exists, is not empty and was not created by peer.sh (no $STATE_MARKER); refusing to use it"
  fi
  mkdir -p "$STATE"
  chmod 700 "$STATE"
  : >>"$STATE/$STATE_MARKER"
  exec 9>"$STATE/.lock"
  if ! flock -n 9; then
    log "another peer.sh is working on $STATE; waiting for it"
    flock -w 900 9 || die "timed out waiting for the lock on $STATE/.lock"
  fi
}

random_hex() { od -An -vtx1 -N32 /dev/urandom | tr -d ' \n'; }

load_secrets() {
  REGISTRATION_SHARED_SECRET="" MACAROON_SECRET_KEY="" FORM_SECRET=""
  [[ -f $SECRETS ]] || return 0
  local k v
  while IFS='=' read -r k v; do
    case $k in
      REGISTRATION_SHARED_SECRET) REGISTRATION_SHARED_SECRET=$v;;
      MACAROON_SECRET_KEY) MACAROON_SECRET_KEY=$v;;
      FORM_SECRET) FORM_SECRET=$v;;
    esac
  done <"$SECRETS"
}

prepare_state() {
  mkdir -p "$STATE/media_store"
  load_secrets
  if [[ -z $REGISTRATION_SHARED_SECRET || -z $MACAROON_SECRET_KEY || -z $FORM_SECRET ]]; then
    log "generating secrets ($SECRETS)"
    local tmp
    tmp="$(mktemp "$STATE/.secrets.XXXXXX")"
    printf 'REGISTRATION_SHARED_SECRET=%s\nMACAROON_SECRET_KEY=%s\nFORM_SECRET=%s\n' \
      "$(random_hex)" "$(random_hex)" "$(random_hex)" >"$tmp"
    chmod 600 "$tmp"; mv -f "$tmp" "$SECRETS"
    load_secrets
  fi
  if [[ ! -s $SIGNING_KEY ]]; then
    log "generating the server signing key"
    local tmp
    tmp="$(mktemp "$STATE/.signing.XXXXXX")"
    chroot_run synapse_generate_signing_key >"$tmp" || die "synapse_generate_signing_key failed"
    [[ -s $tmp ]] || die "synapse_generate_signing_key wrote nothing"
    chmod 600 "$tmp"; mv -f "$tmp" "$SIGNING_KEY"
  fi
  [[ -f $TEMPLATE ]] || die "config template $TEMPLATE is missing"
  [[ -f $LOG_TEMPLATE ]] || die "log config template $LOG_TEMPLATE is missing"
  local tmp
  tmp="$(mktemp "$STATE/.homeserver.XXXXXX")"
  sed -e "s|@PORT@|$PORT|g" -e "s|@DIR@|$INNER_DIR|g" \
      -e "s|@REGISTRATION_SHARED_SECRET@|$REGISTRATION_SHARED_SECRET|g" \
      -e "s|@MACAROON_SECRET_KEY@|$MACAROON_SECRET_KEY|g" \
      -e "s|@FORM_SECRET@|$FORM_SECRET|g" "$TEMPLATE" >"$tmp"
  if grep -q '@[A-Z_]*@' "$tmp"; then die "unreplaced placeholder in $TEMPLATE: $(grep -o '@[A-Z_]*@' "$tmp" | head -1)"; fi
  [[ -z $DB_URL ]] || use_postgres_config "$tmp"
  chmod 600 "$tmp"; mv -f "$tmp" "$CFG"
  tmp="$(mktemp "$STATE/.log.XXXXXX")"
  cat "$LOG_TEMPLATE" >"$tmp"; chmod 644 "$tmp"; mv -f "$tmp" "$LOG_CFG"
  mkdir -p "$CACHE$INNER_DIR"   # mount point for the state dir inside the chroot
}

# use_postgres_config FILE: swap the SQLite `database:` block of a rendered homeserver.yaml for the PostgreSQL one.
# The main template stays as it is, so the default (SQLite) config is rendered exactly as before.
use_postgres_config() {
  local cfg=$1 block
  [[ -f $PG_TEMPLATE ]] || die "config template $PG_TEMPLATE is missing"
  block="$(mktemp "$STATE/.database.XXXXXX")"
  # The template's own header comments (lines starting with #) describe the template; they are left out.
  sed -e '/^#/d' -e "s|@DB_USER@|$DB_USER|g" -e "s|@DB_PASSWORD@|$DB_PASSWORD|g" -e "s|@DB_HOST@|$DB_HOST|g" \
      -e "s|@DB_PORT@|$DB_PORT|g" -e "s|@DB_NAME@|$DB_NAME|g" "$PG_TEMPLATE" >"$block"
  # Replace from `database:` to the first line that is neither indented nor part of the block (blank or next key).
  awk -v blockfile="$block" '
    /^database:/ { while ((getline line < blockfile) > 0) print line; skip = 1; next }
    skip && /^[ \t]+[^ \t]/ { next }
    { skip = 0; print }
  ' "$cfg" >"$cfg.pg"
  rm -f "$block"
  mv -f "$cfg.pg" "$cfg"
  if ! grep -q '^  name: psycopg2$' "$cfg" || grep -q 'sqlite3' "$cfg"; then
    die "could not switch the rendered config to PostgreSQL (does $TEMPLATE still have a 'database:' block?)"
  fi
  if grep -q '@[A-Z_]*@' "$cfg"; then die "unreplaced placeholder in $PG_TEMPLATE: $(grep -o '@[A-Z_]*@' "$cfg" | head -1)"; fi
  log "database: PostgreSQL '$DB_NAME' on $DB_HOST:$DB_PORT as '$DB_USER' (SYNAPSE_PEER_DATABASE_URL)"
}

# A running instance keeps the database it was started with; `start` with the other kind must not pass for healthy.
running_database_matches() {
  [[ -n $DB_URL ]] || return 0   # default mode: unchanged behaviour, no check
  [[ -f $CFG ]] && grep -q '^  name: psycopg2$' "$CFG" \
    && grep -q "^    dbname: \"$DB_NAME\"\$" "$CFG" && grep -q "^    port: $DB_PORT\$" "$CFG"
}

# ----------------------------------------------------------------------------------------------
# process / port / HTTP helpers
# ----------------------------------------------------------------------------------------------
synapse_pids() { pgrep -f -- "$SYNAPSE_RE" || true; }

running_port() {
  local p=""
  [[ -f $PORT_FILE ]] && p="$(<"$PORT_FILE")"
  if [[ $p =~ ^[0-9]+$ ]]; then printf '%s' "$p"; else printf '%s' "$PORT"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

healthy() {  # healthy <port>
  local out
  out="$(curl -fsS --max-time 3 "http://127.0.0.1:$1/health" 2>/dev/null)" || return 1
  [[ $out == OK ]]
}

# http_call METHOD PATH [TOKEN] [JSON_BODY] -> sets HTTP_STATUS, HTTP_BODY. The token goes through a
# curl config on a pipe, never on a command line.
http_call() {
  local method=$1 path=$2 token=${3:-} body=${4:-} out
  local -a args=(-sS --max-time 30 -X "$method" -w '\n%{http_code}')
  [[ -z $body ]] || args+=(-H 'Content-Type: application/json' --data-binary @-)
  if [[ -n $token ]]; then
    out="$(curl "${args[@]}" -K <(printf 'header = "Authorization: Bearer %s"\n' "$token") "$(peer_url)$path" <<<"$body" 2>&1)" || true
  else
    out="$(curl "${args[@]}" "$(peer_url)$path" <<<"$body" 2>&1)" || true
  fi
  HTTP_STATUS="${out##*$'\n'}"
  HTTP_BODY="${out%$'\n'*}"
  [[ $HTTP_STATUS =~ ^[0-9]{3}$ ]] || { HTTP_BODY=$out; HTTP_STATUS=000; }
}

# json_field KEY < json  (uses the chroot's python3, so the host needs no jq/python)
json_field() {
  chroot_run /usr/bin/python3 -c '
import json, sys
try:
    d = json.load(sys.stdin)
except Exception:
    sys.exit(0)
v = d.get(sys.argv[1]) if isinstance(d, dict) else None
if v is not None:
    print(json.dumps(v) if isinstance(v, (dict, list, bool)) else v)
' "$1"
}

json_escape() {
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\r'/\\r}; s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}

env_line() {  # env_line KEY VALUE -> KEY=VALUE, single-quoted only when needed
  if [[ $2 =~ ^[A-Za-z0-9_@:/.,+=%-]*$ ]]; then
    printf '%s=%s\n' "$1" "$2"
  else
    printf "%s='%s'\n" "$1" "${2//\'/\'\\\'\'}"
  fi
}

password_for() {
  local key
  key="$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]' | tr -c 'A-Z0-9' '_')"
  local var="SYNAPSE_PEER_PASSWORD_$key"
  if [[ $key != PREFIX && -n ${!var:-} ]]; then printf '%s' "${!var}"; else printf '%s%s' "$PASSWORD_PREFIX" "$1"; fi
}

show_log_tail() {
  if [[ -s $LOG_FILE ]]; then
    printf '%s: ---- last 40 lines of %s ----\n' "$PROG" "$LOG_FILE" >&2
    tail -n 40 "$LOG_FILE" >&2 || true
    printf '%s: ---- end of log ----\n' "$PROG" >&2
  fi
}

# ----------------------------------------------------------------------------------------------
# start / stop
# ----------------------------------------------------------------------------------------------
launch_synapse() {
  [[ -f $LOG_FILE ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  : >"$LOG_FILE"; chmod 600 "$LOG_FILE"
  log "starting Synapse on $(peer_url) (state $STATE, log $LOG_FILE)"
  # setsid -f: own session, survives this shell and its process group. Private mount+PID namespaces:
  # the bind mount of the state dir and /proc vanish with the process, so a crash leaves no mount behind.
  # Synapse ends up as PID 1 of the namespace; fds 8/9 (our locks) must not leak into it.
  # shellcheck disable=SC2016  # $1..$4 are expanded by the inner sh
  setsid -f unshare --mount --pid --fork --kill-child=SIGTERM --mount-proc="$CACHE/proc" \
    /bin/sh -c 'mount --bind "$1" "$2" || exit 121
exec chroot "$3" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  /usr/bin/python3 -m synapse.app.homeserver -c "$4"' \
    synapse-peer "$STATE" "$CACHE$INNER_DIR" "$CACHE" "$INNER_CFG" \
    </dev/null >>"$LOG_FILE" 2>&1 8>&- 9>&-

  local i pid=""
  for (( i = 0; i < 100; i++ )); do
    pid="$(synapse_pids | head -n 1)"
    [[ -n $pid ]] && break
    sleep 0.1
  done
  if [[ -z $pid ]]; then show_log_tail; die "the Synapse process did not appear (see $LOG_FILE)"; fi
  printf '%s\n' "$pid" >"$PID_FILE"
  printf '%s\n' "$PORT" >"$PORT_FILE"
  SYNAPSE_PID=$pid
}

wait_healthy() {
  local t0 deadline
  t0=$(now); deadline=$(( t0 + HEALTH_TIMEOUT ))
  while :; do
    if ! kill -0 "$SYNAPSE_PID" 2>/dev/null; then
      show_log_tail; rm -f "$PID_FILE" "$PORT_FILE"
      die "Synapse exited during startup (see $LOG_FILE)"
    fi
    if healthy "$PORT"; then log "Synapse is healthy after $(( $(now) - t0 ))s (pid $SYNAPSE_PID)"; return 0; fi
    if (( $(now) >= deadline )); then
      show_log_tail
      stop_locked || true
      die "Synapse did not answer $(peer_url)/health within ${HEALTH_TIMEOUT}s (see $LOG_FILE)"
    fi
    sleep 0.5
  done
}

register_one() {  # register_one NAME --admin|--no-admin
  local name=$1 flag=$2 pw out rc=0
  pw="$(password_for "$name")"
  out="$(chroot_run /usr/bin/synapse_register_new_matrix_user --exists-ok -u "$name" -p "$pw" "$flag" \
          -k "$REGISTRATION_SHARED_SECRET" "$(peer_url)" 2>&1)" || rc=$?
  (( rc == 0 )) || die "registering @$name:$SERVER_NAME failed: ${out//$'\n'/ }"
  local what="user"
  [[ $flag == --admin ]] && what="admin user"
  if [[ $out == *"already exists"* ]]; then
    log "$what @$name:$SERVER_NAME already exists"
  else
    log "registered $what @$name:$SERVER_NAME"
  fi
}

env_file_value() {  # env_file_value KEY  (from peer.env; our own format)
  [[ -f $ENV_FILE ]] || return 0
  sed -n "s/^$1=//p" "$ENV_FILE" | head -n 1
}

admin_token_valid() {  # admin_token_valid TOKEN
  http_call GET /_matrix/client/v3/account/whoami "$1"
  [[ $HTTP_STATUS == 200 && $(json_field user_id <<<"$HTTP_BODY") == "@$ADMIN_USER:$SERVER_NAME" ]]
}

info_valid() {
  [[ -f $ENV_FILE && -f $JSON_FILE ]] || return 1
  [[ $(env_file_value SYNAPSE_URL) == "$(peer_url)" ]] || return 1
  local tok
  tok="$(env_file_value SYNAPSE_ADMIN_TOKEN)"
  [[ -n $tok ]] && admin_token_valid "$tok"
}

admin_login() {  # sets ADMIN_TOKEN
  local body tok
  body="$(printf '{"type":"m.login.password","identifier":{"type":"m.id.user","user":%s},"password":%s,"device_id":"%s","initial_device_display_name":"synapse-peer (peer.sh)"}' \
    "$(json_escape "$ADMIN_USER")" "$(json_escape "$(password_for "$ADMIN_USER")")" "$ADMIN_DEVICE_ID")"
  http_call POST /_matrix/client/v3/login "" "$body"
  if [[ $HTTP_STATUS != 200 ]]; then
    die "admin login failed: HTTP $HTTP_STATUS $(json_field errcode <<<"$HTTP_BODY") $(json_field error <<<"$HTTP_BODY") (password changed? try: $0 reset)"
  fi
  tok="$(json_field access_token <<<"$HTTP_BODY")"
  [[ -n $tok ]] || die "admin login answered 200 without an access_token"
  ADMIN_TOKEN=$tok
}

write_info() {
  local tmp u first=1
  tmp="$(mktemp "$STATE/.peer.env.XXXXXX")"
  {
    printf '# Synapse test peer connection info, written by scripts/synapse-peer/peer.sh start (%s). Secret: do not commit.\n' "$(date -u +%FT%TZ)"
    env_line SYNAPSE_URL "$(peer_url)"
    env_line SYNAPSE_SERVER_NAME "$SERVER_NAME"
    env_line SYNAPSE_ADMIN_TOKEN "$ADMIN_TOKEN"
    env_line SYNAPSE_ADMIN_USER "@$ADMIN_USER:$SERVER_NAME"
    env_line SYNAPSE_ADMIN_PASSWORD "$(password_for "$ADMIN_USER")"
    env_line SYNAPSE_PEER_USERS "$PEER_USERS"
    env_line SYNAPSE_PEER_PASSWORD_PREFIX "$PASSWORD_PREFIX"
    for u in "${USERS[@]}"; do
      env_line "SYNAPSE_PEER_PASSWORD_$(printf '%s' "$u" | tr '[:lower:]' '[:upper:]' | tr -c 'A-Z0-9' '_')" "$(password_for "$u")"
    done
  } >"$tmp"
  chmod 600 "$tmp"; mv -f "$tmp" "$ENV_FILE"

  tmp="$(mktemp "$STATE/.peer.json.XXXXXX")"
  {
    printf '{\n'
    printf '  "url": %s,\n' "$(json_escape "$(peer_url)")"
    printf '  "serverName": %s,\n' "$(json_escape "$SERVER_NAME")"
    printf '  "adminToken": %s,\n' "$(json_escape "$ADMIN_TOKEN")"
    printf '  "admin": {"localpart": %s, "mxid": %s, "password": %s, "admin": true},\n' \
      "$(json_escape "$ADMIN_USER")" "$(json_escape "@$ADMIN_USER:$SERVER_NAME")" "$(json_escape "$(password_for "$ADMIN_USER")")"
    printf '  "passwordPrefix": %s,\n' "$(json_escape "$PASSWORD_PREFIX")"
    printf '  "users": ['
    for u in "${USERS[@]}"; do
      (( first )) || printf ','
      first=0
      printf '\n    {"localpart": %s, "mxid": %s, "password": %s, "admin": false}' \
        "$(json_escape "$u")" "$(json_escape "@$u:$SERVER_NAME")" "$(json_escape "$(password_for "$u")")"
    done
    printf '\n  ]\n}\n'
  } >"$tmp"
  chmod 600 "$tmp"; mv -f "$tmp" "$JSON_FILE"
}

ensure_users_and_info() {
  load_secrets
  [[ -n $REGISTRATION_SHARED_SECRET ]] || die "no registration secret in $SECRETS; run: $0 reset"
  local u tok
  register_one "$ADMIN_USER" --admin
  for u in "${USERS[@]}"; do register_one "$u" --no-admin; done

  ADMIN_TOKEN=""
  tok="$(env_file_value SYNAPSE_ADMIN_TOKEN)"
  if [[ -n $tok && $(env_file_value SYNAPSE_URL) == "$(peer_url)" ]] && admin_token_valid "$tok"; then
    ADMIN_TOKEN=$tok
    log "reusing the admin access token from $ENV_FILE"
  else
    admin_login
    log "logged in @$ADMIN_USER:$SERVER_NAME (device $ADMIN_DEVICE_ID)"
  fi
  http_call GET "/_synapse/admin/v2/users/%40$ADMIN_USER:$SERVER_NAME" "$ADMIN_TOKEN"
  if [[ $HTTP_STATUS != 200 || $(json_field admin <<<"$HTTP_BODY") != true ]]; then
    die "@$ADMIN_USER:$SERVER_NAME is not a server admin (HTTP $HTTP_STATUS); run: $0 reset"
  fi
  write_info
  log "connection info written to $ENV_FILE and $JSON_FILE (mode 600)"
}

cleanup_stale() {
  if [[ -f $PID_FILE || -f $PORT_FILE ]]; then
    log "removing stale pid/port files of a previous run"
    rm -f "$PID_FILE" "$PORT_FILE"
  fi
  umount_under "$CACHE$INNER_DIR"
}

server_version() {
  http_call GET /_synapse/admin/v1/server_version
  if [[ $HTTP_STATUS == 200 ]]; then
    sed -n 's/.*"server_version" *: *"\([^"]*\)".*/\1/p' <<<"$HTTP_BODY"
    return 0
  fi
  http_call GET /_matrix/federation/v1/version
  [[ $HTTP_STATUS == 200 ]] && sed -n 's/.*"version" *: *"\([^"]*\)".*/\1/p' <<<"$HTTP_BODY"
  return 0
}

start_locked() {
  local t0 rport
  t0=$(now)
  local -a pids
  mapfile -t pids < <(synapse_pids)
  if (( ${#pids[@]} )); then
    rport="$(running_port)"
    if healthy "$rport"; then
      running_database_matches \
        || die "the instance in $STATE runs on another database than SYNAPSE_PEER_DATABASE_URL; use: $0 restart"
      if [[ $rport != "$PORT" ]]; then
        warn "already running on port $rport; SYNAPSE_PEER_PORT=$PORT ignored (use: $0 restart)"
        PORT=$rport
      fi
      if info_valid; then
        log "already running and healthy at $(peer_url) (pid ${pids[*]}); nothing to do"
        log "connection info: $ENV_FILE"
        return 0
      fi
      log "already running at $(peer_url) (pid ${pids[*]}); refreshing users and connection info"
      ensure_users_and_info
      return 0
    fi
    log "Synapse process ${pids[*]} exists but $(peer_url)/health does not answer; restarting it"
    stop_locked
  fi
  cleanup_stale
  if port_in_use "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use by another program; free it or set SYNAPSE_PEER_PORT"
  fi
  prepare_state
  launch_synapse
  wait_healthy
  ensure_users_and_info
  log "Synapse $(server_version) ready at $(peer_url) in $(( $(now) - t0 ))s"
}

wait_pids_gone() {  # wait_pids_gone SECONDS PID...
  local deadline=$(( $(now) + $1 )) p alive; shift
  while :; do
    alive=0
    for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
    (( alive )) || return 0
    (( $(now) < deadline )) || return 1
    sleep 0.2
  done
}

stop_locked() {
  local rport deadline
  rport="$(running_port)"
  local -a pids
  mapfile -t pids < <(synapse_pids)
  if (( ${#pids[@]} == 0 )); then
    if [[ -f $PID_FILE ]]; then log "not running (cleaning up after a crashed or killed run)"; else log "not running"; fi
  else
    log "stopping Synapse (pid ${pids[*]}, port $rport)"
    # Synapse is PID 1 of its namespace and handles SIGTERM (graceful); unshare itself ignores SIGTERM.
    kill -TERM "${pids[@]}" 2>/dev/null || true
    if ! wait_pids_gone "$STOP_TIMEOUT" "${pids[@]}"; then
      warn "Synapse did not exit within ${STOP_TIMEOUT}s of SIGTERM; sending SIGKILL"
      kill -KILL "${pids[@]}" 2>/dev/null || true
      wait_pids_gone 10 "${pids[@]}" || die "could not kill Synapse (pid ${pids[*]})"
    fi
    deadline=$(( $(now) + 20 ))
    while port_in_use "$rport"; do
      (( $(now) < deadline )) || die "Synapse stopped but port $rport is still in use by another program"
      sleep 0.2
    done
    log "stopped; port $rport is free"
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
  umount_under "$CACHE$INNER_DIR"
}

wipe_state() {
  [[ -e $STATE/$STATE_MARKER ]] || die "$STATE has no $STATE_MARKER; refusing to delete it"
  log "deleting state in $STATE (database, media, config, secrets, logs, connection info)"
  find "$STATE" -mindepth 1 -maxdepth 1 ! -name .lock ! -name "$STATE_MARKER" -exec rm -rf --one-file-system -- {} +
}

# ----------------------------------------------------------------------------------------------
# commands
# ----------------------------------------------------------------------------------------------
prepare_runtime() {
  require_root
  ensure_base_tools
  ensure_host_cmd curl curl
  ensure_provisioned
  open_state_lock
}

cmd_start()   { prepare_runtime; start_locked; }
cmd_restart() { prepare_runtime; stop_locked; start_locked; }
cmd_reset()   { prepare_runtime; stop_locked; wipe_state; start_locked; }

cmd_stop() {
  require_root
  ensure_base_tools
  if [[ ! -d $STATE ]]; then
    # nothing recorded; still stop a stray process for this state dir, if any
    local -a pids; mapfile -t pids < <(synapse_pids)
    if (( ${#pids[@]} == 0 )); then log "not running"; return 0; fi
  fi
  open_state_lock
  stop_locked
}

cmd_status() {
  command -v curl >/dev/null 2>&1 || die "curl is not installed"
  local rport ver
  local -a pids
  mapfile -t pids < <(synapse_pids)
  rport="$(running_port)"; PORT=$rport
  if (( ${#pids[@]} )) && healthy "$rport"; then
    ver="$(server_version)"
    printf 'synapse-peer: running (pid %s), healthy\n' "${pids[*]}"
    printf 'url:          %s\n' "$(peer_url)"
    printf 'version:      Synapse %s\n' "${ver:-unknown}"
    printf 'server name:  %s\n' "$SERVER_NAME"
    printf 'state:        %s\n' "$STATE"
    [[ -z $DB_URL ]] || printf 'database:     PostgreSQL %s on %s:%s (user %s)\n' "$DB_NAME" "$DB_HOST" "$DB_PORT" "$DB_USER"
    printf 'connection:   %s\n' "$ENV_FILE"
    printf 'chroot:       %s\n' "$CACHE"
    return 0
  fi
  if (( ${#pids[@]} )); then
    printf 'synapse-peer: process running (pid %s) but %s/health does not answer\n' "${pids[*]}" "$(peer_url)"
  else
    printf 'synapse-peer: not running\n'
  fi
  printf 'url:          %s\n' "$(peer_url)"
  printf 'state:        %s\n' "$STATE"
  if chroot_valid "$CACHE"; then
    printf 'chroot:       %s (Synapse %s)\n' "$CACHE" "$(sed -n 's/^synapse=//p' "$CACHE/$READY_MARKER")"
  else
    printf 'chroot:       %s (not provisioned)\n' "$CACHE"
  fi
  return 3
}

cmd_register() {
  local name="" admin_flag=--no-admin a
  for a in "$@"; do
    case $a in
      --admin) admin_flag=--admin;;
      -*) die "unknown option '$a' (usage: $0 register NAME [--admin])";;
      *) [[ -z $name ]] || die "only one user name, please"; name=$a;;
    esac
  done
  [[ -n $name ]] || die "usage: $0 register NAME [--admin]"
  valid_localpart "$name" || die "invalid user name '$name' (allowed: a-z 0-9 . _ = / -)"
  require_root
  ensure_base_tools
  ensure_host_cmd curl curl
  chroot_valid "$CACHE" || die "not provisioned; run: $0 start"
  [[ -d $STATE ]] || die "the peer is not running; run: $0 start"
  open_state_lock
  PORT="$(running_port)"
  local -a pids; mapfile -t pids < <(synapse_pids)
  if (( ${#pids[@]} == 0 )) || ! healthy "$PORT"; then die "the peer is not running; run: $0 start"; fi
  load_secrets
  [[ -n $REGISTRATION_SHARED_SECRET ]] || die "no registration secret in $SECRETS; run: $0 reset"
  register_one "$name" "$admin_flag"
  printf '@%s:%s\n' "$name" "$SERVER_NAME"
}

main() {
  local cmd=${1:-help}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    help|-h|--help) usage; return 0;;
  esac
  validate_settings
  init_paths
  case $cmd in
    provision) cmd_provision;;
    start) cmd_start;;
    stop) cmd_stop;;
    restart) cmd_restart;;
    reset) cmd_reset;;
    status) cmd_status || exit $?;;
    register) cmd_register "$@";;
    *) die "unknown command '$cmd' (see: $0 help)";;
  esac
}

main "$@"
