"""Boilerplate out of article text: the lines a reader skips.

Rules are data: whole-line patterns (ads, share buttons, newsletter prompts, photo credits, archive
notices). Only whole lines are dropped, so the sentences that remain are verbatim and every
evidence span points into text the outlet published.
"""
from __future__ import annotations

import re

BOILERPLATE_LINES = [
    r"advertisement",
    r"share( this( article)?)?",
    r"(also|related|read more|more):?",
    r"home( news)?( world)?",
    r".*\bphoto credit\b.*",
    r"\(?(photo|image|picture)s?:.*",
    r".*\b(sign(ing)? up|subscribe)\b.*\b(newsletters?|inbox|headlines)\b.*",
    r".*\b(newsletters?|headlines)\b.*\b(inbox|delivered)\b.*",
    r".*\bdelivered every (morning|day|evening)\.?",
    r"(daily|today's|todays) (news )?headlines( newsletter)?:?",
    r"this article was originally on a blog post platform.*",
    r"(click|tap) here.*",
    r"follow us on .*",
    r"all rights reserved.*",
    r"(c|©) ?\d{4}.*",
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_LINES) + r")\s*$", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True for a line a reader skips: `is_boilerplate("Advertisement") -> True`."""
    return bool(_BOILERPLATE.match(line))


def _is_caption_of(line: str, next_line: str | None) -> bool:
    """A photo caption just before its credit line: short, no closing full stop
    ("Syrian refugees in Turkish camp 311 (R)" over "(photo credit: REUTERS/...)")."""
    stripped = line.strip()
    return bool(next_line) and bool(stripped) and len(stripped) < 150 and not stripped.endswith(".") \
        and "credit" in next_line.lower() and is_boilerplate(next_line)


def clean_text(text: str) -> str:
    """Normalise newlines, drop boilerplate lines and caption duplicates, collapse blank runs."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if is_boilerplate(line) or _is_caption_of(line, nxt):
            continue
        if _is_duplicate_caption(line, kept):
            continue
        kept.append(line.rstrip())
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    return out.strip()


def _is_duplicate_caption(line: str, kept: list[str]) -> bool:
    """A short line repeated verbatim right after itself (caption blocks print twice)."""
    return bool(line.strip()) and len(line) < 120 and bool(kept) and kept[-1].strip() == line.strip()
