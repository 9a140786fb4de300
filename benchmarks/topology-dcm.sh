#!/usr/bin/env bash
# The G-Designer evaluation on the Dirichlet-compound-multinomial debate model (issue 16):
# exact optimum over all 1,024 DAGs of five agents, the designer, every baseline, 1-3 liars and
# the null test, over 10 seeds with 95% intervals. Two designer settings: the paper's
# (τ = 0.01, anchor 1, ζ = 0.1) and a tuned one (τ = 1, no anchor or sparsity loss).
# Usage: benchmarks/topology-dcm.sh [output-directory]   (release build; ~30 min on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/topology-dcm}"
mkdir -p "$out"
swift build -c release --product graphtool >/dev/null
bin=.build/release/graphtool
common=(topology evaluate --simulate dcm --agents 5 --seeds 10 --samples 2000 --json)
"$bin" "${common[@]}" --steps 300 > "$out/paper.json"
"$bin" "${common[@]}" --steps 800 --temperature 1 --anchor-weight 0 --sparsity-weight 0 --learning-rate 0.03 > "$out/tuned.json"
python3 - "$out" <<'PY'
import json, sys
for name in ["paper", "tuned"]:
    r = json.load(open(f"{sys.argv[1]}/{name}.json"))
    ci = r["ci95"]
    print(f"== {name}: {r['seeds']} seeds, {r['samples']} debates per estimate, cost weight {r['cost_weight']}")
    for k in ["optimum_utility", "designer_utility", "optimum_score", "designer_score", "designer_regret",
              "regret_over_gap", "best_fixed_dag_score", "null_test_gain", "null_test_optimum_gain",
              "liars_1", "liars_2", "liars_3"]:
        print(f"  {k:24s} {ci[k]['mean']:.4f}  [{ci[k]['low']:.4f}, {ci[k]['high']:.4f}]")
    for b, v in sorted(r["baselines"].items()):
        print(f"  baseline {b:9s} utility {v['utility']:.4f}  cost {v['cost']:5.1f}  score {v['score']:.4f}  [{v['score_ci95']['low']:.4f}, {v['score_ci95']['high']:.4f}]")
    print("  liar retention", {k: round(v, 3) for k, v in r["liar_retention"].items()})
PY
