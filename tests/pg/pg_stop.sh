#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the server pg_start.sh DIR started (immediately: it holds test data only).
dir=$1
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -f "$dir/data/postmaster.pid" ] || exit 0
if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
else
    "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
fi
