"""CLI conventions: fast help, exit codes, config precedence, db commands, campaign storage."""

import json
import subprocess
import sys

from customario.errors import ExitCode


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from customario.cli import build_app; app = build_app();\n"
        "from typer.testing import CliRunner; r = CliRunner().invoke(app, ['--help']);\n"
        "heavy = [m for m in ('livekit.agents', 'livekit.api', 'anthropic', 'pandas', 'pydantic') if m in sys.modules];\n"
        "print(r.exit_code, heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 []"


def test_every_command_has_help_and_example(cli):
    from customario.cli import build_app
    from typer.main import get_command

    group = get_command(build_app())

    def walk(cmd, path):
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + [name])
        else:
            yield path, cmd

    for path, cmd in walk(group, []):
        assert cmd.help, f"{' '.join(path)} has no help"
        assert "Example" in cmd.help, f"{' '.join(path)} help has no example"


def test_campaign_add_is_versioned_and_idempotent(cli, tmp_path):
    r = cli("campaign", "add", "customer_feedback")
    assert r.exit_code == 0, r.stderr
    r = cli("campaign", "add", "customer_feedback")
    assert "Unchanged" in r.stderr
    rows = json.loads(cli("campaign", "list", "--json").stdout)
    assert [(x["name"], x["version"]) for x in rows] == [("customer_feedback", 1)]
    shown = json.loads(cli("survey", "show", "customer_feedback", "--json").stdout)
    assert shown["definition"]["questions"][0]["id"] == "recommend"


def test_campaign_add_bad_file_stores_nothing(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nkind: survey\nquestions: []\n")
    r = cli("campaign", "add", "outbound_sales", str(bad))
    assert r.exit_code == ExitCode.DATA
    assert r.stderr.startswith("Error: ")
    assert "a survey needs at least one question" in r.stderr
    assert json.loads(cli("campaign", "list", "--json").stdout) == []


def test_unknown_campaign_exit_code(cli):
    r = cli("campaign", "show", "nope")
    assert r.exit_code == ExitCode.NOT_FOUND
    assert "Error: no campaign named 'nope'" in r.stderr


def test_config_precedence_and_redaction(tmp_path, monkeypatch):
    from customario.config import load_settings

    (tmp_path / "customario.yaml").write_text("region: GB\nstack: anthropic\n")
    env = {"CUSTOMARIO_STACK": "google-realtime", "ANTHROPIC_API_KEY": "sk-secret"}
    s = load_settings(env=env, cwd=tmp_path, region=None, db=str(tmp_path / "x.db"))
    assert (s.region, s.stack) == ("GB", "google-realtime")
    s2 = load_settings(env=env, cwd=tmp_path, stack="offline", db=str(tmp_path / "x.db"))
    assert s2.stack == "offline"
    assert s.redacted()["anthropic_api_key"] == "***"


def test_secrets_in_config_file_are_refused(tmp_path, run_cli):
    (tmp_path / "customario.yaml").write_text("anthropic_api_key: sk-123\n")
    r = run_cli("config", "show", cwd=tmp_path)
    assert r.returncode == ExitCode.CONFIG
    assert "secrets do not belong in the config file" in r.stderr
    assert "sk-123" not in r.stderr + r.stdout


def test_db_commands(run_cli, db_path, tmp_path):
    assert run_cli("db", "path").stdout.strip() == str(db_path)
    r = run_cli("db", "migrate", "--list", "--json")
    assert r.returncode == 0
    assert any(m["name"] == "m001_contacts_lists_dnc" for m in json.loads(r.stdout))
    pending = json.loads(run_cli("db", "status", "--json").stdout)["migrations_pending"]
    assert "customario.core:m001_contacts_lists_dnc" in pending  # --list and status change nothing
    assert run_cli("db", "migrate").returncode == 0
    status = json.loads(run_cli("db", "status", "--json").stdout)
    assert status["journal_mode"] == "wal" and status["migrations_pending"] == []
    target = tmp_path / "backup.db"
    assert run_cli("db", "backup", str(target)).returncode == 0
    assert target.exists()
    again = run_cli("db", "backup", str(target))
    assert again.returncode == ExitCode.CONFIG and "already exists" in again.stderr


def test_broken_plugin_is_reported_and_does_not_stop_cli(tmp_path, run_cli):
    mod = tmp_path / "campaigns" / "broken_one"
    mod.mkdir(parents=True)
    (mod / "__init__.py").write_text("raise RuntimeError('boom')\n")
    (tmp_path / "customario.yaml").write_text(f"campaigns_dir: {tmp_path / 'campaigns'}\n")
    r = run_cli("plugins", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = {m["name"]: m for m in json.loads(r.stdout)}
    assert rows["broken_one"]["status"] == "broken" and "boom" in rows["broken_one"]["error"]
    assert rows["customer_feedback"]["status"] == "ok"
    assert run_cli("db", "path", cwd=tmp_path).returncode == 0


def test_migration_set_names_are_stable():
    """Set names are stored in every database (_sqlite_migrations); renaming one re-runs its
    migrations on an existing file. Module moves must not change them."""
    import importlib

    from customario.store.db import CORE_MIGRATION_SETS

    names = [importlib.import_module(m).migrations.name for m in CORE_MIGRATION_SETS]
    assert names == [
        "customario.core",
        "customario.evaluation",
        "customario.dialer",
        "customario.supervisor",
        "customario.channels",
        "customario.web",
    ]
