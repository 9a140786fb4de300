#!/usr/bin/env bash
# The G-Designer evaluation on the Dirichlet-compound-multinomial debate model (issue 16):
# exact optimum over all 1,024 DAGs of five agents, the designer, every baseline, 1-3 liars and
# the null test, over 10 seeds with 95% intervals. Three designer settings: the paper's
# (τ = 0.01, anchor 1, ζ = 0.1), a tuned one (τ = 1, no anchor or sparsity loss), and the
# variance-reduced one (edges from the sketch S, leave-one-out baseline, entropy bonus, the M
# graphs of a step on common random numbers).
# Usage: benchmarks/topology-dcm.sh [output-directory] [samples]
# (release build; the variance-reduced run alone took 13 min on 2 shared cores with 1,000 samples)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/topology-dcm}"
samples="${2:-2000}"
mkdir -p "$out"
swift build -c release --product graphtool >/dev/null
bin=.build/release/graphtool
common=(topology evaluate --simulate dcm --agents 5 --seeds 10 --samples "$samples" --json)
"$bin" "${common[@]}" --steps 300 > "$out/paper.json"
"$bin" "${common[@]}" --steps 800 --temperature 1 --anchor-weight 0 --sparsity-weight 0 --learning-rate 0.03 > "$out/tuned.json"
"$bin" "${common[@]}" --steps 800 --temperature 1 --anchor-weight 0 --sparsity-weight 0 --kl-weight 0 --learning-rate 0.01 \
  --edge-head sketch --reward-baseline leave-one-out --common-random-numbers --entropy-weight 0.02 > "$out/designed.json"
python3 - "$out" <<'PY'
import json, sys
for name in ["paper", "tuned", "designed"]:
    r = json.load(open(f"{sys.argv[1]}/{name}.json"))
    ci = r["ci95"]
    print(f"== {name}: {r['seeds']} seeds, {r['samples']} debates per estimate, cost weight {r['cost_weight']}")
    for k in ["optimum_utility", "designer_utility", "optimum_score", "designer_score", "designer_regret",
              "regret_over_gap", "best_fixed_dag_score", "null_test_gain", "null_test_optimum_gain",
              "liars_1", "liars_2", "liars_3", "optimum_max_utility", "liar_optimum_1", "liar_optimum_2", "liar_optimum_3"]:
        print(f"  {k:24s} {ci[k]['mean']:.4f}  [{ci[k]['low']:.4f}, {ci[k]['high']:.4f}]")
    for b, v in sorted(r["baselines"].items()):
        print(f"  baseline {b:9s} utility {v['utility']:.4f}  cost {v['cost']:5.1f}  score {v['score']:.4f}  [{v['score_ci95']['low']:.4f}, {v['score_ci95']['high']:.4f}]")
    print("  liar retention", {k: round(v, 3) for k, v in r["liar_retention"].items()},
          "best DAG's", {k: round(v, 3) for k, v in r["liar_optimum_retention"].items()})
    for s in r["per_seed"]:
        print(f"  seed {s['seed']}: regret/gap {s['regretOverGap']:.2f}  designed {s['designedEdges']}  optimum {s['optimumEdges']}")
PY
