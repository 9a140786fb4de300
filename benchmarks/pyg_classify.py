#!/usr/bin/env python3
"""The PyTorch Geometric peer of `graphtool classify`: the same two-layer models, split,
hyper-parameters and model selection on a data set in the TSV layout of ../shared/data/cora.

usage: pyg_classify.py DATA_DIR [--model gcn|sage|gat|gin] [--epochs E] [--patience P] [--seed 0] [--threads 2]
DATA_DIR holds edges.tsv, labels.tsv, features.tsv and split.tsv (node<TAB>train|val|test).
Features are row-normalised (NormalizeFeatures); the epoch with the lowest validation loss
(GCN) or the best validation accuracy (ties: lower validation loss; the other models) is kept. Timed: one training step (forward, backward, Adam), as
graphtool times it. Prints one JSON line. Needs: pip install torch torch-geometric
"""
import argparse, json, os, statistics, time
import torch
import torch.nn.functional as F
from torch_geometric.data import Data
from torch_geometric.nn import GATConv, GCNConv, GINConv, SAGEConv
from torch_geometric.transforms import NormalizeFeatures

p = argparse.ArgumentParser()
p.add_argument("data"); p.add_argument("--model", default="gcn"); p.add_argument("--epochs", type=int)
p.add_argument("--patience", type=int); p.add_argument("--seed", type=int, default=0)
p.add_argument("--threads", type=int, default=2)
a = p.parse_args()
torch.manual_seed(a.seed); torch.set_num_threads(a.threads)
gat = a.model == "gat"
epochs = a.epochs or (1000 if gat else 200)
patience = a.patience or (100 if gat else None)

def pairs(name):
    with open(os.path.join(a.data, name)) as f:
        return [l.split()[:2] for l in f if l.strip() and not l.startswith("#")]

edges = [(int(u), int(v)) for u, v in pairs("edges.tsv")]
labels = {int(n): int(c) for n, c in pairs("labels.tsv")}
features = [(int(n), int(c)) for n, c in pairs("features.tsv")]
n = 1 + max(max(max(u, v) for u, v in edges), max(labels), max(r for r, _ in features))
x = torch.zeros(n, 1 + max(c for _, c in features)); x[[r for r, _ in features], [c for _, c in features]] = 1.0
y = torch.full((n,), -1, dtype=torch.long)
for node, c in labels.items(): y[node] = c
roles = {"train": [], "val": [], "validation": [], "test": []}
for node, role in pairs("split.tsv"): roles[role].append(int(node))
train, val, test = (torch.tensor(r) for r in (roles["train"], roles["val"] + roles["validation"], roles["test"]))
ei = torch.tensor(edges, dtype=torch.long).t()
data = NormalizeFeatures()(Data(x=x, edge_index=torch.cat([ei, ei.flip(0)], 1), y=y))
classes = int(y.max()) + 1

class Net(torch.nn.Module):
    def __init__(self, i, c):
        super().__init__()
        if a.model == "gcn": self.c1, self.c2, self.p = GCNConv(i, 16, cached=True), GCNConv(16, c, cached=True), 0.5
        if a.model == "sage": self.c1, self.c2, self.p = SAGEConv(i, 16), SAGEConv(16, c), 0.5
        if a.model == "gat": self.c1, self.c2, self.p = GATConv(i, 8, heads=8, dropout=0.6), GATConv(64, c, heads=1, concat=False, dropout=0.6), 0.6
        if a.model == "gin":
            mlp = lambda u, v, w: torch.nn.Sequential(torch.nn.Linear(u, v), torch.nn.ReLU(), torch.nn.Linear(v, w))
            self.c1, self.c2, self.p = GINConv(mlp(i, 16, 16)), GINConv(mlp(16, 16, c)), 0.5
    def forward(self, x, ei):
        x = F.dropout(x, self.p, self.training)
        h = self.c1(x, ei)
        h = F.elu(h) if gat else h.relu()
        return self.c2(F.dropout(h, self.p, self.training), ei)

model = Net(x.size(1), classes)
# Weight decay as in the papers' code: every parameter for GAT, the first layer otherwise.
decayed = list(model.parameters()) if gat else list(model.c1.parameters())
rest = [q for q in model.parameters() if all(q is not d for d in decayed)]
opt = torch.optim.Adam([dict(params=decayed, weight_decay=5e-4), dict(params=rest, weight_decay=0)],
                       lr=0.005 if gat else 0.01)
times, best, since = [], None, 0
best_acc_seen, best_loss_seen = -1.0, float("inf")
for epoch in range(1, epochs + 1):
    t = time.perf_counter()
    model.train(); opt.zero_grad()
    loss = F.cross_entropy(model(data.x, data.edge_index)[train], data.y[train])
    loss.backward(); opt.step()
    times.append(time.perf_counter() - t)
    model.eval()
    with torch.no_grad():
        out = model(data.x, data.edge_index)
        vloss = float(F.cross_entropy(out[val], data.y[val]))
        pred = out.argmax(1)
        vacc = float((pred[val] == data.y[val]).float().mean())
        tacc = float((pred[test] == data.y[test]).float().mean())
    if a.model == "gcn":  # graphtool's GCN default: the epoch with the lowest validation loss
        if best is None or vloss < best[2]: best = (epoch, vacc, vloss, tacc)
    elif best is None or vacc > best[1] or (vacc == best[1] and vloss < best[2]): best = (epoch, vacc, vloss, tacc)
    improved = False
    if vacc > best_acc_seen: best_acc_seen, improved = vacc, True
    if vloss < best_loss_seen: best_loss_seen, improved = vloss, True
    since = 0 if improved else since + 1
    if patience and since >= patience: break
print(json.dumps({"library": "pyg", "model": a.model, "seed": a.seed, "threads": a.threads, "epochs_run": len(times),
                  "best_epoch": best[0], "validation_accuracy": best[1], "accuracy": best[3],
                  "epoch_seconds_median": statistics.median(times)}))
