#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throw-away PostgreSQL server for the tests: `pg_start.sh DIR [MINUTES]`.
# It listens on a Unix socket in DIR only (no TCP), trusts the role "waymark" and asks the
# role "secret" (password "s3cret") for a password; a watchdog stops it after MINUTES (default
# 30) even when nobody calls pg_stop.sh. Prints why and exits 77 when PostgreSQL is missing
# (packaging/dev.sh installs postgresql).
set -eu
dir=$1
minutes=${2:-30}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg_start.sh: PostgreSQL is not installed (apt-get install postgresql); the database tests are skipped" >&2
    exit 77
fi
# initdb refuses to run as root: the server then runs as the postgres user.
as() { "$@"; }
if [ "$(id -u)" = 0 ]; then as() { runuser -u postgres -- "$@"; }; fi
"$(dirname "$0")/pg_stop.sh" "$dir" 2>/dev/null || true
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as "$bin/initdb" -D "$dir/data" -U waymark -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
cat >"$dir/data/pg_hba.conf" <<HBA
local all secret scram-sha-256
local all all trust
HBA
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=20" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
as "$bin/psql" -q -h "$dir" -U waymark -d postgres \
    -c "CREATE ROLE secret LOGIN PASSWORD 's3cret'" -c "CREATE DATABASE events" >/dev/null
# The watchdog: a server left over by a crashed run stops by itself.
nohup sh -c "sleep $((minutes * 60)); '$(dirname "$0")/pg_stop.sh' '$dir'" >/dev/null 2>&1 &
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on the socket in $dir"
