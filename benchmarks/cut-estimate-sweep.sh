#!/usr/bin/env bash
# The cut-size sweep of BENCHMARKS.md ("The estimate alone by cut size"): the error of the cut
# signal-probability estimate against simulation on the 20 EPFL combinational circuits, and its
# time, for cut sizes 2, 4, 6, 8 (the shipped estimate) and 10.
# usage: benchmarks/cut-estimate-sweep.sh [EPFL_DIR [CUT_SIZES]]   (defaults ../shared/data/epfl, 2,4,6,8,10;
#        REPEATS=timed runs per estimate, default 3; extra arguments, e.g. --json, after CUT_SIZES)
set -euo pipefail
cd "$(dirname "$0")/.."
epfl=${1:-../shared/data/epfl}
sizes=${2:-2,4,6,8,10}
shift $(( $# < 2 ? $# : 2 ))
swift build -c release --product graphtool >/dev/null
.build/release/graphtool bench cut-estimate "$epfl"/*.aig --cut-sizes "$sizes" --repeats "${REPEATS:-3}" "$@"
