"""Agent tools as plain, testable core functions, independent of livekit-agents.

A :class:`ToolSpec` names a tool, describes it for the model, validates its arguments with a
pydantic model and runs an async handler with a :class:`ToolContext`. The conversation engine
(``customario.conversation``) wraps every enabled ToolSpec into a livekit-agents function tool
(raw JSON schema from the pydantic model), logs each call to ``tool_calls`` with arguments, result
and duration, and lets the offline dialogue policy call the very same specs.

Tools reach the engine only through the ``register_tools`` plug-in hook (:mod:`customario.api`):
the built-in ones through ``customario.plugins.builtins``, a campaign module's through its own
hook implementation. A campaign enables tools by name in its definition's ``tools:`` list.
"""

from __future__ import annotations

import functools

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping

if TYPE_CHECKING:  # sqlite_utils imports pandas: keep it out of CLI start-up (plug-ins import this module)
    from sqlite_utils import Database


class ToolFailure(Exception):
    """Raised by a handler for an expected failure the agent should tell the caller about
    (unknown order, refund over the limit...). ``str(exc)`` is said/relayed to the model."""


@dataclass
class ToolContext:
    """What a tool handler may use. ``say`` speaks an interim line (e.g. "please hold") while the
    tool keeps running; it is ``None`` where nothing can be spoken (tests, batch)."""

    db: Database
    campaign: Any  # customario.definitions.catalog.StoredCampaign
    settings: Any  # customario.config.Settings
    call_id: int | None = None
    contact: Mapping[str, Any] | None = None
    channel: str = "console"  # phone | console | simulation | sms | email
    say: Callable[[str], Awaitable[None]] | None = None
    state: dict[str, Any] = field(default_factory=dict)  # per-call scratch space shared by tools


Handler = Callable[[ToolContext, Any], Awaitable[Any]]


@dataclass(frozen=True)
class ToolSpec:
    """A tool: ``parameters`` is a pydantic model class whose JSON schema is given to the model;
    ``handler(ctx, args)`` receives a validated instance and returns a JSON-serialisable result."""

    name: str
    description: str
    parameters: type
    handler: Handler
    ends_call: bool = False  # the engine hangs up after the agent's goodbye

    def json_schema(self) -> dict[str, Any]:
        """The parameters' JSON schema (a fresh copy; generated once per model class: pydantic's
        generation was 60 % of starting a text conversation, which the web face does per session)."""
        import json

        return json.loads(_schema_of(self.parameters))


@functools.lru_cache(maxsize=512)
def _schema_of(model: type) -> str:
    import json

    schema = model.model_json_schema()
    schema.pop("title", None)
    return json.dumps(schema)
