#!/usr/bin/env python3
"""What limits net total-capacitance prediction from the netlist alone on TT06.

Fits least-squares models on the training designs of benchmarks/parasitics-split.tsv and scores
the validation designs (R² and MAE in fF, as `graphtool parasitics` reports them), adding one
group of netlist-only features at a time:

  basic      fanout, loads, top-port connection (what the wire-load model and the GNN's net
             features see)
  design     log taps (tap cells sit on a fixed grid, so their count measures the die area),
             log cells, cells per tap (a utilisation proxy)
  pins       clock-pin loads, antenna diodes, the driver's drive strength, summed load strength
  driver     one-hot driver cell (60 most common)
  spectral   a placement proxy: each net's spread over the 8 leading non-trivial eigenvectors of
             the normalised cell–net incidence graph (nets of 2..60 pins), as a spectral placer
             would put the cells

a non-linear check: the mean of the training nets that share the validation net's fanout, port
connection, driver cell and clock/diode loads (backing off to fanout and port when fewer than 5
share them), and two diagnostic numbers: the share of the validation sum of squares held by the largest 1 %
of nets, and the R² an oracle would reach by shifting each validation design by its own median
log residual (what a perfect design-level feature could add).

Connectivity comes from each SPEF's *CONN sections (pins, directions and cell types, the same as
the netlist's) and the tap count from the netlist; the only SPEF quantity used is the *D_NET
total, as the target. Needs numpy and scipy.

usage: benchmarks/parasitics_limits.py [TT06_DIR] [SPLIT_TSV]
"""
import collections
import gzip
import re
import sys
from multiprocessing import Pool

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla

TT06 = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/tt06"
SPLIT = sys.argv[2] if len(sys.argv) > 2 else "benchmarks/parasitics-split.tsv"
EIGENVECTORS = 8


def read_design(design):
    """(taps, logic cells, nets); a net is (total fF, [(direction, cell, pin, instance)], [port])."""
    taps = cells = 0
    with gzip.open(f"{TT06}/{design}.v.gz", "rt") as netlist:
        for line in netlist:
            match = re.match(r"\s*(sky130_fd_sc_hd__\w+)\s", line)
            if not match:
                continue
            if "tapvpwrvgnd" in match.group(1):
                taps += 1
            elif "fill" not in match.group(1) and "decap" not in match.group(1):
                cells += 1
    nets, net, section = [], None, None
    with gzip.open(f"{TT06}/{design}.spef.gz", "rt") as spef:
        for line in spef:
            if line.startswith("*D_NET"):
                net = (float(line.split()[2]) * 1000, [], [])  # pF → fF
                nets.append(net)
                section = None
            elif net is None:
                continue
            elif line.startswith("*CONN"):
                section = "conn"
            elif line.startswith(("*CAP", "*RES", "*END")):
                section = None
            elif section == "conn":
                fields = line.split()
                if fields[0] == "*P":
                    net[2].append(fields[1])
                elif fields[0] == "*I":
                    cell = fields[fields.index("*D") + 1] if "*D" in fields else ""
                    instance, pin = fields[1].rsplit(":", 1)
                    net[1].append((fields[2], cell, pin, instance))
    return taps, cells, nets


def spectral_spread(nets):
    """Per net: the range of its cells' coordinates on each leading eigenvector."""
    index = {}
    members = [[index.setdefault("i" + p[3], len(index)) for p in pins] + [index.setdefault("p" + q, len(index)) for q in ports]
               for _, pins, ports in nets]
    cells, count = len(index), len(index) + len(nets)
    rows, cols, weights = [], [], []
    for k, member in enumerate(members):
        if 2 <= len(member) <= 60:
            for v in member:
                rows.append(v)
                cols.append(cells + k)
                weights.append(1.0 / (len(member) - 1))
    adjacency = sp.coo_matrix((weights, (rows, cols)), shape=(count, count)).tocsr()
    adjacency = adjacency + adjacency.T
    degree = np.asarray(adjacency.sum(1)).ravel()
    degree[degree == 0] = 1
    scale = sp.diags(1 / np.sqrt(degree))
    k = min(EIGENVECTORS + 1, count - 2)
    values, vectors = sla.eigsh(scale @ adjacency @ scale, k=k, which="LA", tol=1e-4, maxiter=5000)
    vectors = (scale @ vectors)[:, np.argsort(-values)[1:]]
    vectors /= np.abs(vectors[:cells]).max(0) + 1e-12
    spread = np.zeros((len(nets), EIGENVECTORS))
    for j, member in enumerate(members):
        if len(member) >= 2:
            x = vectors[member]
            spread[j, : x.shape[1]] = x.max(0) - x.min(0)
    return spread


def analyse(design):
    taps, cells, nets = read_design(design)
    return design, taps, cells, nets, spectral_spread(nets)


def strength(cell):
    match = re.search(r"_(\d+)$", cell)
    return int(match.group(1)) if match else 1


def group_keys(pins, ports):
    """The coarse key (fanout up to 16, port) and the fine one (with driver cell, clock and diode loads)."""
    loads = [(c, p) for direction, c, p, _ in pins if direction == "I"]
    driver = [c for direction, c, _, _ in pins if direction == "O"]
    coarse = (min(len(loads) + len(ports), 16), len(ports) > 0)
    return coarse, coarse + (driver[0] if driver else "", any("CLK" in p for _, p in loads), any("diode" in c for c, _ in loads))


