"""Spreadsheet-safe CSV cells: every CSV sitrep writes goes through `safe_cell` / `SafeDictWriter`.

Article text, speakers and place names are untrusted. A cell that starts with `=`, `+`, `-`, `@`,
a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets ("=cmd
Front" as a speaker would run). OWASP's rule: prefix such a text cell with a single quote so it is
shown as text. Numbers stay numbers: a negative figure or a longitude such as -3.5 is written
as it is, because it is a number, not text.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell(-3.5), safe_cell("Homs")
    (-3.5, 'Homs')
"""
from __future__ import annotations

import csv
from typing import Any, Iterable, Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as a spreadsheet will show it, never as a formula (text cells only)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):
    """`csv.DictWriter` whose rows are neutralised cell by cell (the header is ours, so kept)."""

    def writeheader(self) -> Any:
        return self.writer.writerow(self.fieldnames)

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: safe_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)
