"""Meta-tests of the documentation (in the style of sqlite-utils' test_docs.py): every command and
every plug-in hook is documented, the generated reference pages are current, and the MkDocs site
builds with warnings as errors."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"


def _commands():
    from customario.cli.reference import command_paths

    return command_paths()


def test_generated_pages_are_current():
    r = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_docs.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


def test_every_command_is_in_the_command_reference():
    text = (DOCS / "commands.md").read_text()
    paths = _commands()
    assert len(paths) > 60 and ("db", "migrate") in paths and ("store", "import") in paths
    for path in paths:
        assert f"## customario {' '.join(path)}\n" in text, path


def test_every_command_group_is_in_the_readme_overview():
    readme = (REPO / "README.md").read_text()
    for top in sorted({p[0] for p in _commands()}):
        assert re.search(rf"`customario {re.escape(top)}\b", readme), f"README's command table lacks {top}"


def test_every_hook_is_documented_in_the_author_guide():
    from customario import api

    guide = (DOCS / "plugins.md").read_text()
    for name in [n for n in vars(api.Hooks) if not n.startswith("_")]:
        assert f"### {name}" in guide, f"docs/plugins.md has no section for the {name} hook"


def test_every_page_is_in_the_navigation_and_no_link_leaves_the_repository():
    nav = (REPO / "mkdocs.yml").read_text()
    for page in DOCS.glob("*.md"):
        assert f": {page.name}" in nav, f"{page.name} is not in mkdocs.yml nav"
    for md in [REPO / "README.md", *DOCS.glob("*.md")]:
        assert "../shared" not in md.read_text(), f"{md.name} links outside the repository"


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs-material is a dev dependency")
def test_docs_site_builds_strict(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert (tmp_path / "site" / "plugins" / "index.html").is_file()


def test_every_option_has_help_and_is_in_its_command_section():
    """Each option and argument of each command has help text and is listed under that command's
    heading in docs/commands.md (the global options under the page's header)."""
    from customario.cli.reference import root_command, walk

    text = (DOCS / "commands.md").read_text()
    sections = dict(re.findall(r"^## customario ([^\n]+)\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S))
    missing = []
    for path, cmd in walk(root_command()):
        section = sections.get(" ".join(path), "")
        for param in cmd.params:
            if getattr(param, "hidden", False) or param.name == "help":
                continue
            if param.param_type_name == "option":
                if not (getattr(param, "help", None) or "").strip():
                    missing.append(f"{' '.join(path)} {param.opts[0]}: no help text")
                if f"`{param.opts[0]}`" not in section:
                    missing.append(f"{' '.join(path)} {param.opts[0]}: not in docs/commands.md")
            elif f"`{(param.metavar or param.name).upper()}`" not in section:
                missing.append(f"{' '.join(path)} {param.name}: argument not in docs/commands.md")
    assert missing == []
    for option in ("--db", "--config", "-v"):
        assert option in text.split("## customario", 1)[0]
