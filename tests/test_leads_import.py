"""Lead import core: phonenumbers verdicts, line numbers, rejects, dedupe, DNC, consent, time
zones, all-or-nothing, dry run, idempotence, bad files."""

import csv
import json
import re
from pathlib import Path

import phonenumbers
import pytest

from customario.errors import InputDataError, NotFoundError, UsageError
from customario.leads.contacts import count_contacts, get_contact, import_leads, list_contacts

REPO = Path(__file__).resolve().parent.parent
MESSY = REPO / "examples" / "messy_leads.csv"
FIXTURES = Path(__file__).parent / "fixtures" / "csv"


def table_counts(db) -> dict:
    return {
        t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("contacts", "lists", "list_members", "consents", "imports", "dnc")
    }


def expected_e164(raw: str) -> str | None:
    """phonenumbers' own verdict on a cell, first valid of ' or ' / '/' alternatives."""
    raw = raw.strip()
    if re.fullmatch(r"\d{6,}\.0+", raw):
        raw = raw.split(".")[0]
    for part in re.split(r"\s+or\s+|\s*/\s*", raw):
        try:
            num = phonenumbers.parse(part, "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None


def test_messy_file_matches_phonenumbers_verdicts(db, tmp_path):
    with MESSY.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if any(v.strip() for v in r.values())]
    expected = [expected_e164(r["Phone 1"]) for r in rows]
    valid = {e for e in expected if e}
    s = import_leads(db, MESSY, "messy", rejects_path=tmp_path / "rejects.csv")
    stored = {r["e164"] for r in list_contacts(db, "messy")}
    assert stored == valid
    assert s.rows == len(rows) == s.imported + s.duplicates + s.invalid + s.dnc_suppressed + s.updated
    assert s.invalid == sum(1 for e in expected if e is None)
    assert s.duplicates == sum(1 for e in expected if e) - len(valid)
    assert s.encoding == "utf-8-sig" and s.delimiter == ","


def test_rejects_csv_has_physical_line_numbers_and_reasons(db, tmp_path):
    out = tmp_path / "rejects.csv"
    import_leads(db, MESSY, "messy", rejects_path=out)
    with out.open(encoding="utf-8", newline="") as fh:
        rejects = {int(r["line"]): r for r in csv.DictReader(fh)}
    # Line 4-6 is one record with a three-line note, so the duplicate of José is on line 8.
    assert rejects[8]["reason"] == "duplicate of line 2" and rejects[8]["Full Name"] == "Dup of José"
    assert rejects[9]["reason"] == "no area code"
    assert rejects[10]["reason"] == "not a number"
    assert rejects[14]["reason"] == "too short"
    assert rejects[15]["reason"].startswith("mangled by a spreadsheet")
    assert rejects[18]["reason"] == "missing phone number"
    assert rejects[22]["reason"] == "invalid for region"
    assert rejects[23]["reason"] == "duplicate of line 7"
    assert len(rejects) == 8
    raw_lines = MESSY.read_bytes().decode("utf-8-sig").splitlines()
    assert raw_lines[22 - 1].startswith("Invalid Area,(123) 555-0113")


def test_contact_fields_extension_alternatives_timezone_consent(db):
    import_leads(db, MESSY, "messy", default_timezone="America/Chicago")
    zoe = get_contact(db, "+12125550102")
    assert zoe["phone_extension"] == "204" and zoe["timezone_source"] == "column"
    assert zoe["consent"] == "granted" and zoe["first_name"] == "Zoë"
    smith = get_contact(db, "(312) 555-0103")
    assert smith["timezone"] == "America/Chicago" and smith["timezone_source"] == "column"  # "Central"
    assert smith["first_name"] == "Ødegaard" and "line two" in smith["attributes"]["notes"]
    dana = get_contact(db, "+12065550107")
    assert "phone_alternatives" not in dana["attributes"]  # "555-1234" is no valid number: not an alternative
    assert dana["timezone"] == "America/Los_Angeles" and dana["timezone_source"] == "number"
    eve = get_contact(db, "+16025550108")
    assert eve["attributes"]["phone_alternatives"] == ["+16025550109"]
    bad_zone = get_contact(db, "+18085550111")
    assert bad_zone["timezone"] == "Pacific/Honolulu" and bad_zone["attributes"]["timezone_text"] == "Mars/Olympus"
    toll_free = get_contact(db, "+18005550112")
    assert toll_free["timezone"] == "America/Chicago" and toll_free["timezone_source"] == "list-default"
    renee = get_contact(db, "14155550104")
    assert renee["consent"] == "denied" and renee["company"] == "O'Connor Design, LLC"
    assert get_contact(db, "+16175550110")["phone_raw"] == "6175550110.0"
    consents = dict(
        db.execute("SELECT c.e164, s.granted FROM consents s JOIN contacts c ON c.id = s.contact_id").fetchall()
    )
    assert consents["+12125550101"] == 1 and consents["+14155550104"] == 0 and "+16025550108" not in consents


