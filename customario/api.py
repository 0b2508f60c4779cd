"""The public plug-in API of customario: hook specifications and the types plug-ins use.

A plug-in is a Python module (or any object) with functions decorated by :data:`hookimpl` whose
names are the hooks below. customario finds plug-ins in two places:

- installed packages that declare an entry point in the ``customario.campaigns`` group, e.g. in the
  plug-in's ``pyproject.toml``::

      [project.entry-points."customario.campaigns"]
      loyalty = "customario_loyalty"

- sub-folders of the project's campaigns folder (``campaigns_dir``), loaded only when that folder is
  configured explicitly (``--campaigns-dir``... see docs/configuration.md) or the command runs in a
  project that has a ``customario.yaml``. A folder's ``*.yaml`` files are its definitions; its
  optional ``__init__.py`` is the plug-in module.

The built-in campaigns (``customer_feedback``, ``outbound_sales``, ``salon_reception``,
``pc_store_support``) and the built-in tools and evaluators (``customario.plugins.builtins``) are
plug-ins declared the same way in customario's own ``pyproject.toml``.

Registration hooks receive a ``register`` callback and hand it objects; they are called lazily,
the first time a command needs that kind of object, once per process. Keep a plug-in module's
top-level imports light (no livekit, anthropic or pandas): import heavy code inside the hook or
inside the factories it registers. Call-time hooks (:meth:`Hooks.call_context`,
:meth:`Hooks.call_ended`) run during every conversation. A hook implementation may accept any
subset of the arguments its specification names (pluggy passes them by name).

Faults stay inside the plug-in: a plug-in that fails to import, implements a hook that does not
exist, raises in a registration hook, hands ``register`` the wrong kind of object or whose
migration fails is reported by ``customario plugins`` (status ``broken``, with the error) and
everything it registered is ignored; every other command keeps working. An exception raised by a
call-time hook is logged and the conversation goes on.

Example (a complete plug-in lives in ``examples/customario-loyalty/``)::

    from customario.api import ToolSpec, hookimpl

    @hookimpl
    def register_tools(register):
        from .tools import POINTS_TOOL    # imported only when tools are needed
        register(POINTS_TOOL)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol, Union

import pluggy

from customario.dialogue.policy import Action, CallTool, DialoguePolicy, Hangup, Say
from customario.dialogue.tools import ToolContext, ToolFailure, ToolSpec

if TYPE_CHECKING:  # sqlite_utils and typer are imported only by the plug-ins that use them
    from importlib.resources.abc import Traversable

    from sqlite_utils import Database, Migrations

    from customario.definitions.models import Campaign

PROJECT = "customario"
ENTRY_POINT_GROUP = "customario.campaigns"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Action",
    "CallTool",
    "DialoguePolicy",
    "EvaluationResult",
    "Evaluator",
    "Hangup",
    "Hooks",
    "Say",
    "ToolContext",
    "ToolFailure",
    "ToolSpec",
    "hookimpl",
    "hookspec",
    "plugin_settings",
]


@dataclass
class EvaluationResult:
    """What an evaluator returns for one call.

    ``verdicts``: ``[{"criterion", "verdict", "evidence", "rationale", "weight"}]`` where verdict is
    ``met`` / ``partly`` / ``not_met`` / ``not_assessed``. ``score`` (0-100) is recomputed by
    customario from the campaign's criterion weights, never trusted from the evaluator.
    ``review_flags`` (e.g. ``manipulation_attempt``) send the call's payment to held. ``usage`` holds
    token counts; ``cost_microusd`` the estimated cost in millionths of a US dollar.
    """

    verdicts: list[dict]
    score: float
    review_flags: list[str] = field(default_factory=list)
    model: str | None = None
    usage: dict = field(default_factory=dict)
    cost_microusd: int | None = None
    note: str | None = None


class Evaluator(Protocol):
    """An evaluator object, built by the factory handed to ``register_evaluators``' callback.

    ``name``: the name it was registered under; ``remote``: True if :meth:`evaluate` does network
    I/O (customario then runs several calls concurrently).
    """

    name: str
    remote: bool

    def evaluate(self, campaign: Campaign, data: Any, signals: dict) -> EvaluationResult:
        """Verdicts for one call. ``data`` is a :class:`customario.analysis.quality.CallData`
        (transcript turns, answers, tool calls); ``signals`` the data-quality signals of the call."""


def plugin_settings(settings: Any, name: str) -> Mapping[str, Any]:
    """The settings of plug-in ``name`` from ``customario.yaml`` (an empty mapping when absent)::

        plugins:
          loyalty: {points_per_checkin: 25}

    ``plugin_settings(settings, "loyalty")["points_per_checkin"] == 25``. ``settings`` is the
    object hooks and factories receive. Other top-level keys are refused by customario (a typo
    is an error, not a silent default), so plug-in settings live under ``plugins:``. Secrets never
    belong there: read them from the environment.
    """
    section = (getattr(settings, "extra", None) or {}).get("plugins") or {}
    mine = section.get(name) if isinstance(section, Mapping) else None
    return mine if isinstance(mine, Mapping) else {}


# The shapes of the objects plug-ins hand to ``register`` callbacks.
DefinitionPath = Union[str, Path, "Traversable"]
PolicyFactory = Callable[[Any, Union[Mapping[str, Any], None], Union[ToolContext, None]], DialoguePolicy]
EvaluatorFactory = Callable[..., Evaluator]
CommandFactory = Callable[[], Any]


class Hooks:
    """The hook specifications (pluggy). Implement any of them in a plug-in with ``@hookimpl``."""

    # ------------------------------------------------------------------ registration hooks

    @hookspec
    def register_definitions(self, register: Callable[[DefinitionPath], None]) -> None:
        """Ship campaign or survey definition files (YAML) with the plug-in.

        ``register(path)`` takes a file path or an ``importlib.resources`` file, e.g.
        ``register(resources.files(__package__) / "loyalty.yaml")``. The campaign can then be used
        by its name (``customario campaign add loyalty``, ``customario dial loyalty``). A folder
        plug-in's ``*.yaml`` files are registered without this hook. ``register`` raises
        ``FileNotFoundError`` for a missing file.
        """

    @hookspec
    def register_tools(self, register: Callable[[ToolSpec], None]) -> None:
        """Add agent tools. ``register(spec)`` takes a :class:`ToolSpec` (name, description for the
        model, pydantic argument model, async ``handler(ctx, args)``); anything else raises
        ``TypeError``. A campaign enables tools by name in its definition's ``tools:`` list; a
        plug-in's tool replaces a built-in of the same name.
        """

    @hookspec
    def register_policies(self, register: Callable[[str, PolicyFactory], None]) -> None:
        """Add offline dialogue policies (the deterministic "LLM" of the offline stack).

        ``register(module, factory)``: campaigns whose definition says ``module: <module>`` are run
        by ``factory(campaign, contact, tool_ctx) -> DialoguePolicy`` (``campaign`` is the stored
        campaign, ``contact`` the lead row or None, ``tool_ctx`` a :class:`ToolContext` or None).
        Campaigns without a policy use the built-in survey or scripted policy.
        """

    @hookspec
    def register_evaluators(self, register: Callable[[str, EvaluatorFactory], None]) -> None:
        """Add evaluators. ``register(name, factory)``; ``customario evaluate --evaluator NAME`` (or
        ``evaluation.evaluator: NAME`` in a definition) builds one with ``factory(settings,
        **options)`` where options are only those the user gave (``model=`` for ``--model``) and
        returns an :class:`Evaluator`.
        """

    @hookspec
    def register_migrations(self, register: Callable[[Migrations], None]) -> None:
        """Add the plug-in's own tables. ``register(migrations)`` takes one
        ``sqlite_utils.Migrations`` set named after the plug-in; it is applied after the core sets
        every time a database is opened, each migration in its own transaction. A set that fails
        marks the plug-in broken and is retried on the next open; the core and other plug-ins
        are not affected. Migrations are append-only: never edit one that has been applied.
        """

    @hookspec
    def register_commands(self, register: Callable[[str, CommandFactory], None]) -> None:
        """Add command groups. ``register(name, factory)``: ``customario NAME ...`` runs the Typer app
        (or click command) returned by ``factory()``, which is called only when the group is used.
        Use ``customario.cli.state(ctx)`` for the settings and the database. A name that a
        core command already uses is refused (the plug-in is reported broken).
        """

    # ------------------------------------------------------------------ call-time hooks

    @hookspec
    def call_context(
        self, db: Database, campaign: Campaign, contact: Mapping[str, Any] | None, settings: Any
    ) -> Mapping[str, Any] | None:
        """Extra lead context for the agent, before a conversation starts.

        Return a mapping of placeholder names to values (or None). They are available as
        ``{{name}}`` in the instructions, opening and questions and are listed to the model when the
        campaign names them in ``lead_fields``. Keys the lead context already has (name, phone,
        timezone, local_time...) are not overridden. Called for every campaign: check
        ``campaign.module`` to act only on your own. ``contact`` is the contact row (None for an
        anonymous console caller).
        """

    @hookspec
    def call_ended(
        self, db: Database, campaign: Campaign, call_id: int, disposition: str, status: str, settings: Any
    ) -> None:
        """After a call or text conversation ended and its row was written (disposition such as
        ``complete``, ``partial``, ``opted-out``; status ``ended`` or ``failed``). Called for every
        campaign: check ``campaign.module``. Use your own transaction for writes.
        """
