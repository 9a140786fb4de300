#!/usr/bin/env python3
"""compare_pins.py OURS.tsv OPENSTA.tsv [--worst N] [--json]: per-pin agreement of two pins.tsv
files (graphtool sta --pins and ../shared/tools/opensta). For each time column (arrivals and
slacks, rise/fall, max/min) and each pin present in both with numbers in both: the absolute
difference in ps, and whether it is within max(1 ps, 0.1 % of OpenSTA's value). Prints the pins
compared, the share within tolerance, the median/99th percentile/maximum difference per column and
the N worst pins; pins NA in one file only are counted apart."""
import sys, json

def load(path):
    rows = {}
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            rows.setdefault(fields[0], dict(zip(header, fields)))  # inout pins: first row
    return rows

COLUMNS = ["at_r_max", "at_f_max", "at_r_min", "at_f_min", "slack_r_max", "slack_f_max", "slack_r_min", "slack_f_min"]

def compare(ours_path, ref_path, worst=10):
    ours, ref = load(ours_path), load(ref_path)
    common = [p for p in ref if p in ours]
    diffs, na_mismatch, within, total = {c: [] for c in COLUMNS}, 0, 0, 0
    all_diffs, checked = [], []
    worst_pins = []
    for pin in common:
        for c in COLUMNS:
            a, b = ours[pin].get(c, "NA"), ref[pin].get(c, "NA")
            if (a == "NA") != (b == "NA"):
                na_mismatch += 1
                continue
            if a == "NA":
                continue
            d = abs(float(a) - float(b))
            diffs[c].append(d)
            ok = d <= max(1.0, 0.001 * abs(float(b)))
            within += ok
            total += 1
            worst_pins.append((d, pin, c, float(a), float(b)))
            all_diffs.append((d, ok))
            checked.append((pin, c, ref[pin].get("is_endpoint") == "1", ok))
    worst_pins.sort(reverse=True)
    def pct(v, q):
        v = sorted(v)
        return v[min(len(v) - 1, int(q * len(v)))] if v else 0.0
    return {
        "pins_common": len(common), "pins_only_ours": len(set(ours) - set(ref)), "pins_only_opensta": len(set(ref) - set(ours)),
        "values": total, "within_tolerance": within, "na_mismatches": na_mismatch,
        "columns": {c: {"median": pct(v, 0.5), "p99": pct(v, 0.99), "max": max(v) if v else 0.0} for c, v in diffs.items()},
        "worst": [{"pin": p, "column": c, "ours": a, "opensta": b, "diff": d} for d, p, c, a, b in worst_pins[:worst]],
        "diffs": all_diffs,
        "checked": checked,
    }

ARRIVALS = COLUMNS[:4]

def arrival_agreement(pairs, share=0.02):
    """The issue's SPEF measures over (ours, OpenSTA) pins.tsv pairs: the mean absolute
    difference of the arrivals both report and their mean magnitude (ps), and how many arrival
    values, and how many pins (every arrival both report), are within `share` of OpenSTA's."""
    total_diff = total_arrival = 0.0
    values = values_within = pins = pins_within = 0
    for ours_path, ref_path in pairs:
        ours, ref = load(ours_path), load(ref_path)
        for pin in ref:
            if pin not in ours:
                continue
            ok, any_value = True, False
            for c in ARRIVALS:
                a, b = ours[pin].get(c, "NA"), ref[pin].get(c, "NA")
                if a == "NA" or b == "NA":
                    continue
                d, b = abs(float(a) - float(b)), float(b)
                total_diff += d; total_arrival += abs(b); values += 1; any_value = True
                within = d <= share * abs(b)
                values_within += within; ok = ok and within
            if any_value:
                pins += 1; pins_within += ok
    return {"mean_abs_diff": total_diff / max(values, 1), "mean_arrival": total_arrival / max(values, 1),
            "values": values, "values_within": values_within, "pins": pins, "pins_within": pins_within}

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    worst = int(sys.argv[sys.argv.index("--worst") + 1]) if "--worst" in sys.argv else 10
    if "--worst" in sys.argv:
        args.remove(str(worst))
    r = compare(args[0], args[1], worst)
    if "--json" in sys.argv:
        del r["diffs"], r["checked"]
        print(json.dumps(r))
        sys.exit(0)
    print(f"pins compared {r['pins_common']} (only ours {r['pins_only_ours']}, only OpenSTA {r['pins_only_opensta']}); "
          f"values within max(1 ps, 0.1 %): {r['within_tolerance']}/{r['values']} "
          f"({100.0 * r['within_tolerance'] / max(r['values'], 1):.2f} %); NA in one only: {r['na_mismatches']}")
    for c, s in r["columns"].items():
        print(f"  {c:12s} median {s['median']:8.3f}  p99 {s['p99']:8.3f}  max {s['max']:8.3f} ps")
    for w in r["worst"]:
        print(f"  worst: {w['pin']} {w['column']} ours {w['ours']:.3f} OpenSTA {w['opensta']:.3f} (diff {w['diff']:.3f})")
