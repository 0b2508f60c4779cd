"""The plug-in manager: finds plug-ins, registers them with pluggy and keeps each one's faults to itself.

The hooks themselves are specified in :mod:`customario.api` (read that first). :func:`discover`
returns a :class:`Plugins` for one campaigns folder (or none), cached per folder:

- every installed entry point of the ``customario.campaigns`` group (customario's own first: the
  built-in tools, evaluators and campaigns are declared in its ``pyproject.toml``), then
- every sub-folder of ``campaigns_dir`` when one is given. The caller decides whether the folder is
  trusted (``customario.config`` resolves ``campaigns_dir`` only when it is configured explicitly
  or the project has a ``customario.yaml``); ``discover(None)`` runs no folder code at all. A folder
  plug-in replaces an installed one of the same name.

Registration hooks are called lazily, once per kind (``register_tools`` the first time tools are
needed...), and each plug-in's implementation separately: one that raises or registers the wrong
kind of object is marked broken (:attr:`Plugin.error`), everything it registered is dropped, and
the others are unaffected. ``customario plugins`` calls every registration hook to show the lot.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import sys
import threading
import traceback
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import pluggy

from customario import api

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = api.ENTRY_POINT_GROUP
REGISTRATION_HOOKS = (
    "register_definitions",
    "register_tools",
    "register_policies",
    "register_evaluators",
    "register_migrations",
    "register_commands",
)
CALL_HOOKS = ("call_context", "call_ended")
_FOLDER_NAMESPACE = "customario_campaigns"
# What a plug-in's import or registration may raise without stopping customario: any error, and a
# stray sys.exit() in module code. KeyboardInterrupt still interrupts.
_PLUGIN_FAULTS = (Exception, SystemExit)


@dataclass
class Plugin:
    """One plug-in and what it registered. ``error`` (one line) is set when it is broken."""

    name: str
    source: str  # "entry-point" or "folder"
    location: str  # "package.module" or the folder path
    distribution: str | None = None  # the installed package that declares the entry point
    module: Any = None
    hooks: list[str] = field(default_factory=list)
    definitions: list[Any] = field(default_factory=list)  # Path or importlib.resources file
    tools: dict[str, api.ToolSpec] = field(default_factory=dict)
    policies: dict[str, Callable[..., Any]] = field(default_factory=dict)
    evaluators: dict[str, Callable[..., Any]] = field(default_factory=dict)
    migrations: list[Any] = field(default_factory=list)  # sqlite_utils.Migrations sets
    commands: dict[str, Callable[[], Any]] = field(default_factory=dict)
    error: str | None = None
    detail: str | None = None

    @property
    def root(self) -> Path | None:
        """The plug-in's folder: the campaigns sub-folder, or an installed package's directory."""
        if self.source == "folder":
            return Path(self.location)
        paths = list(getattr(self.module, "__path__", []) or [])
        return Path(paths[0]) if paths else None

    def summary(self) -> dict:
        """A JSON-friendly row for ``customario plugins``."""
        return {
            "name": self.name,
            "source": self.source,
            "status": "broken" if self.error else "ok",
            "definitions": [Path(str(p)).name for p in self.definitions],
            "tools": sorted(self.tools),
            "policies": sorted(self.policies),
            "evaluators": sorted(self.evaluators),
            "migrations": [getattr(m, "name", "?") for m in self.migrations],
            "commands": sorted(self.commands),
            "hooks": sorted(self.hooks),
            "error": self.error,
            "location": self.location,
            "distribution": self.distribution,
        }


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:300]


def _new_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(api.PROJECT)
    pm.add_hookspecs(api.Hooks)
    return pm


class Plugins:
    """The loaded plug-ins of one process and one campaigns folder (see module docstring)."""

    def __init__(self, plugins: list[Plugin], pm: pluggy.PluginManager):
        self.modules = plugins
        self.pm = pm
        self._collected: set[str] = set()
        self._lock = threading.RLock()

    # ---- status ------------------------------------------------------------------------------
    @property
    def healthy(self) -> list[Plugin]:
        return [p for p in self.modules if not p.error]

    @property
    def broken(self) -> list[Plugin]:
        return [p for p in self.modules if p.error]

    def get(self, name: str) -> Plugin | None:
        return next((p for p in self.modules if p.name == name), None)

    def mark_broken(self, name: str, error: str, detail: str | None = None, *, warn: bool = True) -> None:
        """Disable plug-in ``name``: it stays listed with ``error`` and nothing it registered is used.
        Logs one warning unless ``warn`` is False (the caller reports the error itself)."""
        plugin = self.get(name)
        if plugin is not None and plugin.error is None:
            plugin.error = error[:300]
            plugin.detail = detail
            if warn:
                log.warning("plug-in %s disabled: %s", name, plugin.error)

    # ---- registration hooks ------------------------------------------------------------------
    def _impls(self, hook: str, plugin: Plugin) -> list[Any]:
        return [i for i in getattr(self.pm.hook, hook).get_hookimpls() if i.plugin_name == plugin.name]

    def _collect(self, hook: str) -> None:
        with self._lock:
            if hook in self._collected:
                return
            self._collected.add(hook)
            for plugin in self.healthy:
                for impl in self._impls(hook, plugin):
                    staged: list[tuple[str, Any]] = []
                    kwargs = {"register": _Register(hook, plugin, staged)}
                    try:
                        impl.function(**{a: kwargs[a] for a in impl.argnames})
                        _apply(plugin, hook, staged, self)
                    except _PLUGIN_FAULTS as exc:  # a broken plug-in never stops the others
                        self.mark_broken(plugin.name, f"{hook} failed: {_short(exc)}", traceback.format_exc(limit=4))

    def collect_all(self) -> "Plugins":
        """Call every registration hook now (``customario plugins`` shows everything)."""
        for hook in REGISTRATION_HOOKS:
            self._collect(hook)
        return self

    def _merged(self, hook: str, attr: str) -> dict[str, Any]:
        self._collect(hook)
        out: dict[str, Any] = {}
        for plugin in self.healthy:
            out.update(getattr(plugin, attr))
        return out

    def tools(self) -> dict[str, api.ToolSpec]:
        """``{name: ToolSpec}`` of every healthy plug-in; later plug-ins replace earlier names."""
        return self._merged("register_tools", "tools")

    def policies(self) -> dict[str, Callable[..., Any]]:
        """``{module name: factory(campaign, contact, tool_ctx)}``."""
        return self._merged("register_policies", "policies")

    def evaluators(self) -> dict[str, Callable[..., Any]]:
        """``{name: factory(settings, **options)}``."""
        return self._merged("register_evaluators", "evaluators")

    def commands(self) -> dict[str, tuple[str, Callable[[], Any]]]:
        """``{group name: (plug-in name, factory)}``."""
        self._collect("register_commands")
        return {name: (p.name, f) for p in self.healthy for name, f in p.commands.items()}

    def migration_sets(self) -> list[tuple[str, Any]]:
        """``[(plug-in name, sqlite_utils.Migrations)]`` of the healthy plug-ins, in load order."""
        self._collect("register_migrations")
        return [(p.name, m) for p in self.healthy for m in p.migrations]

    def definition_files(self) -> dict[str, Path]:
        """``{campaign name: definition file}``: each file by its stem, and each plug-in's first
        file also by the plug-in's name (``customario dial pc_store_support``)."""
        self._collect("register_definitions")
        out: dict[str, Path] = {}
        for plugin in self.healthy:
            for ref in plugin.definitions:
                path = Path(str(ref))
                out.setdefault(path.stem, path)
                out.setdefault(plugin.name, path)
        return out

    # ---- call-time hooks ---------------------------------------------------------------------
    def _call_each(self, hook: str, kwargs: Mapping[str, Any]) -> Iterable[tuple[Plugin, Any]]:
        for plugin in self.healthy:
            for impl in self._impls(hook, plugin):
                try:
                    yield plugin, impl.function(**{a: kwargs[a] for a in impl.argnames})
                except Exception:  # logged, never breaks the conversation
                    log.warning("plug-in %s: %s failed", plugin.name, hook, exc_info=True)

    def call_context(
        self, *, db: Any, campaign: Any, contact: Mapping[str, Any] | None, settings: Any, base: Mapping[str, Any]
    ) -> dict[str, Any]:
        """``base`` (the lead context) plus what ``call_context`` hooks return for keys it lacks."""
        out = dict(base)
        for plugin, extra in self._call_each(
            "call_context", {"db": db, "campaign": campaign, "contact": contact, "settings": settings}
        ):
            if extra is None:
                continue
            if not isinstance(extra, Mapping):
                log.warning("plug-in %s: call_context returned %s, not a mapping", plugin.name, type(extra).__name__)
                continue
            for key, value in extra.items():
                if isinstance(key, str) and out.get(key) is None:
                    out[key] = value
        return out

    def call_ended(self, **kwargs: Any) -> None:
        """Run every ``call_ended`` hook (db, campaign, call_id, disposition, status, settings)."""
        for _ in self._call_each("call_ended", kwargs):
            pass


