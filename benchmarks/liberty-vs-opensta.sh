#!/usr/bin/env bash
# Reading a Liberty library side by side: graphtool (release, `bench liberty`) and OpenSTA's
# read_liberty (Debian's sta 2.0.17), in one run, alternating, RUNS times each, one thread each;
# each side times its own read inside the process (the file read included, process start not).
# Prints the medians and the ratio.
# usage: benchmarks/liberty-vs-opensta.sh [LIB[.gz] [RUNS]]   (default ../shared/data/opensta/sky130hd_tt.lib.gz, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
# ../shared beside the package, or beside its worktree folder
shared=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
lib=${1:-$shared/data/opensta/sky130hd_tt.lib.gz}
runs=${2:-5}
command -v sta >/dev/null || { echo "liberty-vs-opensta: OpenSTA not found (apt-get install opensta)" >&2; exit 1; }
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$lib" in
    *.gz) gzip -dc "$lib" > "$work/lib.lib" ;;
    *) cp "$lib" "$work/lib.lib" ;;
esac
cat > "$work/read.tcl" <<TCL
set t0 [clock microseconds]
read_liberty $work/lib.lib
puts "seconds [expr {([clock microseconds] - \$t0) / 1e6}]"
TCL
for run in $(seq "$runs"); do
    sleep "${SETTLE:-2}"
    "$gt" bench liberty "$work/lib.lib" --repeats 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["median_seconds"])' >> "$work/graphtool"
    sleep "${SETTLE:-2}"
    sta -no_init -no_splash -exit "$work/read.tcl" | awk '/^seconds/ {print $2}' >> "$work/opensta"
done
python3 - "$work/graphtool" "$work/opensta" "$lib" <<'PY'
import statistics, sys
ours = [float(x) for x in open(sys.argv[1])]
theirs = [float(x) for x in open(sys.argv[2])]
a, b = statistics.median(ours), statistics.median(theirs)
print(f"{sys.argv[3]}: graphtool {a:.3f} s, OpenSTA read_liberty {b:.3f} s (medians of {len(ours)}); "
      f"graphtool takes {a / b:.2f}x OpenSTA's time")
PY
