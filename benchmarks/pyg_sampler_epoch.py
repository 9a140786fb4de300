#!/usr/bin/env python3
"""The PyTorch Geometric peer of `graphtool bench sampler`: the same synthetic graph (the same
counter-based SplitMix64 stream, drawn with numpy), the same two-layer GraphSAGE and the same
mini-batch loop over NeighborLoader (fan-outs, batch size, shuffled training nodes).

usage: pyg_sampler_epoch.py [--nodes N] [--edges E] [--features F] [--classes C] [--train-share S]
                            [--fanouts 10,5] [--batch-size B] [--hidden H] [--epochs K] [--threads T] [--seed 0]
The data, as `graphtool bench sampler --help` defines it: value k of the stream is SplitMix64's
output for the state seed + (k+1)·0x9E3779B97F4A7C15; edge e sends value(2e) mod N → value(2e+1)
mod N; feature (i, j) is (value(2E + iF + j) >> 40)·2⁻²⁴ − 0.5; the class of i is value(2E + NF + i)
mod C; the training nodes are 0 … ⌊S·N⌋ − 1. Prints one JSON line (median epoch seconds, setup
seconds, peak RSS, the edge checksum Σ (sender·N + receiver) mod 2⁶⁴ shifted right by 2).
NeighborLoader needs pyg-lib or torch-sparse.
"""
import argparse, json, resource, statistics, time
import numpy as np
import torch
import torch.nn.functional as F
from torch_geometric.data import Data
from torch_geometric.loader import NeighborLoader
from torch_geometric.nn import SAGEConv

p = argparse.ArgumentParser()
p.add_argument("--nodes", type=int, default=1_000_000); p.add_argument("--edges", type=int, default=10_000_000)
p.add_argument("--features", type=int, default=32); p.add_argument("--classes", type=int, default=16)
p.add_argument("--train-share", type=float, default=0.1); p.add_argument("--fanouts", default="10,5")
p.add_argument("--batch-size", type=int, default=1024); p.add_argument("--hidden", type=int, default=64)
p.add_argument("--epochs", type=int, default=1); p.add_argument("--threads", type=int, default=2)
p.add_argument("--seed", type=int, default=0)
a = p.parse_args()
torch.manual_seed(a.seed); torch.set_num_threads(a.threads)
N, E, F_, C = a.nodes, a.edges, a.features, a.classes
CHUNK = 1 << 24


def values(start, count):
    """Values start … start+count−1 of the stream, as uint64 (numpy wraps on overflow)."""
    with np.errstate(over="ignore"):
        z = np.uint64(a.seed) + (np.arange(start, start + count, dtype=np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


start = time.perf_counter()
edge_index = torch.empty(2, E, dtype=torch.long)
checksum = np.uint64(0)
for lo in range(0, E, CHUNK):
    count = min(CHUNK, E - lo)
    v = values(2 * lo, 2 * count) % np.uint64(N)
    senders, receivers = v[0::2], v[1::2]
    with np.errstate(over="ignore"):
        checksum += np.sum(senders * np.uint64(N) + receivers, dtype=np.uint64)
    edge_index[0, lo:lo + count] = torch.from_numpy(senders.astype(np.int64))
    edge_index[1, lo:lo + count] = torch.from_numpy(receivers.astype(np.int64))
    del v, senders, receivers
x = torch.empty(N * F_, dtype=torch.float32)
for lo in range(0, N * F_, CHUNK):
    count = min(CHUNK, N * F_ - lo)
    x[lo:lo + count] = torch.from_numpy((values(2 * E + lo, count) >> np.uint64(40)).astype(np.float32) * np.float32(2.0 ** -24) - np.float32(0.5))
x = x.view(N, F_)
y = torch.from_numpy((values(2 * E + N * F_, N) % np.uint64(C)).astype(np.int64))
train = torch.arange(int(a.train_share * N))
data = Data(x=x, edge_index=edge_index, y=y, num_nodes=N)
loader = NeighborLoader(data, num_neighbors=[int(f) for f in a.fanouts.split(",")], batch_size=a.batch_size,
                        input_nodes=train, shuffle=True)
setup = time.perf_counter() - start


class SAGE(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1, self.conv2 = SAGEConv(F_, a.hidden), SAGEConv(a.hidden, C)

    def forward(self, x, edge_index):
        x = F.dropout(x, 0.5, self.training)
        x = F.dropout(self.conv1(x, edge_index).relu(), 0.5, self.training)
        return self.conv2(x, edge_index)


model = SAGE()
optimizer = torch.optim.Adam([dict(params=model.conv1.parameters(), weight_decay=5e-4),
                              dict(params=model.conv2.parameters(), weight_decay=0)], lr=0.01)
model.train()
epoch_seconds, cpu_seconds, sampled = [], [], 0
for epoch in range(a.epochs):
    t, c = time.perf_counter(), time.process_time()
    total = batches = 0
    for batch in loader:  # sampling happens here, inside the timed loop, as on the graphtool side
        optimizer.zero_grad()
        out = model(batch.x, batch.edge_index)[:batch.batch_size]
        loss = F.cross_entropy(out, batch.y[:batch.batch_size])
        loss.backward()
        optimizer.step()
        total += float(loss); batches += 1; sampled += batch.num_nodes
    epoch_seconds.append(time.perf_counter() - t); cpu_seconds.append(time.process_time() - c)
print(json.dumps({
    "library": "pyg", "nodes": N, "edges": E, "features": F_, "classes": C, "train_nodes": len(train),
    "batch_size": a.batch_size, "hidden": a.hidden, "threads": a.threads, "batches": batches,
    "edge_checksum_shr2": int(checksum) >> 2, "median_seconds": statistics.median(epoch_seconds),
    "cpu_seconds_median": statistics.median(cpu_seconds), "setup_seconds": setup, "last_loss": total / max(batches, 1),
    "sampled_nodes_per_batch": sampled / max(batches * a.epochs, 1),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 // 1_000_000,  # kB on Linux
}))
