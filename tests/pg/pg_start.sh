#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throw-away PostgreSQL server for the tests: `pg_start.sh DIR [MINUTES]`.
# It listens on a Unix socket in DIR and, for the TLS tests, on 127.0.0.1 only (TLS required
# there, a self-signed certificate for "localhost" in DIR/server.crt), on a free port written
# to DIR/port (the tests set PGPORT from it). It trusts the role "waymark" and asks the role
# "secret" (password "s3cret") for a password; a watchdog stops it after MINUTES (default 30)
# even when nobody calls pg_stop.sh. Prints why and exits 77 when PostgreSQL is missing
# (packaging/dev.sh installs postgresql). Without openssl it runs without TLS and says so.
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
hostssl all waymark 127.0.0.1/32 trust
host all all 127.0.0.1/32 reject
HBA
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "$port" >"$dir/port"
tls="-c listen_addresses=''"
note=
if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
        -addext subjectAltName=DNS:localhost -keyout "$dir/data/server.key" \
        -out "$dir/server.crt" >/dev/null 2>&1
    cp "$dir/server.crt" "$dir/data/server.crt"
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/data/server.key" "$dir/data/server.crt"
    tls="-c listen_addresses=127.0.0.1 -c ssl=on"
    note=", 127.0.0.1 with TLS"
else
    echo "pg_start.sh: no openssl: the server runs without TLS; the TLS tests are skipped" >&2
fi
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "$tls -p $port -k $dir -c fsync=off -c max_connections=20" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
as "$bin/psql" -q -h "$dir" -p "$port" -U waymark -d postgres \
    -c "CREATE ROLE secret LOGIN PASSWORD 's3cret'" -c "CREATE DATABASE events" >/dev/null
# The watchdog: a server left over by a crashed run stops by itself; only this server (a later
# run's server in the same folder has another process id).
pid=$(head -n 1 "$dir/data/postmaster.pid")
nohup sh -c "sleep $((minutes * 60)); [ \"\$(head -n 1 '$dir/data/postmaster.pid' 2>/dev/null)\" = '$pid' ] &&
    '$(dirname "$0")/pg_stop.sh' '$dir'" >/dev/null 2>&1 &
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port: the socket in $dir$note"
