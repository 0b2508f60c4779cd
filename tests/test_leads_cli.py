"""`customario leads ...` and `customario dnc ...`: exit codes, stdout vs stderr, formats."""

import csv
import io
import json
from pathlib import Path

from customario.errors import ExitCode

REPO = Path(__file__).resolve().parent.parent
MESSY = REPO / "examples" / "messy_leads.csv"
FIXTURES = Path(__file__).parent / "fixtures" / "csv"


def test_import_json_on_stdout_summary_on_stderr(cli, tmp_path):
    rejects = tmp_path / "rejects.csv"
    r = cli("leads", "import", MESSY, "--list", "messy", "--rejects", rejects, "--json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["imported"], data["duplicates"], data["invalid"]) == (12, 2, 6)
    assert "Imported 12 new contact(s)" in r.stderr and "written to" in r.stderr
    assert rejects.read_text(encoding="utf-8").startswith("line,reason,")
    again = cli("leads", "import", MESSY, "--list", "messy", "--json")
    assert json.loads(again.stdout)["imported"] == 0


def test_import_exit_codes(cli, tmp_path):
    assert cli("leads", "import", FIXTURES / "all_invalid.csv", "--list", "x").exit_code == ExitCode.DATA
    r = cli("leads", "import", FIXTURES / "unknown_phone_header.csv", "--list", "x")
    assert r.exit_code == ExitCode.DATA
    assert r.stderr.startswith("Error: no phone column") and "--map" in r.stderr and "Traceback" not in r.stderr
    assert cli("leads", "import", tmp_path / "missing.csv", "--list", "x").exit_code == ExitCode.NOT_FOUND
    assert cli("leads", "import", MESSY, "--list", "x", "--map", "nonsense").exit_code == ExitCode.USAGE
    assert cli("leads", "import", MESSY, "--list", "x", "--on-duplicate", "merge").exit_code == ExitCode.USAGE
    assert cli("leads", "import", MESSY, "--list", "x", "--region", "ZZ").exit_code == ExitCode.USAGE
    ok = cli("leads", "import", FIXTURES / "unknown_phone_header.csv", "--list", "x", "--map", "Mobile Nr=phone")
    assert ok.exit_code == 0 and "Imported 2" in ok.stderr


def test_import_with_ragged_row_exits_0_and_counts_it_invalid(cli, tmp_path):
    rejects = tmp_path / "rejects.csv"
    r = cli("leads", "import", FIXTURES / "ragged.csv", "--list", "r", "--rejects", rejects, "--json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["rows"], data["imported"], data["invalid"]) == (2, 1, 1)
    assert data["rejects"] == [{"line": 3, "reason": "row has 5 cells, header has 3"}]
    assert cli("leads", "import", FIXTURES / "all_ragged.csv", "--list", "a").exit_code == ExitCode.DATA


def test_dry_run_and_count(cli):
    r = cli("leads", "import", MESSY, "--list", "messy", "--dry-run")
    assert r.exit_code == 0 and "Would import 12" in r.stderr and "nothing was written" in r.stderr
    assert (
        cli("leads", "count", "--json").stdout and json.loads(cli("leads", "count", "--json").stdout)["contacts"] == 0
    )
    cli("leads", "import", MESSY, "--list", "messy")
    count = json.loads(cli("leads", "count", "--list", "messy", "--json").stdout)
    assert count == {"list": "messy", "contacts": 12, "with_consent": 7, "on_dnc": 0}
    assert cli("leads", "count", "--list", "nope").exit_code == ExitCode.NOT_FOUND


def test_list_show_export(cli, tmp_path):
    cli("leads", "import", MESSY, "--list", "messy")
    rows = json.loads(cli("leads", "list", "--list", "messy", "--limit", "3", "--json").stdout)
    assert [r["e164"] for r in rows] == ["+12125550101", "+12125550102", "+13125550103"]
    table = cli("leads", "list").stdout
    assert "+12125550101" in table and "José Álvarez" in table
    as_csv = list(csv.DictReader(io.StringIO(cli("leads", "list", "--csv").stdout)))
    assert len(as_csv) == 12
    show = json.loads(cli("leads", "show", "(212) 555-0102", "--json").stdout)
    assert show["phone_extension"] == "204" and show["lists"] == ["messy"] and show["consents"][0]["granted"] == 1
    assert cli("leads", "show", "+19995550000").exit_code == ExitCode.NOT_FOUND
    out = tmp_path / "export.csv"
    r = cli("leads", "export", "--list", "messy", "-o", out)
    assert r.exit_code == 0 and "Exported 12" in r.stderr
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(exported) == 12 and json.loads(exported[0]["attributes"])["notes"] == "Prefers Spanish"
    as_json = json.loads(cli("leads", "export", "--format", "json").stdout)
    assert len(as_json) == 12 and as_json[2]["attributes"]["notes"].count("\n") == 2
    lists = json.loads(cli("leads", "lists", "--json").stdout)
    assert lists[0]["name"] == "messy" and lists[0]["contacts"] == 12


def test_dnc_commands(cli, tmp_path):
    r = cli("dnc", "add", "(212) 555-0101", "+1 415 555 0104", "--reason", "opted-out")
    assert r.exit_code == 0 and "Added 2" in r.stderr
    assert cli("dnc", "add", "(212) 555-0101").stderr.startswith("Added 0")
    bad = cli("dnc", "add", "+1 303 555 0106", "12")
    assert bad.exit_code == ExitCode.DATA
    listed = json.loads(cli("dnc", "list", "--json").stdout)
    assert {d["e164"] for d in listed} == {"+12125550101", "+14155550104"}
    f = tmp_path / "optouts.csv"
    f.write_text("Telephone,When\n303-555-0106,today\n303.555.0106,today\nnonsense,\n", encoding="utf-8")
    r = cli("dnc", "import", f, "--json")
    assert r.exit_code == 0
    assert {k: json.loads(r.stdout)[k] for k in ("added", "duplicates", "invalid")} == {
        "added": 1,
        "duplicates": 1,
        "invalid": 1,
    }
    imported = json.loads(cli("leads", "import", MESSY, "--list", "m", "--json").stdout)
    assert imported["dnc_suppressed"] == 3
    r = cli("dnc", "remove", "212-555-0101")
    assert r.exit_code == 0 and "******0101" in r.stderr and "2125550101" not in r.stderr
    assert cli("dnc", "remove", "212-555-0101").exit_code == ExitCode.NOT_FOUND


def test_real_process_exit_code_for_binary_file(run_cli, tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes(b"\x00\x01\x02" * 100)
    r = run_cli("leads", "import", p, "--list", "x")
    assert r.returncode == 65 and r.stderr.startswith("Error: ") and "binary" in r.stderr
