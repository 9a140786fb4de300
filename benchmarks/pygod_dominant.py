#!/usr/bin/env python3
"""The PyGOD peer of `graphtool anomaly`: PyGOD's DOMINANT (or GAE) detector on a data set in the
TSV layout of ../shared/data/cora with planted anomalies (`graphtool anomaly inject` writes it).

usage: pygod_dominant.py DATA_DIR [--model dominant|gae] [--seed 0] [--threads 2] [--sigmoid-s]
DATA_DIR holds edges.tsv (each undirected edge once), features.tsv (node<TAB>index of a 1-valued
feature) and anomalies.tsv (node<TAB>kind, 0 normal). Raw binary features, PyGOD's defaults
(4 GCN layers of 64, Adam at 0.004, 100 epochs, alpha 0.5, full batch). Timed: `fit` (dense
adjacency, training, scores), as graphtool's fit_seconds. Prints one JSON line.
Needs: pip install torch torch-geometric pygod
"""
import argparse, json, os, time
import torch
from torch_geometric.data import Data
import pygod.detector.base
from pygod.detector import DOMINANT, GAE
from sklearn.metrics import roc_auc_score

p = argparse.ArgumentParser()
p.add_argument("data"); p.add_argument("--model", default="dominant"); p.add_argument("--seed", type=int, default=0)
p.add_argument("--threads", type=int, default=2); p.add_argument("--sigmoid-s", action="store_true")
a = p.parse_args()
torch.manual_seed(a.seed); torch.set_num_threads(a.threads)

def pairs(name):
    with open(os.path.join(a.data, name)) as f:
        return [l.split()[:2] for l in f if l.strip() and not l.startswith("#")]

edges = [(int(u), int(v)) for u, v in pairs("edges.tsv")]
features = [(int(n), int(c)) for n, c in pairs("features.tsv")]
kinds = {int(n): int(k) for n, k in pairs("anomalies.tsv")}
n = 1 + max(max(max(u, v) for u, v in edges), max(r for r, _ in features), max(kinds))
x = torch.zeros(n, 1 + max(c for _, c in features)); x[[r for r, _ in features], [c for _, c in features]] = 1.0
ei = torch.tensor(edges, dtype=torch.long).t()
data = Data(x=x, edge_index=torch.cat([ei, ei.flip(0)], 1))
truth = [1 if kinds.get(i, 0) > 0 else 0 for i in range(n)]

class FullBatch:
    """What PyGOD's full-batch NeighborLoader(data, -1, batch_size=n) yields: the whole graph, its
    nodes 0..n-1 in order. PyG's loader needs pyg-lib or torch-sparse, which have no wheels for
    this torch; with every neighbour of every node taken, it samples nothing, so this is the same."""
    def __init__(self, data, num_neighbors, batch_size):
        assert batch_size == data.num_nodes and all(k == -1 for k in num_neighbors), "only the full batch is reproduced"
        self.data = data
    def __iter__(self):
        batch = self.data.clone()
        batch.n_id, batch.batch_size = torch.arange(batch.num_nodes), batch.num_nodes
        yield batch

pygod.detector.base.NeighborLoader = FullBatch
if a.model == "dominant":
    detector = DOMINANT(sigmoid_s=a.sigmoid_s, verbose=0)
else:
    detector = GAE(verbose=0)
start = time.perf_counter()
detector.fit(data)
seconds = time.perf_counter() - start
scores = detector.decision_score_.numpy()
print(json.dumps({"library": "pygod", "model": a.model, "seed": a.seed, "threads": a.threads,
                  "roc_auc": roc_auc_score(truth, scores), "fit_seconds": seconds}))
