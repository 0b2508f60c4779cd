"""outbound_sales: outbound B2B calls with lead context injection and objection handling.

A plug-in like any third party's (:mod:`customario.api`): it ships its definition and a
``call_context`` hook that tells the agent about earlier calls to the same lead in this campaign
(``previous_calls``, ``last_outcome``), so a second attempt does not sound like a first.
"""

from importlib import resources

from customario.api import hookimpl

NAME = "outbound_sales"


@hookimpl
def register_definitions(register):
    register(resources.files(__name__) / "outbound_sales.yaml")


@hookimpl
def call_context(db, campaign, contact):
    """``{"previous_calls": n, "last_outcome": disposition}`` for a known lead of an outbound_sales
    campaign with earlier ended calls; None otherwise."""
    if campaign.module != NAME or not contact or contact.get("id") is None:
        return None
    rows = db.execute(
        "SELECT disposition FROM calls WHERE contact_id = ? AND campaign = ? AND ended_at IS NOT NULL"
        " AND disposition IS NOT NULL ORDER BY ended_at",
        [contact["id"], campaign.name],
    ).fetchall()
    if not rows:
        return None
    return {"previous_calls": len(rows), "last_outcome": rows[-1][0]}
