"""The plug-in API (customario.api): every hook called, the example plug-in installed and used,
faults isolated, built-ins registered like third parties, and the trust model for plug-in code."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
import tomllib
from pathlib import Path

import pytest
from plugin_helpers import EXAMPLE, REPO, fake_install, forget_example_modules

from customario.errors import ExitCode


@pytest.fixture
def loyalty(tmp_path, monkeypatch):
    """The example plug-in, installed (dist-info + package on sys.path) for this test only."""
    from customario.plugins.manager import clear_cache

    paths = fake_install(tmp_path / "site")
    for p in reversed(paths):
        monkeypatch.syspath_prepend(str(p))
    clear_cache()
    yield os.pathsep.join(str(p) for p in paths)
    clear_cache()
    forget_example_modules()


def _folder_plugin(root: Path, name: str, code: str, yaml: str | None = None) -> Path:
    mod = root / name
    mod.mkdir(parents=True)
    (mod / "__init__.py").write_text(code)
    if yaml:
        (mod / f"{name}.yaml").write_text(yaml)
    return mod


def _run(run_cli, *args, pythonpath: str = "", cwd=None, env=None):
    full = {"PYTHONPATH": os.pathsep.join(p for p in (pythonpath, str(REPO)) if p), **(env or {})}
    return run_cli(*args, env=full, cwd=cwd)


# ------------------------------------------------------------------ the specification


def test_every_hook_is_specified_documented_and_called_somewhere():
    """Each hook of customario.api has a docstring, and core code calls it (no stored-and-forgotten hooks)."""
    from customario import api
    from customario.plugins import manager

    hooks = [n for n in vars(api.Hooks) if not n.startswith("_")]
    assert sorted(hooks) == sorted(manager.REGISTRATION_HOOKS + manager.CALL_HOOKS)
    for name in hooks:
        assert (getattr(api.Hooks, name).__doc__ or "").strip(), name
    source = "\n".join(p.read_text() for p in (REPO / "customario").rglob("*.py") if p.name != "api.py")
    for name in manager.REGISTRATION_HOOKS:
        assert f'"{name}"' in source
    assert "plugins.call_context(" in source and "plugins.call_ended(" in source


def test_builtins_are_entry_points_like_any_plugin():
    from importlib.metadata import entry_points

    from customario.plugins.manager import discover

    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["entry-points"]["customario.campaigns"]
    installed = {ep.name: ep.value for ep in entry_points(group="customario.campaigns") if ep.dist.name == "customario"}
    assert installed == declared
    plugins = discover().collect_all()
    assert [p.name for p in plugins.modules][:5] == [
        "builtins",
        "customer_feedback",
        "outbound_sales",
        "pc_store_support",
        "salon_reception",
    ]
    assert all(p.source == "entry-point" and p.error is None for p in plugins.modules)
    builtins = plugins.get("builtins")
    assert set(builtins.tools) == {
        "record_answer",
        "end_call",
        "opt_out",
        "schedule_callback",
        "search_knowledge_base",
        "escalate_to_supervisor",
        "set_followup_contact",
    }
    assert set(builtins.evaluators) == {"offline", "anthropic"}
    assert plugins.policies().keys() == {"pc_store_support", "salon_reception"}
    assert plugins.definition_files()["outbound_sales"].name == "outbound_sales.yaml"


def test_tool_modules_do_not_register_themselves_at_import():
    import customario.dialogue.tools as tools

    assert not hasattr(tools, "BUILTIN_TOOLS") and not hasattr(tools, "register_builtin")


# ------------------------------------------------------------------ the example plug-in


def test_example_plugin_registers_every_kind(loyalty):
    from customario.plugins.manager import discover

    declared = tomllib.loads((EXAMPLE / "pyproject.toml").read_text())["project"]["entry-points"]
    assert declared == {"customario.campaigns": {"loyalty": "customario_loyalty"}}
    plugins = discover().collect_all()
    p = plugins.get("loyalty")
    assert p.error is None, p.detail
    assert (p.source, p.distribution) == ("entry-point", "customario-loyalty")
    assert p.summary()["definitions"] == ["loyalty_checkin.yaml"]
    assert list(p.tools) == ["points_balance"] and list(p.commands) == ["loyalty"]
    assert list(p.evaluators) == ["loyalty"] and [m.name for m in p.migrations] == ["loyalty"]
    assert set(p.hooks) == {
        "register_definitions",
        "register_migrations",
        "register_tools",
        "register_commands",
        "register_evaluators",
        "call_context",
        "call_ended",
    }
    assert "points_balance" in plugins.tools() and "loyalty" in plugins.evaluators()


def test_example_plugin_in_a_conversation_context_tool_post_call_and_evaluator(loyalty, db_path):
    """call_context fills {{loyalty_points}}, the tool reads the plug-in's table, call_ended awards
    points after the call, and the plug-in's evaluator scores the call."""
    from customario.analysis.evaluation import evaluate_campaign
    from customario.config import load_settings
    from customario.conversation.engine import TextConversation
    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.tools import ToolContext
    from customario.plugins.manager import discover
    from customario.store.db import open_db, utc_now

    plugins = discover()
    db = open_db(db_path, plugins=plugins)
    assert db["loyalty_points"].exists()
    cid = (
        db["contacts"]
        .insert(
            {
                "e164": "+16465550160",
                "name": "Ann Lee",
                "first_name": "Ann",
                "created_at": utc_now(),
                "updated_at": utc_now(),
            }
        )
        .last_pk
    )
    contact = dict(next(db.query("SELECT * FROM contacts WHERE id = ?", [cid])))
    importlib.import_module("customario_loyalty.ledger").add_points(db, "+16465550160", 40)
    settings = load_settings(env={}, db=str(db_path), load_dotenv_file=False)
    stored = resolve_campaign(db, "loyalty_checkin")

    async def talk():
        conv = await TextConversation.start(db, settings, stored, contact=contact, channel="simulation")
        opening = " ".join(conv.opening)
        for line in ("yes, go ahead", "a nine"):
            if not conv.ended:
                await conv.send(line)
        await conv.close()
        return conv, opening

    conv, opening = asyncio.run(talk())
    assert "You have 40 loyalty points" in opening
    assert db.execute("SELECT disposition FROM calls WHERE id = ?", [conv.call_id]).fetchone()[0] == "complete"
    rows = list(db.query("SELECT points, reason, call_id FROM loyalty_points ORDER BY id"))
    assert rows[-1] == {"points": 10, "reason": "check-in", "call_id": conv.call_id}

    spec = plugins.tools()["points_balance"]
    ctx = ToolContext(db=db, campaign=stored, settings=settings, contact=contact)
    assert asyncio.run(spec.handler(ctx, spec.parameters())) == {"points": 50}

    out = evaluate_campaign(db, stored, settings, evaluator="loyalty")
    assert out["evaluator"] == "loyalty" and out["results"][0]["score"] == 100.0
    db.close()


