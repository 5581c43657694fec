"""Large inputs stream: a JSON Lines file is read a line at a time, with the same records, line
numbers and errors as before; files that are not UTF-8 still go through encoding detection."""
from __future__ import annotations

import json

from sitrep.errors import InputError
from sitrep.ingest.readers import decode, read_file

WIRES = [
    "Air strikes on Maarat al-Numan killed 11 civilians on Monday, the Syrian Observatory said.",
    "Gunmen killed 23 villagers in Zamfara state overnight, police said on Tuesday.",
    "A drone strike on a market in Kherson killed four people, the regional governor said.",
    "RSF shelling killed 14 people in El Fasher on Sunday, the resistance committee said.",
]


def test_a_twenty_thousand_line_file_streams_with_its_bad_line_named(tmp_path):
    path = tmp_path / "feed.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(1, 20_001):
            if n == 15_000:
                fh.write('{"id": "broken", "text": \n')
            else:
                fh.write(json.dumps({"id": f"w{n}", "text": WIRES[n % len(WIRES)]}) + "\n")
    out = list(read_file(path))
    errors = [item for item in out if isinstance(item, InputError)]
    records = [item for item in out if not isinstance(item, InputError)]
    assert len(records) == 19_999 and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}:15000: invalid JSON")
    assert records[0].external_id == "w1" and records[0].source_row == 1
    assert records[-1].external_id == "w20000" and records[-1].source_row == 20_000
    assert records[-1].text == WIRES[20_000 % len(WIRES)]


def test_a_file_that_is_not_utf8_goes_through_encoding_detection(tmp_path):
    path = tmp_path / "sana.jsonl"
    text = "Les frappes ont tué 12 civils près de Douma, selon l'Observatoire syrien des droits de l'homme."
    data = (json.dumps({"id": "fr-1", "text": text}, ensure_ascii=False) + "\n").encode("latin-1")
    path.write_bytes(data)
    (record,) = list(read_file(path))
    assert record.external_id == "fr-1"
    assert record.text == json.loads(decode(data, str(path)))["text"]      # as the whole-file reader did


def test_a_byte_order_mark_and_windows_line_ends_are_read_as_before(tmp_path):
    path = tmp_path / "bom.jsonl"
    lines = [json.dumps({"id": f"ye-{n}", "text": WIRES[n]}) for n in range(3)]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    records = list(read_file(path))
    assert [r.external_id for r in records] == ["ye-0", "ye-1", "ye-2"]
    assert [r.source_row for r in records] == [1, 2, 3]


def test_a_binary_file_named_jsonl_is_reported_not_read(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (error,) = list(read_file(path))
    assert isinstance(error, InputError) and "binary file (NUL byte at offset" in str(error)