def test_reimport_is_idempotent(db):
    first = import_leads(db, MESSY, "messy")
    before = table_counts(db)
    again = import_leads(db, MESSY, "messy")
    after = table_counts(db)
    assert again.imported == 0 and again.updated == 0
    assert again.duplicates == first.imported + first.duplicates
    assert {k: v for k, v in after.items() if k != "imports"} == {k: v for k, v in before.items() if k != "imports"}
    assert after["imports"] == before["imports"] + 1


def test_dry_run_writes_nothing(db, db_path):
    before = table_counts(db)
    s = import_leads(db, MESSY, "messy", dry_run=True)
    assert s.imported == 12 and s.dry_run and s.import_id is None
    assert table_counts(db) == before


def test_failure_mid_import_leaves_database_unchanged(db, monkeypatch):
    from customario.leads import importer as leads_import

    import_leads(db, FIXTURES / "pipe_delimited.csv", "earlier")
    before = table_counts(db)
    real_write = leads_import.ImportState._write
    calls = []

    def failing_write(self, *args):
        calls.append(1)
        real_write(self, *args)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(leads_import.ImportState, "_write", failing_write)
    with pytest.raises(RuntimeError):
        import_leads(db, MESSY, "messy", chunk_rows=4)
    assert len(calls) == 2
    assert table_counts(db) == before
    assert db.execute("SELECT COUNT(*) FROM lists WHERE name = 'messy'").fetchone()[0] == 0


def test_dnc_numbers_are_suppressed(db):
    from customario.leads.dnc import add_dnc

    add_dnc(db, "+12125550101", "opted-out")
    s = import_leads(db, MESSY, "messy")
    assert s.dnc_suppressed == 1
    with pytest.raises(NotFoundError):
        get_contact(db, "+12125550101")
    assert "on the DNC list" in {r.reason for r in s.rejects}
    # the in-file duplicate of the DNC number is still a duplicate, not a second suppression
    assert count_contacts(db, "messy")["contacts"] == s.imported


def test_on_duplicate_update_fills_existing_contacts(db, tmp_path):
    import_leads(db, MESSY, "messy")
    f = tmp_path / "update.csv"
    f.write_text("phone,company,title,Loyalty Tier\n+1 212 555 0101,Alvarez Group,CEO,gold\n", encoding="utf-8")
    s = import_leads(db, f, "vip", on_duplicate="update")
    assert (s.updated, s.imported, s.duplicates) == (1, 0, 0)
    c = get_contact(db, "+12125550101")
    assert c["company"] == "Alvarez Group" and c["title"] == "CEO" and c["name"] == "José Álvarez"
    assert c["attributes"]["loyalty_tier"] == "gold" and c["attributes"]["notes"] == "Prefers Spanish"
    assert c["timezone"] == "America/New_York" and c["timezone_source"] == "number"
    toll = tmp_path / "toll.csv"
    toll.write_text("phone,tz\n+1 800 555 0112,America/Denver\n", encoding="utf-8")
    import_leads(db, toll, "vip", on_duplicate="update")
    f2 = tmp_path / "toll2.csv"
    f2.write_text("phone,title\n+1 800 555 0112,Buyer\n", encoding="utf-8")
    import_leads(db, f2, "vip", on_duplicate="update", default_timezone="Pacific/Honolulu")
    assert get_contact(db, "+18005550112")["timezone"] == "America/Denver"  # list default does not overwrite
    assert count_contacts(db, "vip")["contacts"] == 2
    skip = import_leads(db, f, "vip2")
    assert (skip.duplicates, skip.added_to_list) == (1, 1)


def test_mapping_overrides_aliases(db, tmp_path):
    with pytest.raises(InputDataError) as err:
        import_leads(db, FIXTURES / "unknown_phone_header.csv", "m")
    assert "'Mobile Nr'" in err.value.message and "--map" in err.value.hint
    s = import_leads(db, FIXTURES / "unknown_phone_header.csv", "m", mapping={"mobile nr": "phone", "Company": "title"})
    assert s.imported == 2 and s.columns["phone"] == "Mobile Nr"
    assert get_contact(db, "+12125550101")["title"] == "Acme"
    with pytest.raises(UsageError):
        import_leads(db, FIXTURES / "unknown_phone_header.csv", "m", mapping={"Mobile Nr": "fax"})
    with pytest.raises(InputDataError):
        import_leads(db, FIXTURES / "unknown_phone_header.csv", "m", mapping={"Cell": "phone"})


