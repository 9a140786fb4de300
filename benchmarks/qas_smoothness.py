#!/usr/bin/env python3
"""How smooth a task's reward is over a search pool's embedding: for 2,000 seeded pool circuits,
the Pearson r between a circuit's reward and the mean reward of its k nearest pool neighbours
(Euclidean), in the autoencoder's standardised latent space, in plain gate-kind counts
(standardised) and in a random embedding (the floor).

usage: graphtool qas --task T --method random --seeds 1 --pool 20000 --pool-seed 2 --export-pool DIR
       python3 benchmarks/qas_smoothness.py DIR [K]
"""
import sys

import numpy as np


def neighbour_r(points, rewards, k, rng, sample=2000):
    squares = (points * points).sum(1)
    chosen = rng.choice(len(rewards), min(sample, len(rewards)), replace=False)
    predicted = []
    for i in chosen:
        distance = squares - 2 * points @ points[i] + squares[i]
        distance[i] = np.inf
        predicted.append(rewards[np.argpartition(distance, k)[:k]].mean())
    return np.corrcoef(predicted, rewards[chosen])[0, 1]


def main():
    directory, k = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    latent = np.load(f"{directory}/embeddings.npy").astype(np.float64)
    rewards = np.load(f"{directory}/rewards.npy").astype(np.float64)
    gates = np.load(f"{directory}/gates.npy").reshape(len(rewards), -1, 3)
    kinds = 1 + np.arange(gates[:, :, 0].max())
    counts = np.stack([(gates[:, :, 0] == kind).sum(1) for kind in kinds], 1).astype(np.float64)
    counts = (counts - counts.mean(0)) / (counts.std(0) + 1e-9)
    rng = np.random.default_rng(0)
    for name, points in [("latent", latent), ("gate-kind counts", counts),
                         ("random", rng.normal(size=latent.shape))]:
        print(f"{name:18s} kNN-{k} reward r = {neighbour_r(points, rewards, k, np.random.default_rng(1)):.3f}")


if __name__ == "__main__":
    main()