def group_means(data, split):
    """Per validation net (in `main`'s order): the mean total of the training nets with its fine
    key when at least 5 share it, else of those with its coarse key, else of all."""
    sums = collections.defaultdict(lambda: [0.0, 0])
    for design, _, _, nets, _ in data:
        if split[design] == "train":
            for total, pins, ports in nets:
                for key in group_keys(pins, ports):
                    sums[key][0] += total
                    sums[key][1] += 1
                sums[()][0] += total
                sums[()][1] += 1
    predictions = []
    for design, _, _, nets, _ in data:
        if split[design] == "validation":
            for _, pins, ports in nets:
                coarse, fine = group_keys(pins, ports)
                key = next(k for k in (fine, coarse, ()) if sums[k][1] >= 5)
                predictions.append(sums[key][0] / sums[key][1])
    return np.array(predictions)


def r2(predicted, truth):
    return 1 - ((predicted - truth) ** 2).sum() / ((truth - truth.mean()) ** 2).sum()


def main():
    split = dict(line.split() for line in open(SPLIT) if line.strip())
    designs = sorted(d for d, part in split.items() if part in ("train", "validation"))
    with Pool(2) as pool:
        data = pool.map(analyse, designs)
    drivers = collections.Counter(c for d, _, _, nets, _ in data if split[d] == "train"
                                  for _, pins, _ in nets for direction, c, _, _ in pins if direction == "O")
    top = {c: i for i, (c, _) in enumerate(drivers.most_common(60))}
    groups = {"basic": [], "design": [], "pins": [], "driver": [], "spectral": []}
    rows = {"train": collections.defaultdict(list), "validation": collections.defaultdict(list)}
    for design, taps, cells, nets, spread in data:
        part = rows[split[design]]
        for (total, pins, ports), s in zip(nets, spread):
            loads = [(c, p) for direction, c, p, _ in pins if direction == "I"]
            driver = [c for direction, c, _, _ in pins if direction == "O"]
            part["basic"].append([1, np.log1p(len(loads) + len(ports)), np.log1p(len(loads)), len(ports) > 0, np.log1p(len(ports))])
            part["design"].append([np.log(taps), np.log1p(cells), np.log1p(cells) - np.log(taps)])
            part["pins"].append([any("CLK" in p for _, p in loads), sum("diode" in c for c, _ in loads),
                                 np.log(strength(driver[0])) if driver else 0, not driver, np.log1p(sum(strength(c) for c, _ in loads))])
            onehot = [0] * (len(top) + 1)
            if driver:
                onehot[top.get(driver[0], len(top))] = 1
            part["driver"].append(onehot)
            part["spectral"].append([np.log(1e-3 + s.sum()), np.log(1e-3 + s[:2].sum()), np.log(1e-3 + s.max())])
            part["y"].append(total)
            part["design_of"].append(design)
    y = {p: np.array(rows[p]["y"]) for p in rows}
    print(f"nets: {len(y['train'])} train, {len(y['validation'])} validation")
    fanout = {p: np.minimum(np.round(np.expm1(np.array(rows[p]["basic"])[:, 1])).astype(int), 16) for p in rows}
    wire_load = np.array([y["train"][fanout["train"] == k].mean() for k in range(17)])[fanout["validation"]]
    print(f"{'features':<34} {'R² (log fit)':>12} {'MAE fF':>8} {'R² (fF fit)':>12} {'MAE fF':>8}")
    print(f"{'wire-load (per-fanout mean)':<34} {r2(wire_load, y['validation']):12.3f} {np.abs(wire_load - y['validation']).mean():8.3f}")
    used = []
    for group in groups:
        used.append(group)
        x = {p: np.hstack([np.array(rows[p][g], float) for g in used]) for p in rows}
        log_fit = np.linalg.lstsq(x["train"], np.log10(y["train"]), rcond=None)[0]
        linear_fit = np.linalg.lstsq(x["train"], y["train"], rcond=None)[0]
        a, b = 10 ** (x["validation"] @ log_fit), x["validation"] @ linear_fit
        print(f"{'+'.join(used):<34} {r2(a, y['validation']):12.3f} {np.abs(a - y['validation']).mean():8.3f}"
              f" {r2(b, y['validation']):12.3f} {np.abs(b - y['validation']).mean():8.3f}")
    truth = y["validation"]
    print(f"{'group means (driver, loads)':<34} {r2(group_means(data, split), truth):12.3f}"
          f" {np.abs(group_means(data, split) - truth).mean():8.3f}")
    squares = (truth - truth.mean()) ** 2
    largest = np.argsort(-truth)[: len(truth) // 100]
    print(f"largest 1 % of validation nets: {squares[largest].sum() / squares.sum():.1%} of the sum of squares")
    log_predicted = x["validation"] @ log_fit
    residual = np.log10(truth) - log_predicted
    names = np.array(rows["validation"]["design_of"])
    for design in set(names):
        mask = names == design
        log_predicted[mask] += np.median(residual[mask])
    print(f"oracle per-design offset on the full log fit: R² {r2(10 ** log_predicted, truth):.3f}, "
          f"MAE {np.abs(10 ** log_predicted - truth).mean():.3f} fF")


if __name__ == "__main__":
    main()
