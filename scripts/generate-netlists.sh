#!/usr/bin/env bash
# Regenerates netlists/*.aig with `graphtool generate` and checks each one with ABC:
# ABC's print_stats (i/o, lat, and, lev) must equal graphtool's for the file just written.
# Usage: scripts/generate-netlists.sh [path/to/graphtool]   (default: .build/debug/graphtool)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-.build/debug/graphtool}
command -v berkeley-abc >/dev/null || { echo "berkeley-abc is not on PATH (apt-get install berkeley-abc)" >&2; exit 1; }
[ -x "$tool" ] || { echo "$tool not found: run 'swift build' first" >&2; exit 1; }
mkdir -p netlists

# name = KIND-BITS[-sSEED]; the test suite regenerates each from its name and compares.
specs="adder-4 adder-16 multiplier-4 multiplier-8 comparator-8 comparator-32 mux-2 mux-4 parity-16 parity-64 control-8-s1 control-32-s7"

numbers() { sed 's/\x1b\[[0-9;]*m//g' | grep 'i/o' | sed -E 's/.*i\/o = *([0-9]+)\/ *([0-9]+) +lat = *([0-9]+) +and = *([0-9]+) +lev = *([0-9]+).*/\1 \2 \3 \4 \5/'; }

for spec in $specs; do
    IFS=- read -r kind bits seed <<<"$spec"
    file="netlists/$spec.aig"
    seed=${seed:-s0}
    "$tool" generate "$kind" --bits "$bits" --seed "${seed#s}" -o "$file" >/dev/null
    ours=$("$tool" stats "$file" | numbers)
    theirs=$(berkeley-abc -c "read $file; print_stats" | numbers)
    if [ "$ours" != "$theirs" ]; then
        echo "MISMATCH $file: graphtool [$ours] vs ABC [$theirs]" >&2
        exit 1
    fi
    echo "$file: i/o/lat/and/lev = $ours (ABC agrees)"
done
