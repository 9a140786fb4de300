#!/usr/bin/env bash
# Reads every TT06 SPEF (gzipped, as shipped) with graphtool (release) and maps it onto its
# netlist: prints per design the nets, pins and what could not be mapped, then the totals and
# the summed read + map time. Fails when any net or pin is unmapped or any file is rejected.
# usage: benchmarks/spef-tt06.sh        (SHARED=../shared by default)
set -euo pipefail
cd "$(dirname "$0")/.."
# ../shared beside the package, or beside its worktree folder.
shared=${SHARED:-$( [ -d ../shared/data ] && echo ../shared || echo ../../shared )}
data=$shared/data/tt06
[ -f "$data/designs.tsv" ] || { echo "spef-tt06: $data/designs.tsv not found; set SHARED" >&2; exit 1; }
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
tail -n +2 "$data/designs.tsv" | cut -f1 | while read -r design; do
    "$gt" bench spef "$data/$design.spef.gz" --netlist "$data/$design.v.gz" --repeats 1 --json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); p=r["parameters"]; print(sys.argv[1], p["nets"], p["pins"], p["unmapped"], r["median_seconds"])' "$design"
done | python3 -c '
import sys
rows = [line.split() for line in sys.stdin]
bad = [r[0] for r in rows if r[3] != "0"]
print(f"{len(rows)} designs, {sum(int(r[1]) for r in rows)} nets, {sum(int(r[2]) for r in rows)} pins, "
      f"{sum(int(r[3]) for r in rows)} unmapped, read + map {sum(float(r[4]) for r in rows):.2f} s in total")
if bad: sys.exit("unmapped nets or pins in: " + " ".join(bad))
'
