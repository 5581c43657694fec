"""Developer tool: the cost of one long article, extracted through `extract_guarded` (in pieces).

    .venv/bin/python tools/long_article_bench.py [--sizes 100000 400000 1200000]

Builds one article of each size from news sentences of several wars, extracts it, and prints the
seconds of CPU time, the seconds per 100,000 characters (flat when the cost is linear), the peak
memory of the process and whether every evidence span equals its slice of the text. On main an
article over 1,000,000 characters stopped the run with spaCy's E088, and 0.9 M characters took 7
minutes and 3.5 GB (issue 12).
"""
from __future__ import annotations

import argparse
import resource
import time

from sitrep.extract.guard import extract_guarded
from sitrep.gazetteer import default_gazetteer
from sitrep.nlp import load_nlp
from sitrep.records import Article

SENTENCES = [
    "Air strikes killed at least 12 civilians in Idlib on Sunday, the Syrian Observatory for Human Rights said.",
    "In Yemen, Houthi shelling hit a market in Taiz, killing five people and wounding 20, residents said.",
    "Gunmen abducted 40 pupils from a school in Kaduna state, police said on Friday.",
    "Russian missiles struck Kharkiv overnight, killing four civilians, the regional governor said.",
]


def long_text(n_chars: int) -> str:
    parts, size, i = [], 0, 0
    while size < n_chars:
        part = SENTENCES[i % len(SENTENCES)] + (" " if i % 7 else "\n\n")
        parts.append(part)
        size += len(part)
        i += 1
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000, 1_200_000])
    args = ap.parse_args()
    nlp, gazetteer = load_nlp(), default_gazetteer()
    for size in args.sizes:
        text = long_text(size)
        start = time.process_time()
        [(_, result)] = list(extract_guarded([Article("long", "long", text)], nlp, gazetteer))
        seconds = time.process_time() - start
        if isinstance(result, Exception):
            print(f"{len(text):>9} chars: failed: {result!r}")
            continue
        spans = [c.evidence for r in result.incidents for c in r.casualty_claims]
        exact = all(text[s.start:s.end] == s.text for s in spans)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{len(text):>9} chars: {seconds:6.1f} s CPU, {seconds / len(text) * 100_000:5.1f} s per 100k chars, "
              f"{len(result.incidents)} reports, peak {peak} MB, spans exact: {exact}")


if __name__ == "__main__":
    main()
