"""Reading lead files never shifts columns (issue 16, item 1): every row is measured against the
header; one extra trailing empty cell is accepted as that row, every other mismatch is a reject
with its physical line. Error text never carries the data's phone numbers or e-mails (item 6)."""

from __future__ import annotations

import csv

import pytest

from customario.errors import InputDataError
from customario.leads.contacts import get_contact, import_leads


def _rejects(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _stored(db) -> list[tuple]:
    return [
        tuple(r)
        for r in db.execute(
            "SELECT m.source_line, c.e164, c.name, c.attributes FROM list_members m JOIN contacts c ON c.id = m.contact_id"
            " ORDER BY m.source_line"
        )
    ]


def _write(tmp_path, text: str, name="leads.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_extra_delimiter_on_first_data_row_does_not_shift_columns(db, tmp_path):
    # The exact file from the issue: pandas took the extra cell as an index column.
    p = _write(tmp_path, "name,mobile,home phone\nAnn,+1 646 555 0160,+1 212 555 0161,\n")
    s = import_leads(db, p, "x")
    assert (s.rows, s.imported, s.invalid) == (1, 1, 0)
    ann = get_contact(db, "+16465550160")
    assert ann["name"] == "Ann" and ann["attributes"] == {"home_phone": "+1 212 555 0161"}


def test_trailing_delimiter_on_every_row_and_crlf_bom(db, tmp_path):
    p = _write(tmp_path, "\ufeffname,phone,company\r\nAnn,212 555 0101,Acme,\r\nBob,212 555 0102,,\r\n")
    s = import_leads(db, p, "x")
    assert s.imported == 2
    assert _stored(db) == [(2, "+12125550101", "Ann", "{}"), (3, "+12125550102", "Bob", "{}")]
    assert get_contact(db, "+12125550101")["company"] == "Acme"


def test_non_empty_extra_cell_and_short_rows_are_rejects_with_their_lines(db, tmp_path):
    p = _write(
        tmp_path,
        (
            "name,phone,company\n"
            "Ann,212 555 0101,Acme,surprise\n"  # 2: extra non-empty cell
            "Bob,212 555 0102\n"  # 3: one cell short: which one is missing?
            "Cy,212 555 0103,Cog\n"  # 4: fine
            "Dee,212 555 0104,Delta,,\n"  # 5: two extra empty cells
        ),
    )
    out = tmp_path / "rejects.csv"
    s = import_leads(db, p, "x", rejects_path=out)
    assert (s.rows, s.imported, s.invalid) == (4, 1, 3)
    assert [(r["line"], r["reason"]) for r in _rejects(out)] == [
        ("2", "row has 4 cells, header has 3"),
        ("3", "row has 2 cells, header has 3"),
        ("5", "row has 5 cells, header has 3"),
    ]
    assert _stored(db) == [(4, "+12125550103", "Cy", "{}")]


def test_header_ending_in_a_delimiter_names_no_column(db, tmp_path):
    p = _write(tmp_path, "name,phone,\nAnn,212 555 0101\nBob,212 555 0102,\nCy,212 555 0103,note\n")
    s = import_leads(db, p, "x")
    assert s.imported == 3
    assert get_contact(db, "+12125550103")["attributes"] == {"unnamed_2": "note"}


def test_broken_quoting_is_a_reject_and_reading_goes_on(db, tmp_path):
    p = _write(tmp_path, 'name,phone,notes\nAnn,"212 555 0101"x,n\nBob,212 555 0102,"two\nlines"\nCy,212 555 0103,ok\n')
    out = tmp_path / "rejects.csv"
    s = import_leads(db, p, "x", rejects_path=out)
    assert s.imported == 2
    [rej] = _rejects(out)
    assert rej["line"] == "2" and rej["reason"].startswith("broken quoting")
    assert [r[0] for r in _stored(db)] == [3, 5]


def test_quote_never_closed_fails_the_file_and_names_the_line(db, tmp_path):
    p = _write(tmp_path, 'name,phone\nAnn,212 555 0101\nBob,"212 555 0102\nCy,212 555 0103\n')
    with pytest.raises(InputDataError) as err:
        import_leads(db, p, "x")
    assert "line 3 opens a quote that is never closed" in err.value.render()
    assert db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 0


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_with_trailing_delimiter(db, tmp_path, delimiter):
    d = delimiter
    p = _write(tmp_path, f"name{d}phone{d}city\nAnn{d}212 555 0101{d}NYC{d}\nBob{d}212 555 0102{d}LA\n")
    s = import_leads(db, p, "x")
    assert s.imported == 2
    assert [r[2] for r in _stored(db)] == ["Ann", "Bob"]


def test_xlsx_cells_are_positioned_a_column_without_header_is_kept_by_position(db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["name", "phone"])
    ws.append(["Ann", "212 555 0101"])
    ws.append(["Bob", "212 555 0102", "stray"])
    p = tmp_path / "leads.xlsx"
    wb.save(p)
    s = import_leads(db, p, "x")
    assert s.imported == 2
    assert get_contact(db, "+12125550101")["name"] == "Ann"
    assert get_contact(db, "+12125550102")["attributes"] == {"column_3": "stray"}


def test_headerless_file_error_names_no_phone_number(cli, tmp_path):
    p = _write(tmp_path, "Ann,+1 646 555 0160,ann@example.com\nBob,+1 212 555 0161,bob@example.org\n")
    r = cli("leads", "import", p, "--list", "x")
    assert r.exit_code == 65
    assert "646 555 0160" not in r.stderr and "0160" in r.stderr  # masked as ******0160
    assert "ann@" not in r.stderr and "bob@" not in r.stderr
    assert "add a header row" in r.stderr
