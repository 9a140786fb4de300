#!/usr/bin/env python3
"""Writes COPIES disjoint copies of a combinational binary AIGER file as one binary AIGER file
(all inputs first, then each copy's ANDs, then all outputs), e.g. 64 × EPFL hyp.aig = 13.7M ANDs.
usage: benchmarks/tile_aiger.py IN.aig COPIES OUT.aig"""
import sys


def read_varint(data, pos):
    value, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def varint(x, out):
    while x >= 0x80:
        out.append((x & 0x7F) | 0x80)
        x >>= 7
    out.append(x)


def main():
    src, copies, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    data = open(src, "rb").read()
    end = data.index(b"\n")
    kind, m, i, l, o, a = data[:end].split()[:6]
    m, i, l, o, a = map(int, (m, i, l, o, a))
    if kind != b"aig" or l != 0 or m != i + a:
        sys.exit(f"{src}: need a combinational binary AIGER file with M = I + A")
    pos = end + 1
    outputs = []
    for _ in range(o):
        end = data.index(b"\n", pos)
        outputs.append(int(data[pos:end]))
        pos = end + 1
    ands = []
    for k in range(a):
        lhs = 2 * (i + k + 1)
        d0, pos = read_varint(data, pos)
        d1, pos = read_varint(data, pos)
        r0 = lhs - d0
        ands.append((lhs, r0, r0 - d1))

    def mapper(copy):
        def lit(x):
            v = x >> 1
            if v == 0:
                return x
            n = copy * i + v if v <= i else copies * i + copy * a + (v - i)
            return 2 * n + (x & 1)
        return lit

    with open(dst, "wb") as f:
        f.write(f"aig {copies * m} {copies * i} 0 {copies * o} {copies * a}\n".encode())
        f.write("".join(f"{mapper(c)(x)}\n" for c in range(copies) for x in outputs).encode())
        for c in range(copies):
            lit, out = mapper(c), bytearray()
            for lhs, r0, r1 in ands:
                ml, m0, m1 = lit(lhs), lit(r0), lit(r1)
                varint(ml - m0, out)
                varint(m0 - m1, out)
            f.write(out)
        f.write(f"c\n{copies} copies of {src}\n".encode())


if __name__ == "__main__":
    main()
