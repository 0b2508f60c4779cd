"""Plug-in campaign modules: discovery, registration and fault isolation.

A campaign module is either a folder under the project's ``campaigns/`` directory or an installed
package that declares an entry point in the ``customario.campaigns`` group. A folder holds one or
more definition files (``*.yaml``) and optionally an ``__init__.py`` with::

    def register(r):            # r is a Registrar
        r.tool(spec)                              # extra agent tools (customario.dialogue.tools.ToolSpec)
        r.policy(factory)                         # offline dialogue policy (customario.dialogue.policy)
        r.migrations(migrations)                  # its own sqlite_utils.Migrations set
        r.cli("store", build_store_app)           # its own CLI group (a function returning a Typer app)
        r.evaluator("rubric-x", factory)          # extra evaluators
        r.context_builder(fn)                     # extra lead context for the agent
        r.post_call(fn)                           # hook after a call ends

Module code must keep its top-level imports light (no livekit/anthropic/pandas) because discovery
runs when the CLI starts. A module that fails to import or register is recorded in
``Registry.broken`` and reported by ``customario plugins``; every other command keeps working.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

ENTRY_POINT_GROUP = "customario.campaigns"
_PACKAGE_CAMPAIGNS = Path(__file__).resolve().parents[1] / "campaigns"


@dataclass
class CampaignModule:
    """What one module registered. ``error`` is set (one line) when it is broken."""

    name: str
    source: str                       # "folder" or "entry-point"
    location: str
    definitions: list[Path] = field(default_factory=list)
    tools: list[Callable[..., Any]] = field(default_factory=list)
    migrations: Any = None
    cli: list[tuple[str, Callable[[], Any]]] = field(default_factory=list)
    evaluators: dict[str, Callable[..., Any]] = field(default_factory=dict)
    context_builders: list[Callable[..., Any]] = field(default_factory=list)
    post_call_hooks: list[Callable[..., Any]] = field(default_factory=list)
    policy: Callable[..., Any] | None = None   # offline DialoguePolicy factory (customario.dialogue.policy)
    module: Any = None
    error: str | None = None
    detail: str | None = None


class Registrar:
    """The callback object handed to a module's ``register(r)``."""

    def __init__(self, module: CampaignModule):
        self._m = module

    def tool(self, spec: Any) -> None:
        """Add an agent tool (a :class:`customario.dialogue.tools.ToolSpec`)."""
        self._m.tools.append(spec)

    def migrations(self, migrations: Any) -> None:
        """Declare the module's own ``sqlite_utils.Migrations`` set (name it after the module)."""
        self._m.migrations = migrations

    def cli(self, name: str, app_factory: Callable[[], Any]) -> None:
        """Add a CLI group ``customario NAME`` built by ``app_factory()`` (returns a Typer app)."""
        self._m.cli.append((name, app_factory))

    def evaluator(self, name: str, factory: Callable[..., Any]) -> None:
        self._m.evaluators[name] = factory

    def context_builder(self, fn: Callable[..., Any]) -> None:
        self._m.context_builders.append(fn)

    def post_call(self, fn: Callable[..., Any]) -> None:
        self._m.post_call_hooks.append(fn)

    def policy(self, factory: Callable[..., Any]) -> None:
        """The module's offline dialogue policy: ``factory(campaign, contact, ctx) -> DialoguePolicy``."""
        self._m.policy = factory

    def definition(self, path: str | Path) -> None:
        self._m.definitions.append(Path(path))


@dataclass
class Registry:
    modules: list[CampaignModule]

    @property
    def broken(self) -> list[CampaignModule]:
        return [m for m in self.modules if m.error]

    @property
    def healthy(self) -> list[CampaignModule]:
        return [m for m in self.modules if not m.error]

    def get(self, name: str) -> CampaignModule | None:
        for m in self.modules:
            if m.name == name:
                return m
        return None

    def definition_files(self) -> dict[str, Path]:
        """{campaign name (file stem or module name): path} for every shipped definition file."""
        out: dict[str, Path] = {}
        for m in self.modules:
            for p in m.definitions:
                out.setdefault(p.stem if len(m.definitions) > 1 else m.name, p)
                out.setdefault(m.name, p)
        return out


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:300]


def _register(mod: CampaignModule, pymod: Any) -> None:
    mod.module = pymod
    register = getattr(pymod, "register", None)
    if register is not None:
        register(Registrar(mod))


def _load_folder(path: Path) -> CampaignModule:
    mod = CampaignModule(name=path.name, source="folder", location=str(path))
    mod.definitions = sorted(p for p in path.glob("*.yaml") if p.is_file())
    init = path / "__init__.py"
    if init.is_file():
        modname = f"customario_campaigns.{path.name}"
        try:
            if "customario_campaigns" not in sys.modules:
                import types

                pkg = types.ModuleType("customario_campaigns")
                pkg.__path__ = []  # namespace for loaded folders
                sys.modules["customario_campaigns"] = pkg
            if modname in sys.modules:
                pymod = sys.modules[modname]
            else:
                spec = importlib.util.spec_from_file_location(modname, init, submodule_search_locations=[str(path)])
                pymod = importlib.util.module_from_spec(spec)
                sys.modules[modname] = pymod
                try:
                    spec.loader.exec_module(pymod)
                except BaseException:
                    sys.modules.pop(modname, None)
                    raise
            _register(mod, pymod)
        except Exception as exc:  # a broken module must never stop the CLI
            mod.error = _short(exc)
            mod.detail = traceback.format_exc(limit=3)
    if not mod.definitions and not init.is_file():
        mod.error = "no definition file (*.yaml) and no __init__.py"
    return mod


def _load_entry_points() -> list[CampaignModule]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        mod = CampaignModule(name=ep.name, source="entry-point", location=ep.value)
        try:
            pymod = ep.load()
            _register(mod, pymod)
        except Exception as exc:
            mod.error = _short(exc)
            mod.detail = traceback.format_exc(limit=3)
        out.append(mod)
    return out


_CACHE: dict[tuple[str, ...], Registry] = {}


def search_dirs(campaigns_dir: str | Path | None = None) -> list[Path]:
    """Folders searched for campaign modules: the configured one (relative to cwd), then the repo's."""
    dirs = []
    if campaigns_dir:
        dirs.append(Path(campaigns_dir).expanduser().resolve())
    dirs.append(_PACKAGE_CAMPAIGNS)
    seen, out = set(), []
    for d in dirs:
        if d not in seen and d.is_dir():
            seen.add(d)
            out.append(d)
    return out


def discover(campaigns_dir: str | Path | None = "campaigns", *, refresh: bool = False) -> Registry:
    """Find and register every campaign module (cached per set of folders).

    Folder modules come first, in name order; a name seen twice keeps the first (the project's
    own folder overrides the shipped one). Never raises for a broken module.
    """
    dirs = search_dirs(campaigns_dir)
    key = tuple(str(d) for d in dirs)
    if not refresh and key in _CACHE:
        return _CACHE[key]
    modules: dict[str, CampaignModule] = {}
    for d in dirs:
        for sub in sorted(d.iterdir()):
            if sub.is_dir() and not sub.name.startswith((".", "_")) and sub.name not in modules:
                modules[sub.name] = _load_folder(sub)
    for mod in _load_entry_points():
        modules.setdefault(mod.name, mod)
    registry = Registry(list(modules.values()))
    _CACHE[key] = registry
    return registry