@pytest.mark.parametrize(
    "name, encoding, delimiter, e164",
    [
        ("utf16_excel.txt", "utf-16", "\t", "+12125550103"),
        ("pipe_delimited.csv", "utf-8", "|", "+12125550104"),
        ("semicolon_cp1252.csv", "cp1252", ";", "+12125550105"),
    ],
)
def test_encodings_and_delimiters(db, name, encoding, delimiter, e164):
    s = import_leads(db, FIXTURES / name, "enc")
    assert (s.encoding, s.delimiter, s.imported) == (encoding, delimiter, 1)
    c = get_contact(db, e164)
    assert c["name"] in ("Renée", "Ann", "Hélène")
    if name.startswith("pipe"):
        assert c["timezone"] == "America/Los_Angeles" and c["timezone_source"] == "column"


def test_cp1252_example_file(db):
    s = import_leads(db, REPO / "examples" / "messy_leads_cp1252.csv", "fr", mapping={"Consentement": "consent"})
    assert s.encoding == "cp1252" and s.delimiter == ";"
    assert (s.imported, s.duplicates, s.invalid) == (3, 1, 1)
    assert get_contact(db, "+16465550120")["name"] == "Françoise Müller"
    assert get_contact(db, "+16465550121")["consent"] == "denied"


def _long_line(tmp_path):
    p = tmp_path / "long.csv"
    with p.open("wb") as fh:
        fh.write(b"name,phone\n")
        fh.write(b"x" * (3 << 20))
    return p


def _binary(tmp_path):
    p = tmp_path / "image.csv"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return p


def _undecodable(tmp_path):
    import random

    rnd = random.Random(4)
    p = tmp_path / "garbled.csv"
    p.write_bytes(b"name,phone\n" + bytes(rnd.randint(0x80, 0xFF) for _ in range(4000)))
    return p


def _unterminated_quote(tmp_path):
    p = tmp_path / "quote.csv"
    p.write_text('name,phone\nAnn,"(212) 555-0101\nBob,(212) 555-0102\n', encoding="utf-8")
    return p


def _empty(tmp_path):
    p = tmp_path / "empty.csv"
    p.write_bytes(b"")
    return p


@pytest.mark.parametrize(
    "make, needle",
    [
        (_empty, "is empty"),
        (_binary, "binary file"),
        (_long_line, "MB long"),
        (_undecodable, "encoding"),
        (lambda t: FIXTURES / "colon_delimited.csv", "no phone column"),
        (lambda t: FIXTURES / "all_invalid.csv", "none of the 3 rows"),
        (lambda t: FIXTURES / "header_only.csv", "no data rows"),
        (lambda t: FIXTURES / "blank_lines.csv", "no text"),
        (lambda t: FIXTURES / "all_ragged.csv", "every row has more cells than the 3-column header"),
        (_unterminated_quote, "not well-formed CSV"),
    ],
)
def test_bad_files_raise_and_change_nothing(db, tmp_path, make, needle):
    before = table_counts(db)
    with pytest.raises(InputDataError) as err:
        import_leads(db, make(tmp_path), "bad")
    assert needle in err.value.render()
    assert err.value.hint
    assert table_counts(db) == before


