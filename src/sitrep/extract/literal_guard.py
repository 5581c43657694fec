"""Regular expressions that skip, in one quick scan, the texts they cannot match.

Most rule patterns can only match a text that contains one of a few words: a date pattern needs
a month's or a weekday's name, "days ago" needs "ago". Python's `re` does not see that: a pattern
that opens with optional words (`(?:on\\s+)?(?:the\\s+)?\\d{1,2}...`) is tried at every position of
every sentence. `guarded(rx)` reads, from the pattern's own parse tree, a set of literal strings
one of which every match must contain, and looks for those first with `str`'s own substring
search; only a text that has one is handed to the pattern itself. The answers are the pattern's
own: the same match objects, or none where the pattern could not have matched.

Case: a pattern that ignores case is guarded by its words in lower case, looked for in the text
lowered; the four non-ASCII letters that `re` also matches to an ASCII letter when ignoring case
(dotted and dotless I, long s, the Kelvin sign) are turned into that letter first, so no text the
pattern matches is ever skipped. Such a pattern whose words are not all ASCII is not guarded.

The words are derived, not listed: a rule added to a guarded pattern is guarded by its own words,
or, when some branch needs no literal at all, the pattern is simply not guarded.

    PAST_N = guarded(re.compile(r"\\b(?:in|over)\\s+the\\s+past\\s+(?:two|\\d+)\\s+weeks\\b", re.I))
    PAST_N.words             # ('weeks',)
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


# Non-ASCII characters `re.IGNORECASE` matches to an ASCII letter (all of them: tests/test_literal_guard.py)
IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_last: tuple = (None, 0, 0, "")     # the last text lowered: the patterns of one rule ask in turn


def _lowered(text: str, pos: int, endpos: int) -> str:
    global _last
    last = _last
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    low = text[pos:endpos].translate(IGNORECASE_ASCII).lower()
    _last = (text, pos, endpos, low)
    return low


class Guarded:
    """A compiled pattern behind a literal guard: `search`, `match`, `fullmatch`, `finditer` and
    `findall` answer as the pattern does; anything else is the pattern's own. `words`: the
    strings one of which a text must contain (lower case when the pattern ignores case), or None."""

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self.fold = bool(rx.flags & re.IGNORECASE)
        words = required_literals(_parse.parse(rx.pattern, rx.flags))
        if words and self.fold:
            words = {w.lower() for w in words} if all(w.isascii() for w in words) else None
        self.words: tuple[str, ...] | None = tuple(sorted(words)) if words else None

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        if self.words is None:
            return True
        part = _lowered(text, pos, endpos) if self.fold else text[pos:endpos]
        return any(map(part.__contains__, self.words))

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


def top_level_branches(pattern: str) -> list[str]:
    """A pattern cut at its top-level `|` (not inside a group or a character class, not escaped)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "]" else 3 if pattern[i + 1:i + 3] == "^]" else 1   # "[]x]"
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


class FirstOf:
    """`re.compile("|".join(patterns), flags)` whose `search` runs each branch on its own behind
    its own guard: a long list of alternatives is tried at every position of a text, while most
    of its branches need a word the text does not have. The leftmost position any branch matches
    at is where the whole pattern's leftmost match starts, so the whole pattern is matched there:
    the same match object `search` would return. Anything else is the whole pattern's own."""

    def __init__(self, patterns: list[str], flags: int = 0):
        self.whole = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
        self.parts = [guarded(re.compile(b, flags)) for p in patterns
                      for b in (top_level_branches(p) if not flags & re.VERBOSE else [p])]

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        first = None
        for part in self.parts:
            m = part.search(text, pos, endpos)
            if m is not None and (first is None or m.start() < first):
                first = m.start()
        return None if first is None else self.whole.match(text, first, endpos)

    def __getattr__(self, name: str):
        return getattr(self.whole, name)


def first_of(patterns: list[str], flags: int = 0) -> FirstOf:
    return FirstOf(patterns, flags)
