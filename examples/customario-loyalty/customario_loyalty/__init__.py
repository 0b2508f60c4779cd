"""customario-loyalty: an example plug-in that uses every hook of customario.api.

Everything heavy (pydantic models, sqlite-utils, typer) is imported inside the hooks or the
factories they register, so loading the plug-in costs nothing when customario starts.
"""

from importlib import resources

from customario.api import hookimpl, plugin_settings

MODULE = "loyalty"  # campaigns that say `module: loyalty` are ours
POINTS_PER_CHECKIN = 10  # default; `plugins: {loyalty: {points_per_checkin: N}}` in customario.yaml


@hookimpl
def register_definitions(register):
    register(resources.files(__name__) / "loyalty_checkin.yaml")


@hookimpl
def register_migrations(register):
    from .migrations import migrations

    register(migrations)


@hookimpl
def register_tools(register):
    from .tools import POINTS_BALANCE

    register(POINTS_BALANCE)


def _loyalty_app():
    from .cli import build_app

    return build_app()


@hookimpl
def register_commands(register):
    register("loyalty", _loyalty_app)


def _evaluator(settings):
    from .evaluator import LoyaltyEvaluator

    return LoyaltyEvaluator(settings)


@hookimpl
def register_evaluators(register):
    register("loyalty", _evaluator)


@hookimpl
def call_context(db, campaign, contact):
    """The caller's balance as ``{{loyalty_points}}`` (our campaigns only)."""
    if campaign.module != MODULE:
        return None
    from .ledger import balance

    return {"loyalty_points": balance(db, contact)}


def points_per_checkin(settings) -> int:
    """Points for one completed check-in: the plug-in's setting, else POINTS_PER_CHECKIN."""
    value = plugin_settings(settings, MODULE).get("points_per_checkin", POINTS_PER_CHECKIN)
    return value if isinstance(value, int) and 0 <= value <= 10_000 else POINTS_PER_CHECKIN


@hookimpl
def call_ended(db, campaign, call_id, disposition, settings):
    """Award points for a completed check-in (once per call: the ledger's call_id is unique)."""
    if campaign.module != MODULE or disposition != "complete":
        return
    from .ledger import award_for_call

    award_for_call(db, call_id, points_per_checkin(settings))
