"""The agent tool: a pydantic argument model and an async handler, wrapped in a ToolSpec."""

from pydantic import BaseModel

from customario.api import ToolContext, ToolSpec

from .ledger import balance


class NoArgs(BaseModel):
    pass


async def points_balance(ctx: ToolContext, args: NoArgs) -> dict:
    """``{"points": n}`` for the caller on the line."""
    return {"points": balance(ctx.db, ctx.contact)}


POINTS_BALANCE = ToolSpec(
    name="points_balance",
    description="Look up the caller's loyalty points balance.",
    parameters=NoArgs,
    handler=points_balance,
)