class _Register:
    """The ``register`` callback handed to one plug-in's registration hook: checks each object."""

    def __init__(self, hook: str, plugin: Plugin, staged: list[tuple[str, Any]]):
        self.hook, self.plugin, self.staged = hook, plugin, staged

    def __call__(self, *args: Any) -> None:
        check = _CHECKS[self.hook]
        self.staged.append(check(*args))

    def __repr__(self) -> str:
        return f"<register for {self.hook} of plug-in {self.plugin.name}>"


def _check_definition(ref: Any) -> tuple[str, Any]:
    if not isinstance(ref, (str, Path)) and not hasattr(ref, "is_file"):
        raise TypeError(f"register() takes a definition file path, not {type(ref).__name__}")
    if not (Path(ref).is_file() if isinstance(ref, (str, Path)) else ref.is_file()):
        raise FileNotFoundError(f"definition file {ref} does not exist")
    return ("definitions", Path(str(ref)))


def _check_tool(spec: Any) -> tuple[str, Any]:
    if not isinstance(spec, api.ToolSpec):
        what = getattr(spec, "__name__", type(spec).__name__)
        raise TypeError(f"register() takes a customario.api.ToolSpec, not {what!r} (build the ToolSpec yourself)")
    return ("tools", spec)


def _check_named(kind: str) -> Callable[..., tuple[str, Any]]:
    def check(name: Any, factory: Any) -> tuple[str, Any]:
        if not isinstance(name, str) or not name or not name.replace("_", "").replace("-", "").isalnum():
            raise TypeError(f"register() takes a name (letters, digits, - and _) and a factory, got name {name!r}")
        if not callable(factory):
            raise TypeError(f"register({name!r}, ...) needs a callable factory, not {type(factory).__name__}")
        return (kind, (name, factory))

    return check


