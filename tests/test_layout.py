"""The package layout: no import cycles between customario's modules, counting the imports inside
functions too (a function-level import hides a cycle from Python, not from a reader), and the
public plug-in API stays light to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _modules() -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in (REPO / "customario").rglob("*.py"):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (path, is_pkg)
    return out


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return getattr(t, "id", None) == "TYPE_CHECKING" or getattr(t, "attr", None) == "TYPE_CHECKING"


def _imports(name: str, path: Path, is_pkg: bool, modules: dict) -> set[str]:
    """customario modules imported anywhere in ``path`` (module level or inside functions), except
    under ``if TYPE_CHECKING:``. ``from pkg import sub`` counts as importing ``pkg.sub``."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name.split(".") if is_pkg else name.split(".")[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module or ""
                found.update(f"{mod}.{a.name}" if f"{mod}.{a.name}" in modules else mod for a in child.names)
            visit(child)

    visit(ast.parse(path.read_text()))
    resolved = set()
    for mod in found:
        while mod and mod not in modules:
            mod = mod.rpartition(".")[0]
        if mod.startswith("customario") and mod != name:
            resolved.add(mod)
    return resolved


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, is_pkg, modules) for name, (path, is_pkg) in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_including_function_level_imports():
    graph = import_graph()
    assert len(graph) > 100 and "customario.store.db" in graph["customario.leads.importer"]
    assert cycles(graph) == []


def test_store_and_plugin_api_stay_at_the_bottom():
    """The store never loads plug-ins itself (callers hand them in), and customario.api imports
    only the dialogue contracts, so any module can implement a hook without a cycle."""
    graph = import_graph()
    assert not any(m.startswith("customario.plugins") for m in graph["customario.store.db"])
    assert graph["customario.api"] == {"customario.dialogue.policy", "customario.dialogue.tools"}


def test_plugin_api_import_is_light():
    code = (
        "import sys, customario.api, customario.plugins.manager;"
        "print(sorted(m for m in ('pydantic', 'typer', 'pandas', 'livekit', 'anthropic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip() == "[]"


def _third_party_imports(path: Path) -> set[str]:
    """Top-level names of every non-customario import in ``path`` (module level or in functions),
    ``livekit.*`` kept at two levels (``livekit.agents``, ``livekit.api``...)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module] if node.module != "livekit" else [f"livekit.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            found.add(".".join(parts[:2]) if parts[0] == "livekit" else parts[0])
    return found


def test_adapters_and_conversation_are_the_only_doors_to_the_providers():
    """ARCHITECTURE.md section 2: conversation/ is the only importer of livekit.agents (and the
    livekit plugins and rtc it runs on), adapters/ the only importer of livekit.api and anthropic;
    dialogue/ imports no livekit at all."""
    rules = {
        "livekit.agents": "customario/conversation/",
        "livekit.plugins": "customario/conversation/",
        "livekit.rtc": "customario/conversation/",
        "livekit.api": "customario/adapters/",
        "anthropic": "customario/adapters/",
    }
    wrong = []
    for path in sorted((REPO / "customario").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        for name in _third_party_imports(path):
            home = rules.get(name)
            if home is not None and not rel.startswith(home):
                wrong.append(f"{rel} imports {name} (only {home} may)")
    assert wrong == []
    dialogue = set().union(*(_third_party_imports(p) for p in (REPO / "customario" / "dialogue").rglob("*.py")))
    assert not any(n.startswith("livekit") for n in dialogue)
