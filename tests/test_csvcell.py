"""CSV cells that a spreadsheet would run as formulas are written as text (OWASP's rule)."""
import csv
import io

import pytest

from sitrep.csvcell import SafeDictWriter, safe_cell
from sitrep.export import write_events_csv


@pytest.mark.parametrize("cell, written", [
    ("=cmd Front", "'=cmd Front"),
    ("+972 Brigade", "'+972 Brigade"),
    ("-Houthi movement", "'-Houthi movement"),
    ("@SOHR", "'@SOHR"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("al-Fashir", "al-Fashir"),
    ("", ""),
])
def test_text_cells_that_start_a_formula_are_quoted(cell, written):
    assert safe_cell(cell) == written


@pytest.mark.parametrize("number", [-3.5, -12, 0, 36.72, None])
def test_numbers_stay_numbers(number):
    assert safe_cell(number) == number


class _Events:
    def outlets(self):
        return {}

    def events(self):
        return [{"event_id": 1, "n_reports": 1, "flags": "",
                 "summary": {"event_type": "air_strike", "place": {"name": "=HYPERLINK(\"http://x\",\"Aleppo\")",
                                                                   "lon": -3.5},
                             "speakers": [{"speaker": "@activists"}],
                             "blames": [{"perpetrator": "-regime forces", "stance": "accuses",
                                         "speaker": "SOHR"}]}}]


def test_the_events_export_writes_no_live_formula():
    fh = io.StringIO()
    write_events_csv(_Events(), fh)
    row = next(csv.DictReader(io.StringIO(fh.getvalue())))
    assert row["place"] == "'=HYPERLINK(\"http://x\",\"Aleppo\")"
    assert row["speakers"] == "'@activists"
    assert row["perpetrators"].startswith("'-regime forces")
    assert row["longitude"] == "-3.5"
    assert not any(v.startswith(("=", "+", "-", "@")) for k, v in row.items() if k != "longitude")


def test_the_header_is_written_as_is():
    fh = io.StringIO()
    w = SafeDictWriter(fh, fieldnames=["-a"])
    w.writeheader()
    w.writerow({"-a": "=b"})
    assert fh.getvalue().splitlines() == ["-a", "'=b"]