def _check_migrations(migrations: Any) -> tuple[str, Any]:
    if not all(hasattr(migrations, a) for a in ("name", "pending", "apply", "applied")):
        raise TypeError(f"register() takes a sqlite_utils.Migrations set, not {type(migrations).__name__}")
    if str(migrations.name).startswith("customario"):
        raise ValueError(f"migration set name {migrations.name!r} is reserved for customario's own sets")
    return ("migrations", migrations)


_CHECKS: dict[str, Callable[..., tuple[str, Any]]] = {
    "register_definitions": _check_definition,
    "register_tools": _check_tool,
    "register_policies": _check_named("policies"),
    "register_evaluators": _check_named("evaluators"),
    "register_migrations": _check_migrations,
    "register_commands": _check_named("commands"),
}


def _apply(plugin: Plugin, hook: str, staged: list[tuple[str, Any]], plugins: Plugins) -> None:
    """Store what a hook registered, all or nothing (called only when the hook returned normally)."""
    taken = {m.name for p in plugins.modules for m in p.migrations}
    for kind, value in staged:
        if kind == "migrations" and value.name in taken:
            raise ValueError(f"migration set {value.name!r} is already registered by another plug-in")
    for kind, value in staged:
        if kind == "definitions":
            plugin.definitions.append(value)
        elif kind == "tools":
            plugin.tools[value.name] = value
        elif kind == "migrations":
            plugin.migrations.append(value)
        else:
            getattr(plugin, kind)[value[0]] = value[1]


# ---------------------------------------------------------------- loading


def _register_module(pm: pluggy.PluginManager, plugin: Plugin, obj: Any) -> None:
    """Register ``obj`` under ``plugin.name``; raises for an invalid plug-in (the caller records it)."""
    plugin.module = obj
    if callable(getattr(obj, "register", None)) and not any(
        pm.parse_hookimpl_opts(obj, n) for n in dir(obj) if not n.startswith("_")
    ):
        raise TypeError(
            "it uses the old register(r) interface; implement the hooks of customario.api "
            "(@hookimpl def register_tools(register): ...), see docs/plugins.md"
        )
    pm.register(obj, name=plugin.name)
    unknown = [c.name for c in pm.get_hookcallers(obj) or [] if not c.has_spec()]
    if unknown:
        pm.unregister(obj)
        raise TypeError(f"unknown hook {unknown[0]!r}; the hooks are: {', '.join(REGISTRATION_HOOKS + CALL_HOOKS)}")
    plugin.hooks = sorted(c.name for c in pm.get_hookcallers(obj) or [])