def test_example_plugin_command_group_runs_with_its_migration(loyalty, run_cli, tmp_path):
    r = _run(run_cli, "loyalty", "add", "+16465550160", "25", pythonpath=loyalty, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "now has 25 points" in r.stderr
    r = _run(run_cli, "loyalty", "show", "--json", pythonpath=loyalty, cwd=tmp_path)
    assert json.loads(r.stdout) == [{"e164": "+16465550160", "points": 25, "awards": 1}]
    r = _run(run_cli, "plugins", "--json", pythonpath=loyalty, cwd=tmp_path)
    row = {p["name"]: p for p in json.loads(r.stdout)}["loyalty"]
    assert row["status"] == "ok" and row["commands"] == ["loyalty"]


# ------------------------------------------------------------------ fault isolation

BAD_MIGRATION = """
from customario.api import hookimpl

@hookimpl
def register_migrations(register):
    from sqlite_utils import Migrations
    m = Migrations("badmig")
    @m()
    def m001_broken(db):
        db.execute("CREATE TABLE this is not sql")
    register(m)
"""


def test_a_failing_plugin_migration_breaks_only_that_plugin(run_cli, tmp_path):
    _folder_plugin(tmp_path / "campaigns", "badmig", BAD_MIGRATION)
    (tmp_path / "customario.yaml").write_text("region: US\n")
    for args in (("leads", "list", "--json"), ("campaign", "list", "--json")):
        r = _run(run_cli, *args, cwd=tmp_path)
        assert r.returncode == 0, (args, r.stderr)
        assert "cannot be used as a SQLite database" not in r.stderr
        assert "plug-in badmig disabled: migration set badmig failed" in r.stderr
    status = json.loads(_run(run_cli, "db", "status", "--json", cwd=tmp_path).stdout)
    assert status["migrations_pending"] == ["badmig:m001_broken"]
    r = _run(run_cli, "plugins", "--json", cwd=tmp_path)
    rows = {p["name"]: p for p in json.loads(r.stdout)}
    assert rows["badmig"]["status"] == "broken" and "syntax error" in rows["badmig"]["error"]
    assert rows["pc_store_support"]["status"] == "ok"
    r = _run(run_cli, "db", "migrate", cwd=tmp_path)
    assert r.returncode == 0 and "Warning: plug-in badmig is disabled" in r.stderr


def test_a_failing_plugin_migration_is_reported_before_any_database_exists(run_cli, tmp_path):
    """`customario plugins` tries the migrations on a scratch in-memory database: the plug-in is
    reported broken at once and no database file is created."""
    _folder_plugin(tmp_path / "campaigns", "badmig", BAD_MIGRATION)
    (tmp_path / "customario.yaml").write_text("region: US\n")
    fresh = tmp_path / "not-yet.db"
    r = _run(run_cli, "plugins", "--json", cwd=tmp_path, env={"CUSTOMARIO_DB": str(fresh)})
    assert r.returncode == 0, r.stderr
    rows = {p["name"]: p for p in json.loads(r.stdout)}
    assert rows["badmig"]["status"] == "broken" and "migration set badmig failed" in rows["badmig"]["error"]
    assert rows["pc_store_support"]["status"] == "ok"
    assert not fresh.exists() and not list(tmp_path.glob("not-yet.db*"))


@pytest.mark.parametrize(
    "code, error",
    [
        ("raise RuntimeError('boom')\n", "RuntimeError: boom"),
        ("import sys\nsys.exit(3)\n", "SystemExit: 3"),
        (
            "import sys\nfrom customario.api import hookimpl\n@hookimpl\ndef register_tools(register):\n    sys.exit('bye')\n",
            "register_tools failed: SystemExit: bye",
        ),
        (
            "from customario.api import hookimpl\n@hookimpl\ndef register_tools(register):\n"
            "    def my_tool_factory(): pass\n    register(my_tool_factory)\n",
            "register_tools failed: TypeError: register() takes a customario.api.ToolSpec, not 'my_tool_factory'",
        ),
        ("def register(r):\n    r.tool(None)\n", "old register(r) interface"),
        (
            "from customario.api import hookimpl\n@hookimpl\ndef register_tool(register):\n    pass\n",
            "unknown hook 'register_tool'",
        ),
        (
            "from customario.api import hookimpl\n@hookimpl\ndef register_tools(register, extra):\n    pass\n",
            "PluginValidationError",
        ),
        (
            "from customario.api import hookimpl\n@hookimpl\ndef register_commands(register):\n"
            "    register('leads', lambda: None)\n",
            "clashes with the core command",
        ),
        (
            "from customario.api import hookimpl\n@hookimpl\ndef register_definitions(register):\n"
            "    register('/nonexistent/x.yaml')\n",
            "definition file /nonexistent/x.yaml does not exist",
        ),
    ],
)
def test_misbehaving_plugins_are_reported_and_isolated(cli, tmp_path, monkeypatch, code, error):
    _folder_plugin(tmp_path / "campaigns", "bad", code)
    monkeypatch.setenv("CUSTOMARIO_CAMPAIGNS_DIR", str(tmp_path / "campaigns"))
    r = cli("plugins", "--json")
    assert r.exit_code == 0, r.stderr
    rows = {p["name"]: p for p in json.loads(r.stdout)}
    assert rows["bad"]["status"] == "broken" and error in rows["bad"]["error"]
    assert all(p["status"] == "ok" for n, p in rows.items() if n != "bad")
    assert cli("campaign", "add", "customer_feedback").exit_code == 0
    assert cli("leads", "list", "--json").exit_code == 0


def test_a_call_time_hook_that_raises_never_loses_the_call(cli, db, tmp_path, monkeypatch, caplog):
    from customario.config import load_settings
    from customario.conversation.engine import TextConversation
    from customario.definitions.catalog import resolve_campaign

    _folder_plugin(
        tmp_path / "campaigns",
        "grumpy",
        "from customario.api import hookimpl\n"
        "@hookimpl\ndef call_context(campaign):\n    raise ValueError('no context today')\n"
        "@hookimpl\ndef call_ended(call_id):\n    raise ValueError('no goodbye today')\n",
    )
    settings = load_settings(env={}, db=":memory:", load_dotenv_file=False, campaigns_dir=str(tmp_path / "campaigns"))
    stored = resolve_campaign(db, "customer_feedback")

    async def talk():
        conv = await TextConversation.start(db, settings, stored, channel="simulation")
        await conv.close("break-off")
        return conv

    conv = asyncio.run(talk())
    assert db.execute("SELECT disposition FROM calls WHERE id = ?", [conv.call_id]).fetchone()[0] == "break-off"
    assert "plug-in grumpy: call_context failed" in caplog.text and "plug-in grumpy: call_ended failed" in caplog.text


def test_plugin_command_factory_failure_is_an_error_not_a_traceback(tmp_path, run_cli):
    _folder_plugin(
        tmp_path / "campaigns",
        "cmdfail",
        "from customario.api import hookimpl\n"
        "def _app():\n    raise ImportError('typer extra missing')\n"
        "@hookimpl\ndef register_commands(register):\n    register('cmdfail', _app)\n",
    )
    (tmp_path / "customario.yaml").write_text("region: US\n")
    r = _run(run_cli, "cmdfail", "list", cwd=tmp_path)
    assert r.returncode == ExitCode.ERROR
    assert r.stderr.startswith("Error: plug-in cmdfail could not build its command group 'cmdfail'")
    assert "Traceback" not in r.stderr


# ------------------------------------------------------------------ campaigns_dir and trust

FOLDER_WITH_EVERYTHING = '''
from customario.api import hookimpl

@hookimpl
def register_migrations(register):
    from sqlite_utils import Migrations
    m = Migrations("notes_mod")
    @m()
    def m001_notes(db):
        db.execute("CREATE TABLE notes_mod_notes (id INTEGER PRIMARY KEY, text TEXT)")
    register(m)

def _app():
    import typer
    from customario.cli import state
    app = typer.Typer()
    @app.command("count")
    def count(ctx: typer.Context):
        """Count notes. Example: `customario notes count`"""
        typer.echo(state(ctx).db["notes_mod_notes"].count)
    @app.command("where")
    def where(ctx: typer.Context):
        """Print the campaigns folder. Example: `customario notes where`"""
        typer.echo(state(ctx).settings.campaigns_dir)
    return app

@hookimpl
def register_commands(register):
    register("notes", _app)
'''


def test_configured_campaigns_dir_is_honoured_by_plugin_groups_and_migrations(run_cli, tmp_path):
    shared = tmp_path / "shared-campaigns"
    _folder_plugin(shared, "notes_mod", FOLDER_WITH_EVERYTHING)
    project = tmp_path / "project"
    project.mkdir()
    (project / "customario.yaml").write_text("campaigns_dir: ../shared-campaigns\n")
    r = _run(run_cli, "notes", "count", cwd=project)
    assert (r.returncode, r.stdout.strip()) == (0, "0"), r.stderr
    assert _run(run_cli, "notes", "where", cwd=project).stdout.strip() == str(shared.resolve())
    status = json.loads(_run(run_cli, "db", "status", "--json", cwd=project).stdout)
    assert "notes_mod_notes" in status["tables"]
    # the same folder through the environment, from a folder without a config file
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = _run(run_cli, "notes", "count", cwd=elsewhere, env={"CUSTOMARIO_CAMPAIGNS_DIR": str(shared)})
    assert r.returncode == 0, r.stderr
    # and without it the group does not exist
    r = _run(run_cli, "notes", "count", cwd=elsewhere)
    assert r.returncode == ExitCode.USAGE and "No such command 'notes'" in r.stderr


MARKER_CODE = "import pathlib\npathlib.Path({marker!r}).write_text('ran')\n"


def test_campaign_folder_code_runs_only_in_a_project_or_when_configured(run_cli, tmp_path):
    marker = tmp_path / "ran.txt"
    stray = tmp_path / "stray"
    _folder_plugin(stray / "campaigns", "evil", MARKER_CODE.format(marker=str(marker)))
    for args in (("plugins", "--json"), ("leads", "list"), ("campaign", "list")):
        assert _run(run_cli, *args, cwd=stray).returncode == 0
    assert not marker.exists()
    names = {p["name"] for p in json.loads(_run(run_cli, "plugins", "--json", cwd=stray).stdout)}
    assert "evil" not in names
    (stray / "customario.yaml").write_text("region: US\n")  # now it is a project
    assert _run(run_cli, "plugins", "--json", cwd=stray).returncode == 0
    assert marker.exists()


def test_version_and_help_load_no_plugin_code(run_cli, tmp_path, loyalty):
    marker = tmp_path / "ran.txt"
    project = tmp_path / "project"
    _folder_plugin(project / "campaigns", "noisy", MARKER_CODE.format(marker=str(marker)))
    (project / "customario.yaml").write_text("region: US\n")
    code = (
        "import sys\nfrom customario.cli import main\nsys.argv = ['customario'] + sys.argv[1:]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith(('customario_loyalty', 'customario_campaigns',"
        " 'customario.campaigns', 'customario.plugins.builtins'))))\n"
    )
    import subprocess

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([loyalty, str(REPO)])}
    for args in (["--version"], ["--help"], []):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=project, env=env)
        assert "LOADED []" in out.stdout, (args, out.stdout, out.stderr)
    assert not marker.exists()
    assert "customario plugins" in _run(run_cli, "--help", cwd=project).stdout


def test_a_failing_core_migration_names_itself(tmp_path):
    from sqlite_utils import Migrations

    from customario.errors import CustomarioError
    from customario.store.db import open_db

    bad = Migrations("customario.test_extra")

    @bad()
    def m001_broken(db):
        db.execute("CREATE TABLE this is not sql")

    with pytest.raises(CustomarioError, match=r"migration set customario.test_extra could not be applied") as err:
        open_db(tmp_path / "x.db", extra_sets=[bad])
    assert "cannot be used as a SQLite database" not in str(err.value)
