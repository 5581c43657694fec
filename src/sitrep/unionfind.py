"""Disjoint sets with path compression: the smallest member names each set.

Used where things join transitively: wire copies into copy groups (`syndication`), must-link
corrections into groups (`link`). The smallest member as the root keeps group ids stable and
readable (the oldest article id, the lowest report key).
"""
from __future__ import annotations

from typing import Generic, Hashable, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """
    >>> uf = UnionFind()
    >>> uf.union("b", "c"); uf.union("a", "c")
    >>> uf.find("c"), uf.find("b")
    ('a', 'a')
    """

    def __init__(self) -> None:
        self.parent: dict[T, T] = {}

    def add(self, a: T) -> None:
        self.parent.setdefault(a, a)

    def __contains__(self, a: object) -> bool:
        return a in self.parent

    def find(self, a: T) -> T:
        self.parent.setdefault(a, a)
        root = a
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[a] != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
            self.parent[hi] = lo
