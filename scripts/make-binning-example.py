#!/usr/bin/env python3
"""Writes the small synthetic binning example in examples/binning/ (seeded, so the files are
reproducible): 3 genomes of different GC content and 4-mer bias, cut into 24 contigs of 2.5-6 kb,
with jgi-style depths over 2 samples (each genome its own abundance, contigs scattered around it),
a GFA 1 assembly graph (a segment per contig, links between some contigs of one genome, P lines)
and the CAMI gold standard. Usage: scripts/make-binning-example.py [OUTDIR]"""
import random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "examples/binning"
rng = random.Random(2024)
genomes = [("genomeA", 0.35, (20.0, 2.0)), ("genomeB", 0.50, (5.0, 15.0)), ("genomeC", 0.65, (10.0, 10.0))]
contigs = []  # (name, genome, sequence, depths)
for g, (name, gc, abundance) in enumerate(genomes):
    # A first-order Markov chain per genome: the GC share sets the base weights, and a
    # genome-specific preference for some dinucleotides gives each its own 4-mer profile.
    weights = {b: (gc / 2 if b in "GC" else (1 - gc) / 2) for b in "ACGT"}
    bias = {(a, b): rng.uniform(0.5, 1.5) for a in "ACGT" for b in "ACGT"}
    for k in range(8):
        length = rng.randrange(2500, 6000)
        seq, previous = [], rng.choice("ACGT")
        for _ in range(length):
            options = "ACGT"
            probabilities = [weights[b] * bias[(previous, b)] for b in options]
            previous = rng.choices(options, probabilities)[0]
            seq.append(previous)
        depths = [max(0.1, a * rng.uniform(0.8, 1.2)) for a in abundance]
        contigs.append((f"contig_{g * 8 + k + 1}", name, "".join(seq), depths))
with open(f"{out}/contigs.fasta", "w") as f:
    for name, _, seq, _ in contigs:
        f.write(f">{name}\n")
        f.writelines(seq[i:i + 80] + "\n" for i in range(0, len(seq), 80))
with open(f"{out}/depth.txt", "w") as f:
    f.write("contigName\tcontigLen\ttotalAvgDepth\ts1.bam\ts1.bam-var\ts2.bam\ts2.bam-var\n")
    for name, _, seq, (d1, d2) in contigs:
        f.write(f"{name}\t{len(seq)}\t{(d1 + d2) / 2:.4f}\t{d1:.4f}\t{d1 / 4:.4f}\t{d2:.4f}\t{d2 / 4:.4f}\n")
with open(f"{out}/assembly.gfa", "w") as f:
    f.write("H\tVN:Z:1.0\n")
    for i, (name, _, seq, _) in enumerate(contigs):
        f.write(f"S\ts{i + 1}\t*\tLN:i:{len(seq)}\n")
    for g in range(3):  # a chain through half of each genome's contigs
        for k in range(0, 3):
            a, b = g * 8 + k, g * 8 + k + 1
            f.write(f"L\ts{a + 1}\t+\ts{b + 1}\t+\t0M\tRC:i:{rng.randrange(1, 6)}\n")
    for i, (name, _, _, _) in enumerate(contigs):
        f.write(f"P\t{name}\ts{i + 1}+\t*\n")
with open(f"{out}/gold.binning", "w") as f:
    f.write("@Version:0.9.0\n@SampleID:example\n@@SEQUENCEID\tBINID\tLENGTH\n")
    f.writelines(f"{name}\t{g}\t{len(seq)}\n" for name, g, seq, _ in contigs)
