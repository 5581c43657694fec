"""Copy groups: one wire story reprinted by several outlets counts as ONE independent source.

An AFP dispatch appears in Ahram Online, Daily Sabah and the Jordan Times with a new headline, a
dateline, a photo caption or a trimmed last paragraph. Those reprints are grouped, never dropped:
reconciliation counts a copy group once, and the analyst can still open every copy.

Method: MinHash over word 5-shingles (126 hash functions, numpy), then LSH banding (42 bands of 3
rows: a pair with Jaccard 0.5 shares a band with probability 0.996, one with 0.05 with 0.005) so
that only articles that share a band are compared; a pair whose estimated Jaccard
similarity of shingles reaches `threshold` (0.5 by default) is a copy. Groups are the connected
components (union-find). The cost is linear in the number of articles plus the candidate pairs.

    >>> copy_groups({"b": "Syrian warplanes struck a market in Idlib on Sunday killing 11 people " * 3,
    ...              "a": "Syrian warplanes struck a market in Idlib on Sunday killing 11 people " * 3,
    ...              "c": "A car bomb exploded in Hama on Friday"})
    {'a': 'a', 'b': 'a', 'c': 'c'}

`CopyGrouper` is the incremental form: `add(article_id, text)` returns the article's group id, so a
store can group new articles against the ones already ingested without recomputing anything.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict

import numpy as np

from sitrep.unionfind import UnionFind

NUM_PERM = 126
BANDS = 42
ROWS = NUM_PERM // BANDS
SHINGLE = 5
DEFAULT_THRESHOLD = 0.5

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_SEEDS = np.random.default_rng(20240601).integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)


def words(text: str) -> list[str]:
    """Lower-cased words; punctuation, quotes and spacing differences between reprints vanish."""
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """32-bit hashes of the text's word k-shingles (the whole text when shorter than k words)."""
    toks = words(text)
    if len(toks) < k:
        return {zlib.crc32(" ".join(toks).encode())} if toks else set()
    return {zlib.crc32(" ".join(toks[i:i + k]).encode()) for i in range(len(toks) - k + 1)}


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: a well-mixed 64-bit hash per (shingle, seed)."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def minhash(shingle_set: set[int]) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint64 values) of a set of shingle hashes."""
    if not shingle_set:
        return np.full(NUM_PERM, _MASK64, dtype=np.uint64)
    x = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    return _mix(x[:, None] ^ _SEEDS[None, :]).min(axis=0)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / NUM_PERM


class CopyGrouper:
    """Incremental copy grouping. Group id = the smallest article id in the group.

    >>> g = CopyGrouper()
    >>> g.add("x2", "BEIRUT (AFP) - At least 11 civilians were killed in air strikes on a market in Idlib")
    'x2'
    >>> g.add("x1", "At least 11 civilians were killed in air strikes on a market in Idlib - AFP")
    'x1'
    >>> g.group_of("x2")
    'x1'
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._sig: dict[str, np.ndarray] = {}
        self._buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self._sets: UnionFind[str] = UnionFind()

    def add(self, article_id: str, text: str) -> str:
        """Add one article; returns its group id (which may be an earlier article's id)."""
        if article_id in self._sig:
            return self._sets.find(article_id)
        sig = minhash(shingles(text))
        self._sig[article_id] = sig
        self._sets.add(article_id)
        empty = not text.strip()
        seen: set[str] = set()
        for band in range(BANDS):
            key = (band, sig[band * ROWS:(band + 1) * ROWS].tobytes())
            bucket = self._buckets[key]
            if not empty:
                for other in bucket:
                    if other not in seen:
                        seen.add(other)
                        if estimated_jaccard(sig, self._sig[other]) >= self.threshold:
                            self._sets.union(article_id, other)
                bucket.append(article_id)
        return self._sets.find(article_id)

    def group_of(self, article_id: str) -> str:
        return self._sets.find(article_id)

    def groups(self) -> dict[str, str]:
        return {a: self._sets.find(a) for a in self._sig}


def copy_groups(texts: dict[str, str], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """article_id -> copy-group id (the smallest article_id in the group) for a batch of texts."""
    grouper = CopyGrouper(threshold)
    for article_id in sorted(texts):
        grouper.add(article_id, texts[article_id])
    return grouper.groups()
