#!/usr/bin/env python3
"""Peer for `graphtool bench spmm`: SciPy's `csr @ dense` (float32) on a random graph of the same
shape (NODES nodes, DEGREE uniform random out-edges each, a NODES x COLS dense matrix).
Prints one JSON line with the median wall seconds of REPEATS products and the median CPU seconds
of the process over each (SciPy's csr @ dense runs on one thread).

usage: scipy_spmm.py [--nodes 1000000] [--degree 10] [--cols 32] [--repeats 10] [--seed 0]
"""
import argparse, json, statistics, time
import numpy as np
import scipy
import scipy.sparse as sp

p = argparse.ArgumentParser()
p.add_argument("--nodes", type=int, default=1_000_000)
p.add_argument("--degree", type=int, default=10)
p.add_argument("--cols", type=int, default=32)
p.add_argument("--repeats", type=int, default=10)
p.add_argument("--seed", type=int, default=0)
a = p.parse_args()

rng = np.random.default_rng(a.seed)
n, d = a.nodes, a.degree
indptr = np.arange(0, n * d + 1, d, dtype=np.int32)
indices = np.sort(rng.integers(0, n, size=(n, d), dtype=np.int32), axis=1).ravel()
data = np.ones(n * d, dtype=np.float32)
A = sp.csr_matrix((data, indices, indptr), shape=(n, n))
X = (rng.random((n, a.cols), dtype=np.float32) - 0.5)
A @ X  # warm-up
times, cpu = [], []
for _ in range(a.repeats):
    t, c = time.perf_counter(), time.process_time()
    A @ X
    times.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)
print(json.dumps({"peer": "scipy", "scipy": scipy.__version__, "benchmark": "spmm", "nodes": n,
                  "degree": d, "cols": a.cols, "edges": int(A.nnz), "repeats": a.repeats,
                  "median_seconds": statistics.median(times), "cpu_seconds_median": statistics.median(cpu)}))
