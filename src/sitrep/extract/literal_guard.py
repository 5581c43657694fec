"""Regular expressions that skip, in one quick scan, the texts they cannot match.

Most rule patterns can only match a text that contains one of a few words: a date pattern needs
a month's or a weekday's name, "days ago" needs "ago". Python's `re` does not see that: a pattern
that opens with optional words (`(?:on\\s+)?(?:the\\s+)?\\d{1,2}...`) is tried at every position of
every sentence. `guarded(rx)` reads, from the pattern's own parse tree, a set of literal strings
one of which every match must contain, and searches for those first (a literal alternation is a
fast scan); only a text that has one is handed to the pattern itself. The answers are the
pattern's own: the same match objects, or none where the pattern could not have matched.

The words are derived, not listed: a rule added to a guarded pattern is guarded by its own words,
or, when some branch needs no literal at all, the pattern is simply not guarded.

    DAYS_AGO = guarded(re.compile(r"\\b(?P<n>two|three|\\d)\\s+days?\\s+ago\\b", re.I))
    DAYS_AGO.guard.pattern   # 'ago'
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

try:                                         # Python 3.11+
    import re._constants as _ops             # type: ignore[import-not-found]
    import re._parser as _parse              # type: ignore[import-not-found]
except ImportError:                          # Python 3.10
    import sre_constants as _ops             # type: ignore[no-redef]
    import sre_parse as _parse               # type: ignore[no-redef]

_REPEATS = tuple(op for op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, getattr(_ops, "POSSESSIVE_REPEAT", None)) if op)
END = sys.maxsize


def required_literals(items) -> set[str] | None:
    """Literal strings one of which every match of a parsed sequence contains, or None.

    A sequence needs each of its items; an alternation needs one of what each branch needs (only
    if every branch needs something); a group or a repeat of at least one needs what its content
    needs. Of the candidates, the set whose shortest string is longest (spaces aside) is the most
    selective; a space alone guards nothing. A group that changes the flags is not looked into (its
    case rules differ)."""
    best: set[str] | None = None

    def weight(found: set[str]) -> int:
        return min(len(s.strip()) for s in found)

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and weight(found) > 0 and (best is None or weight(found) > weight(best)):
            best = found

    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _ops.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is _ops.SUBPATTERN:
            if not av[1] and not av[2]:
                consider(required_literals(av[-1]))
        elif op is _ops.BRANCH:
            branches = [required_literals(b) for b in av[1]]
            if all(branches):
                consider(set().union(*branches))          # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(required_literals(av[2]))
    return best


class Guarded:
    """A compiled pattern behind a literal guard: `search`, `match`, `fullmatch`, `finditer` and
    `findall` answer as the pattern does; anything else is the pattern's own."""

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        words = required_literals(_parse.parse(rx.pattern, rx.flags))
        self.guard = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))),
                                rx.flags & ~re.VERBOSE) if words else None

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        return self.guard is None or self.guard.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        return self.rx.fullmatch(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = END) -> list:
        return self.rx.findall(text, pos, endpos) if self._may_match(text, pos, endpos) else []

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def guarded(rx: re.Pattern[str]) -> Guarded:
    return Guarded(rx)
