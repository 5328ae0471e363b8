#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The event-log figures of a PostgreSQL table two ways, on a log made by
# ../shared/bench/gen_events.py (or WAYMARK_GEN_EVENTS) and loaded into a server of its own
# (tests/pg/pg_start.sh, a Unix socket):
#   push-down: waymark-cli analyze --db ... (the SQL runs on the server, aggregates come back)
#   export:    psql \copy the table to CSV, then waymark-cli analyze on the file
# Whole-process times (/usr/bin/time), the bytes that came back (the aggregates, as the
# protocol carries them; for the export, the CSV), and whether the figures agree. One JSON
# line per size.   bench_eventsql.sh WAYMARK_CLI [EVENTS...]   (default 20000000)
# Skipped, with a message, without PostgreSQL or the generator.
set -u
cli=$1; shift
sizes=${*:-20000000}
here=$(cd "$(dirname "$0")" && pwd)
gen=${WAYMARK_GEN_EVENTS:-$here/../../../shared/bench/gen_events.py}
work=${WAYMARK_BENCH_DIR:-$(dirname "$cli")/../bench-eventsql}
pg=/tmp/waymark-pg-bench
if [ ! -f "$gen" ]; then echo "bench_eventsql: SKIPPED: no generator at $gen (set WAYMARK_GEN_EVENTS)"; exit 0; fi
"$here/../pg/pg_start.sh" "$pg" 180 >/dev/null
case $? in 0) ;; 77) echo "bench_eventsql: SKIPPED: PostgreSQL is not installed"; exit 0;; *) exit 1;; esac
trap '"$here/../pg/pg_stop.sh" "$pg"' EXIT
export PGPORT=$(cat "$pg/port") # the free port pg_start.sh chose
mkdir -p "$work"
psql="psql -q -X -v ON_ERROR_STOP=1 -h $pg -U waymark -d events"
url="postgresql://waymark@/events?host=$pg"
status=0
for n in $sizes; do
  log=$work/events-$n.csv
  [ -f "$log" ] || /usr/bin/python3 "$gen" "$n" 7 "$log" --tz || exit 1
  $psql -c "DROP TABLE IF EXISTS events" \
        -c "CREATE TABLE events(line bigserial, customer_id text, \"timestamp\" timestamptz, touchpoint text, channel text)"
  load_s=$( { /usr/bin/time -f "%e" $psql -c "\\copy events(customer_id, \"timestamp\", touchpoint, channel) FROM '$log' WITH (FORMAT csv, HEADER true)" ; } 2>&1 | tail -n 1)
  $psql -c "VACUUM ANALYZE events"
  sync
  /usr/bin/time -f "%e %M" -o "$work/db.time" "$cli" analyze --db "$url" --table events --order line --json > "$work/db.json" || status=1
  read -r db_s db_kb < "$work/db.time"
  back=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytes_received"])' "$work/db.json")
  /usr/bin/time -f "%e %M" -o "$work/export.time" $psql -c "\\copy (SELECT customer_id, \"timestamp\", touchpoint, channel FROM events ORDER BY line) TO '$work/export.csv' WITH (FORMAT csv, HEADER true)" || status=1
  read -r export_s export_kb < "$work/export.time"
  /usr/bin/time -f "%e %M" -o "$work/local.time" "$cli" analyze "$work/export.csv" --json > "$work/local.json" || status=1
  read -r local_s local_kb < "$work/local.time"
  csv=$(stat -c %s "$work/export.csv")
  same=$(/usr/bin/python3 - "$work/db.json" "$work/local.json" <<'PY'
import json, sys
d, l = (json.load(open(p)) for p in sys.argv[1:3])
keys = ("cases", "events", "throughput_median_s", "throughput_p90_s", "touchpoints", "transitions", "variant_count", "variants")
bad = [k for k in keys if d[k] != l[k]]
for k in bad:
    print(f"differs: {k}", file=sys.stderr)
print("false" if bad else "true")
PY
)
  [ "$same" = true ] || status=1
  rm -f "$work/export.csv"
  echo "{\"bench\": \"eventsql\", \"events\": $n, \"load_s\": $load_s, \"pushdown_s\": $db_s, \"pushdown_peak_mb\": $(( db_kb / 1024 )), \"pushdown_bytes_back\": $back, \"export_s\": $export_s, \"local_s\": $local_s, \"local_peak_mb\": $(( local_kb / 1024 )), \"export_plus_local_s\": $(awk -v a="$export_s" -v b="$local_s" 'BEGIN { printf "%.2f", a + b }'), \"export_bytes\": $csv, \"identical\": $same}"
done
exit $status
