#!/usr/bin/env bash
# Chooses the KL weight of the circuit autoencoder (`graphtool qpretrain --kl-scale`, and
# whether to anneal it with --kl-warmup) on validation circuits: one training run per setting
# on the same seeded circuits, printing the validation accuracies of node kinds, qubits and
# adjacency, the share of validation circuits rebuilt exactly and the validity of prior samples
# (those do not depend on the split). The test circuits are not looked at.
# usage: benchmarks/qpretrain-kl-sweep.sh [QUBITS [CIRCUITS [EPOCHS]]]   (defaults 4 5000 8;
#        SETTINGS, default "1:0 0.1:0 0.03:0 0.01:0 0.001:0 0:0 0.1:4 0.03:4", as scale:warmup)
set -euo pipefail
cd "$(dirname "$0")/.."
qubits=${1:-4} circuits=${2:-5000} epochs=${3:-8}
swift build -c release --product graphtool >/dev/null
printf '%-8s %-7s %9s %9s %9s %9s %9s %9s\n' kl warmup kinds qubits adjacency exact prior_valid seconds
for setting in ${SETTINGS:-1:0 0.1:0 0.03:0 0.01:0 0.001:0 0:0 0.1:4 0.03:4}; do
    scale=${setting%%:*} warmup=${setting##*:}
    .build/release/graphtool qpretrain --qubits "$qubits" --circuits "$circuits" --epochs "$epochs" --kl-scale "$scale" \
        --kl-warmup "$warmup" --prior-samples 1000 --seed 1 --no-progress --quiet \
      | python3 -c 'import json, sys
d = json.load(sys.stdin); v = d["validation"]
print("%-8s %-7s %9.3f %9.3f %9.3f %9.3f %9.3f %9.0f" % (sys.argv[1], sys.argv[2], v["kindAccuracy"], v["qubitAccuracy"],
      v["adjacencyAccuracy"], v["exactCircuits"], d["report"]["priorValidity"], d["trainingSeconds"]))' "$scale" "$warmup"
done
