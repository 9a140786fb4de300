"""Writes VAMB's composition input (composition.npz) for Strong100 from its 136-column canonical
TNF, with the projection kernel of the installed VAMB (so VAMB sees what it would compute from
the sequences, which the data set does not ship).

usage: python strong100_vamb_composition.py DATA OUT.npz MINLENGTH
Each canonical frequency is spread over the 256 strand-specific 4-mers (half to each of a
4-mer and its reverse complement, all of it to a palindrome), then projected as VAMB does:
frequencies minus 1/256, times the kernel. Contigs shorter than MINLENGTH are left out, as
VAMB's -m would.
"""
import itertools, os, sys
import numpy as np
import vamb

data, out, minlength = sys.argv[1], sys.argv[2], int(sys.argv[3])
complement = str.maketrans("ACGT", "TGCA")
kmers = ["".join(p) for p in itertools.product("ACGT", repeat=4)]
canonical = sorted({min(k, k.translate(complement)[::-1]) for k in kmers})
assert len(canonical) == 136
column = {k: canonical.index(min(k, k.translate(complement)[::-1])) for k in kmers}
spread = np.zeros((136, 256), dtype=np.float32)
for j, k in enumerate(kmers):
    palindrome = k == k.translate(complement)[::-1]
    spread[column[k], j] = 1.0 if palindrome else 0.5
tnf = np.load(f"{data}/tnf136.npy").astype(np.float32)
rows = [l.split("\t") for l in open(f"{data}/contigs.tsv").read().splitlines()[1:] if l]
names = np.array([r[0] for r in rows], dtype=object)
lengths = np.array([int(r[1]) for r in rows], dtype=np.int32)
keep = lengths >= minlength
freqs = tnf[keep] @ spread
freqs /= freqs.sum(axis=1, keepdims=True)
kernel = np.load(os.path.join(os.path.dirname(vamb.__file__), "kernel.npz"))
kernel = kernel[kernel.files[0]]
matrix = ((freqs - 1 / 256) @ kernel).astype(np.float32)
np.savez_compressed(out, matrix=matrix, identifiers=names[keep], lengths=lengths[keep], mask=keep,
                    minlength=np.array(minlength))
print(f"strong100_vamb_composition: {keep.sum()} of {len(keep)} contigs, {matrix.shape[1]} columns", file=sys.stderr)