def test_all_invalid_still_writes_rejects(db, tmp_path):
    out = tmp_path / "r.csv"
    with pytest.raises(InputDataError):
        import_leads(db, FIXTURES / "all_invalid.csv", "bad", rejects_path=out)
    lines = [r["line"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    assert lines == ["2", "3", "4"]


def test_xlsx_import(db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Cell", "Job Title"])
    ws.append(["Ann", 2125550106, "Owner"])
    ws.append(["Bob", "+1 (312) 555-0107", None])
    p = tmp_path / "leads.xlsx"
    wb.save(p)
    s = import_leads(db, p, "x")
    assert s.imported == 2
    assert get_contact(db, "+12125550106")["title"] == "Owner"


def test_get_contact_by_id_e164_and_raw(db):
    import_leads(db, MESSY, "messy")
    c = get_contact(db, "+13035550106")
    assert get_contact(db, c["id"])["e164"] == c["e164"]
    assert get_contact(db, "303.555.0106")["id"] == c["id"]
    with pytest.raises(NotFoundError):
        get_contact(db, "99999")
    with pytest.raises(NotFoundError):
        get_contact(db, "not a phone")
    assert isinstance(c["attributes"], dict)
    assert (
        json.loads(db.execute("SELECT attributes FROM contacts WHERE id = ?", [c["id"]]).fetchone()[0])
        == c["attributes"]
    )


def test_limit_reads_only_first_rows(db):
    s = import_leads(db, MESSY, "messy", limit=3)
    assert s.rows == 3 and s.imported == 3


def test_attribute_keys_are_unique_and_json(db, tmp_path):
    f = tmp_path / "dups.csv"
    f.write_text(
        'phone,Notes,notes!,Favourite "Colour"\n212 555 0107,a "quoted" note,second,blue\\green\n', encoding="utf-8"
    )
    import_leads(db, f, "d")
    c = get_contact(db, "+12125550107")
    assert c["attributes"] == {"notes": 'a "quoted" note', "notes_2": "second", "favourite_colour": "blue\\green"}


def _rejects(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_row_with_too_many_cells_is_rejected_with_its_line(db, tmp_path):
    out = tmp_path / "r.csv"
    s = import_leads(db, FIXTURES / "ragged.csv", "r", rejects_path=out)
    assert (s.rows, s.imported, s.invalid) == (2, 1, 1)
    assert get_contact(db, "+12125550101")["company"] == "Acme"
    with pytest.raises(NotFoundError):
        get_contact(db, "+12125550102")
    [rej] = _rejects(out)
    assert (rej["line"], rej["reason"], rej["name"], rej["company"]) == (
        "3",
        "row has 5 cells, header has 3",
        "Bob",
        "Beta",
    )
    assert json.loads(rej["extra_cells"]) == ["extra", "cells"]
    assert s.to_dict()["rejects"] == [{"line": 3, "reason": "row has 5 cells, header has 3"}]


@pytest.mark.parametrize("chunk_rows", [2, 100_000])
def test_ragged_rows_keep_physical_lines_with_multiline_cells(db, tmp_path, chunk_rows):
    p = tmp_path / "leads.csv"
    p.write_text(
        "name,phone,company,city,notes\n"
        'Ann,(212) 555-0101,Acme,NYC,"two\nlines"\n'  # lines 2-3
        "Ben,(212) 555-0106,Bolt,LA,ok\n"  # 4
        "Cat,(212) 555-0107,Cog,LA,ok\n"  # 5
        "Bob,(212) 555-0102,Beta,LA,x,extra,cells\n"  # 6: 7 cells
        "Cy,(212) 555-0103,Gamma\n"  # 7: 3 cells, a reject too
        'Dee,(212) 555-0104,Delta,SF,"multi\nline\nnote",more\n'  # 8-10: 6 cells
        "Eve,(212) 555-0105,Eps,SF,ok\n",  # 11
        encoding="utf-8",
    )
    out = tmp_path / "r.csv"
    s = import_leads(db, p, "m", rejects_path=out, chunk_rows=chunk_rows)
    assert (s.rows, s.imported, s.invalid) == (7, 4, 3)
    assert [(r["line"], r["reason"]) for r in _rejects(out)] == [
        ("6", "row has 7 cells, header has 5"),
        ("7", "row has 3 cells, header has 5"),
        ("8", "row has 6 cells, header has 5"),
    ]
    lines = dict(db.execute("SELECT c.e164, m.source_line FROM list_members m JOIN contacts c ON c.id = m.contact_id"))
    assert lines == {"+12125550101": 2, "+12125550106": 4, "+12125550107": 5, "+12125550105": 11}
    assert get_contact(db, "+12125550101")["attributes"]["notes"] == "two\nlines"


def test_every_row_ragged_rejects_all_and_changes_nothing(db, tmp_path):
    before = table_counts(db)
    out = tmp_path / "r.csv"
    with pytest.raises(InputDataError) as err:
        import_leads(db, FIXTURES / "all_ragged.csv", "bad", rejects_path=out)
    assert "none of the 3 rows" in err.value.render() and "delimiter" in err.value.hint
    assert table_counts(db) == before
    assert [(r["line"], r["reason"], r["phone"]) for r in _rejects(out)] == [
        ("2", "row has 4 cells, header has 3", "John"),
        ("3", "row has 4 cells, header has 3", "Jane"),
        ("4", "row has 5 cells, header has 3", "Rick"),
    ]
    dry = tmp_path / "dry.csv"
    with pytest.raises(InputDataError):
        import_leads(db, FIXTURES / "all_ragged.csv", "bad", dry_run=True, rejects_path=dry)
    assert len(_rejects(dry)) == 3
