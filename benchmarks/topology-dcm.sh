#!/usr/bin/env bash
# The G-Designer evaluation on the Dirichlet-compound-multinomial debate model (issue 16):
# exact optimum over all 1,024 DAGs of five agents, the designer, every baseline, 1-3 liars and
# the null test, on the test seeds 0-9 with 95% intervals. Settings:
#   paper       the paper's settings (--paper: τ = 0.01, anchor 1, ζ = 0.1, refined head, running baseline)
#   previous    the variance-reduced settings of the second round (800 steps, 16 debates per call, no annealing, no checkpoints)
#   default     the defaults, chosen on validation seeds 100.. by benchmarks/topology-tune.sh
#   summarizer  the defaults with the last agent's answer final (a summarizer that is never a liar)
# Usage: benchmarks/topology-dcm.sh [output-directory] [samples] [settings...]
# (release build; default and summarizer took 851 s and 830 s at 2,000 samples, run side by side
# on 2 cores shared with other jobs, load about 25-30)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/topology-dcm}"
samples="${2:-2000}"
shift $(( $# < 2 ? $# : 2 ))
settings=("$@")
[ ${#settings[@]} -eq 0 ] && settings=(paper previous default summarizer)
mkdir -p "$out"
swift build -c release --product graphtool >/dev/null
bin=.build/release/graphtool
common=(topology evaluate --simulate dcm --agents 5 --seeds 10 --samples "$samples" --json)
for name in "${settings[@]}"; do
  case "$name" in
    paper) extra=(--paper --steps 300 --debates-per-call 16 --no-common-random-numbers) ;;
    previous) extra=(--steps 800 --debates-per-call 16 --no-entropy-annealing --checkpoint-interval 0) ;;
    default) extra=() ;;
    summarizer) extra=(--aggregation summarizer) ;;
    *) echo "unknown setting $name" >&2; exit 1 ;;
  esac
  /usr/bin/time -f "$name: %e s" "$bin" "${common[@]}" "${extra[@]}" > "$out/$name.json"
done
python3 - "$out" "${settings[@]}" <<'PY'
import json, sys
for name in sys.argv[2:]:
    r = json.load(open(f"{sys.argv[1]}/{name}.json"))
    ci = r["ci95"]
    print(f"== {name}: {r['seeds']} seeds, {r['samples']} debates per estimate, {r['training_steps']} steps, "
          f"cost weight {r['cost_weight']}, {r['aggregation']}")
    for k in ["optimum_utility", "designer_utility", "optimum_score", "designer_score", "designer_regret",
              "regret_over_gap", "best_fixed_dag_score", "null_test_gain", "null_test_optimum_gain",
              "liars_1", "liars_2", "liars_3", "optimum_max_utility", "liar_optimum_1", "liar_optimum_2", "liar_optimum_3"]:
        print(f"  {k:24s} {ci[k]['mean']:.4f}  [{ci[k]['low']:.4f}, {ci[k]['high']:.4f}]")
    print(f"  designer cost {r['designer_cost']:.2f}")
    for b, v in sorted(r["baselines"].items()):
        print(f"  baseline {b:9s} utility {v['utility']:.4f}  cost {v['cost']:5.1f}  score {v['score']:.4f}  [{v['score_ci95']['low']:.4f}, {v['score_ci95']['high']:.4f}]")
    print("  liar retention", {k: round(v, 3) for k, v in r["liar_retention"].items()},
          "best DAG's", {k: round(v, 3) for k, v in r["liar_optimum_retention"].items()})
    for s in r["per_seed"]:
        print(f"  seed {s['seed']}: regret/gap {s['regretOverGap']:.2f}  designed {s['designedEdges']}  optimum {s['optimumEdges']}")
PY
