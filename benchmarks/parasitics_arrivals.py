#!/usr/bin/env python3
"""parasitics_arrivals.py TRUE.tsv OTHER.tsv...: mean absolute difference (ps) of the max
arrival times (at_r_max, at_f_max) between `graphtool sta --pins` tables, over the pins timed
in all of them; prints one number per OTHER file, tab-separated, after the pin count."""
import sys

def load(path):
    rows = {}
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            rows.setdefault(fields[0], dict(zip(header, fields)))
    return rows

truth, others = load(sys.argv[1]), [load(p) for p in sys.argv[2:]]
errors = [[] for _ in others]
for pin, row in truth.items():
    for column in ("at_r_max", "at_f_max"):
        values = [row.get(column, "NA")] + [o.get(pin, {}).get(column, "NA") for o in others]
        if "NA" in values:
            continue
        t = float(values[0])
        for k, v in enumerate(values[1:]):
            errors[k].append(abs(float(v) - t))
print("\t".join([str(len(errors[0]))] + ["%.3f" % (sum(e) / max(len(e), 1)) for e in errors]))