def _fail(plugin: Plugin, prefix: str, exc: BaseException) -> None:
    plugin.error = f"{prefix}{_short(exc)}"
    plugin.detail = traceback.format_exc(limit=4)


def _import_folder(path: Path, init: Path) -> Any:
    """Import ``path/__init__.py`` as a package private to this folder (relative imports work)."""
    if _FOLDER_NAMESPACE not in sys.modules:
        ns = types.ModuleType(_FOLDER_NAMESPACE)
        ns.__path__ = []
        sys.modules[_FOLDER_NAMESPACE] = ns
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    modname = f"{_FOLDER_NAMESPACE}.{path.name}_{digest}"
    if modname in sys.modules:
        return sys.modules[modname]
    spec = importlib.util.spec_from_file_location(modname, init, submodule_search_locations=[str(path)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(modname, None)
        raise
    return module


def _load_folder(pm: pluggy.PluginManager, path: Path) -> Plugin:
    plugin = Plugin(name=path.name, source="folder", location=str(path))
    plugin.definitions = sorted(p for p in path.glob("*.yaml") if p.is_file())
    init = path / "__init__.py"
    if init.is_file():
        try:
            _register_module(pm, plugin, _import_folder(path, init))
        except _PLUGIN_FAULTS as exc:  # a broken plug-in never stops the CLI
            _fail(plugin, "", exc)
    elif not plugin.definitions:
        plugin.error = "no definition file (*.yaml) and no __init__.py"
    return plugin


def _entry_points() -> list[Any]:
    from importlib.metadata import entry_points

    eps = list(entry_points(group=ENTRY_POINT_GROUP))
    own = sorted(
        (ep for ep in eps if ep.dist is not None and ep.dist.name == "customario"),
        key=lambda ep: (ep.name != "builtins", ep.name),
    )
    return own + sorted((ep for ep in eps if ep not in own), key=lambda ep: ep.name)


def _load_entry_point(pm: pluggy.PluginManager, ep: Any) -> Plugin:
    plugin = Plugin(
        name=ep.name,
        source="entry-point",
        location=ep.value,
        distribution=ep.dist.name if ep.dist is not None else None,
    )
    try:
        obj = ep.load()
    except _PLUGIN_FAULTS as exc:
        _fail(plugin, "import failed: ", exc)
        return plugin
    try:
        _register_module(pm, plugin, obj)
    except _PLUGIN_FAULTS as exc:
        _fail(plugin, "", exc)
    return plugin


def folder_candidates(campaigns_dir: str | Path | None) -> list[Path]:
    """The plug-in folders under ``campaigns_dir`` (sub-folders not starting with ``.`` or ``_``)."""
    if not campaigns_dir:
        return []
    root = Path(campaigns_dir).expanduser()
    if not root.is_dir():
        return []
    return [p for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith((".", "_"))]


_CACHE: dict[str | None, Plugins] = {}


def discover(campaigns_dir: str | Path | None = None, *, refresh: bool = False) -> Plugins:
    """Load the installed plug-ins and, if ``campaigns_dir`` is given, the folder plug-ins under it.

    Cached per resolved folder (``refresh=True`` reloads). Never raises for a broken plug-in.
    ``campaigns_dir`` must already be trusted (see module docstring): this function runs its code.
    """
    key = str(Path(campaigns_dir).expanduser().resolve()) if campaigns_dir else None
    if not refresh and key in _CACHE:
        return _CACHE[key]
    pm = _new_manager()
    folders = folder_candidates(key)
    folder_names = {p.name for p in folders}
    plugins: list[Plugin] = []
    for ep in _entry_points():
        if ep.name in folder_names or any(p.name == ep.name for p in plugins):
            continue  # the project's folder replaces an installed plug-in
        plugins.append(_load_entry_point(pm, ep))
    plugins += [_load_folder(pm, path) for path in folders]
    registry = Plugins(plugins, pm)
    _CACHE[key] = registry
    return registry


def clear_cache() -> None:
    """Forget every loaded registry (tests; a long-running process after installing a plug-in)."""
    _CACHE.clear()
