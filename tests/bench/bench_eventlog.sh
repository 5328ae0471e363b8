#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# waymark-cli analyze beside DuckDB on logs made by ../shared/bench/gen_events.py (or the copy
# named by WAYMARK_GEN_EVENTS): whole-process time and peak memory (/usr/bin/time), the
# figures of every touchpoint compared, one JSON line per log.
#   bench_eventlog.sh WAYMARK_CLI [EVENTS...]     (default 1000000; dev.sh bench adds 10000000)
# waymark_s is the median of WAYMARK_BENCH_RUNS runs (default 5), DuckDB runs once.
# DuckDB is @duckdb/node-api from npm in $WAYMARK_DUCKDB_DIR (default build/bench-duckdb,
# installed there on first use); without node, npm or the network the comparison is skipped
# and the script says so.
set -u
cli=$1; shift
sizes=${*:-1000000}
runs=${WAYMARK_BENCH_RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
gen=${WAYMARK_GEN_EVENTS:-$here/../../../shared/bench/gen_events.py}
peer=$(dirname "$gen")/peer_duckdb.mjs
work=${WAYMARK_BENCH_DIR:-$(dirname "$cli")/../bench-eventlog}
duck=${WAYMARK_DUCKDB_DIR:-$(dirname "$cli")/../bench-duckdb}
mkdir -p "$work" "$duck"
work=$(cd "$work" && pwd); duck=$(cd "$duck" && pwd) # the peer runs in $duck
if [ ! -f "$gen" ]; then echo "bench_eventlog: SKIPPED: no generator at $gen (set WAYMARK_GEN_EVENTS)"; exit 0; fi
have_duck=0
if command -v node >/dev/null && [ -f "$peer" ]; then
  if [ ! -d "$duck/node_modules/@duckdb/node-api" ] && command -v npm >/dev/null; then
    mkdir -p "$duck" && (cd "$duck" && npm init -y >/dev/null && npm install --silent @duckdb/node-api >/dev/null 2>&1)
  fi
  [ -d "$duck/node_modules/@duckdb/node-api" ] && cp "$peer" "$duck/" && have_duck=1
fi
[ $have_duck = 1 ] || echo "bench_eventlog: DuckDB comparison SKIPPED (needs node, npm and @duckdb/node-api in $duck)"
status=0
for n in $sizes; do
  for variant in plain shuffle crlf-bom-tz; do
    log=$work/events-$n-$variant.csv
    case $variant in plain) flags=;; shuffle) flags=--shuffle;; crlf-bom-tz) flags="--crlf --bom --tz";; esac
    [ -f "$log" ] || /usr/bin/python3 "$gen" "$n" 7 "$log" $flags || exit 1
    mb=$(( $(stat -c %s "$log") / 1000000 ))
    sync
    # Waymark's run is short beside DuckDB's, so one slow moment of the machine weighs more:
    # the median of $runs runs (all listed), the highest peak memory.
    : > "$work/wm.times"
    for _ in $(seq "$runs"); do
      /usr/bin/time -f "%e %M" -o "$work/wm.time" "$cli" analyze "$log" --json > "$work/wm.json" || status=1
      cat "$work/wm.time" >> "$work/wm.times"
    done
    wm_s=$(sort -n "$work/wm.times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    wm_kb=$(sort -n -k2 "$work/wm.times" | tail -1 | cut -d' ' -f2)
    wm_all=$(awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $1 }' "$work/wm.times")
    duck_s=null; ratio=null; same=null
    if [ $have_duck = 1 ]; then
      (cd "$duck" && /usr/bin/time -f "%e %M" -o "$work/duck.time" node peer_duckdb.mjs "$log" "$work/duck.json" 2>/dev/null)
      read -r duck_s duck_kb < "$work/duck.time"
      ratio=$(awk -v a="$wm_s" -v b="$duck_s" 'BEGIN { printf "%.3f", a / b }')
      same=$(/usr/bin/python3 - "$work/duck.json" "$work/wm.json" <<'PY'
import json, sys
duck = {r["touchpoint"]: r for r in json.load(open(sys.argv[1]))}
wm = {t["touchpoint"]: t for t in json.load(open(sys.argv[2]))["touchpoints"]}
ok = duck.keys() == wm.keys()
for k, d in duck.items():
    for f in ("events", "reach", "repeaters", "exits", "median_dwell_s"):
        a, b = d[f], wm.get(k, {}).get(f)
        if (a is None) != (b is None) or (a is not None and abs(float(a) - float(b)) > 1e-6):
            ok = False
            print(f"{k} {f}: duckdb {a}, waymark {b}", file=sys.stderr)
print("true" if ok else "false")
PY
)
      [ "$same" = true ] || status=1
    fi
    echo "{\"bench\": \"eventlog\", \"events\": $n, \"log\": \"$variant\", \"file_mb\": $mb, \"waymark_s\": $wm_s, \"waymark_runs_s\": [$wm_all], \"waymark_peak_mb\": $(( wm_kb / 1024 )), \"duckdb_s\": $duck_s, \"ratio\": $ratio, \"identical\": $same}"
  done
done
exit $status
