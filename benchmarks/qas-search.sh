#!/usr/bin/env bash
# Quantum architecture search in the circuit autoencoder's latent space against random search on
# the same pool (QAS's protocol, Sun et al. 2024): for each task, `graphtool qas` with each method,
# SEEDS runs of BUDGET distinct circuits. Prints one row per task and method: candidates per run
# (mean, min, max), the ratio of the mean to random search's, the best reward, the distinct
# circuits trained and the seconds (wall and CPU of the process).
# usage: benchmarks/qas-search.sh [SEEDS [BUDGET [TASK…]]]   (defaults 50 1000 maxcut-4 h2 stateprep-4)
#        POOL (circuits in the pool, default qas's), MODEL4 / MODEL8 (checkpoints, default the shipped ones)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-50} budget=${2:-1000}
shift $(( $# > 2 ? 2 : $# ))
tasks=("$@")
[ ${#tasks[@]} -eq 0 ] && tasks=(maxcut-4 h2 stateprep-4)
swift build -c release --product graphtool >/dev/null
printf '%-12s %-10s %10s %6s %6s %9s %8s %8s %9s %8s\n' task method cand_mean min max vs_random best trained wall_s cpu_s
for task in "${tasks[@]}"; do
    extra=()
    [ -n "${POOL:-}" ] && extra+=(--pool "$POOL")
    case $task in
        *-8) [ -n "${MODEL8:-}" ] && extra+=(--model "$MODEL8") ;;
        *) [ -n "${MODEL4:-}" ] && extra+=(--model "$MODEL4") ;;
    esac
    random_mean=
    for method in random reinforce bo; do
        out=$( { /usr/bin/time -f 'cpu %U %S' .build/release/graphtool qas --task "$task" --method "$method" --seeds "$seeds" \
                   --budget "$budget" --json --no-progress "${extra[@]}"; } 2>&1 )
        cpu=$(sed -n 's/^cpu \([0-9.]*\) \([0-9.]*\)$/\1 \2/p' <<<"$out" | awk '{ print $1 + $2 }')
        json=$(sed '/^cpu /d' <<<"$out")
        read -r mean min max best trained wall < <(python3 -c 'import json, sys; d = json.loads(sys.stdin.read())
print(d["candidates_mean"], d["candidates_min"], d["candidates_max"], d["best_reward"], d["circuits_trained"], d["seconds"])' <<<"$json")
        [ "$method" = random ] && random_mean=$mean
        ratio=$(python3 -c "print(f'{$mean / $random_mean:.2f}' if $random_mean > 0 else 'inf')")
        printf '%-12s %-10s %10.2f %6d %6d %9s %8.4f %8d %9.1f %8.1f\n' "$task" "$method" "$mean" "$min" "$max" "$ratio" "$best" "$trained" "$wall" "$cpu"
    done
done
