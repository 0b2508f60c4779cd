"""`customario supervisor ...` — help requests (list, show, answer, dismiss) and the supervisor roster."""

import os
from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, JsonOpt, LimitOpt, NlOpt, output_format, state

ByOpt = Annotated[
    Optional[str],
    typer.Option(
        "--by", envvar="CUSTOMARIO_SUPERVISOR", help="Who answers (default: $CUSTOMARIO_SUPERVISOR or $USER)."
    ),
]
_LIST_COLUMNS = ["id", "priority", "status", "on_hold", "assigned_to", "caller", "question", "context", "answer"]


def _table_row(r: dict) -> dict:
    from customario.render.tables import mask_phone

    turns = r.get("context") or []
    last = " | ".join(f"{t['role']}: {t['text']}" for t in turns[-2:])
    hold = f"{r['on_hold_s']:.0f}s" if r.get("on_hold_s") is not None else r.get("hold_state")
    return {**r, "caller": mask_phone(r.get("caller")), "on_hold": hold, "context": last}


def list_(
    ctx: typer.Context,
    status_: Annotated[
        Optional[str], typer.Option("--status", help="pending, answered, dismissed or timed-out.")
    ] = None,
    campaign: Annotated[Optional[str], typer.Option("--campaign", help="Only this campaign.")] = None,
    mine: Annotated[Optional[str], typer.Option("--assigned-to", help="Only requests assigned to NAME.")] = None,
    watch: Annotated[
        bool, typer.Option("--watch", help="Refresh until Ctrl-C (live view of callers on hold).")
    ] = False,
    interval: Annotated[
        float, typer.Option("--interval", min=0.2, max=86400, help="Seconds between refreshes with --watch.")
    ] = 1.0,
    limit: LimitOpt = 50,
    json_: JsonOpt = False,
    nl: NlOpt = False,
    csv_: CsvOpt = False,
) -> None:
    """List help requests, newest first: caller on hold and for how long, question, context, priority, assignee.

    Example: `customario supervisor list --status pending --watch`
    """
    import time

    from customario.escalation.help_requests import list_help_requests
    from customario.render.tables import emit_rows, is_tty

    st = state(ctx)
    fmt = output_format(json_, nl, csv_)

    def rows():
        found = list_help_requests(st.db, status=status_, campaign=campaign, assigned_to=mine, limit=limit)
        return found if fmt != "table" else [_table_row(r) for r in found]

    if not watch:
        emit_rows(rows(), fmt, _LIST_COLUMNS)
        return
    try:
        if is_tty() and fmt == "table":
            from rich.live import Live
            from rich.table import Table

            def render():
                table = Table(title="help requests (Ctrl-C to stop)", header_style="bold")
                for c in _LIST_COLUMNS:
                    table.add_column(c, overflow="fold")
                for r in rows():
                    table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in _LIST_COLUMNS])
                return table

            with Live(render(), refresh_per_second=4) as live:
                while True:
                    time.sleep(interval)
                    live.update(render())
        while True:
            emit_rows(rows(), fmt, _LIST_COLUMNS)
            if fmt == "table":
                typer.echo("")
            time.sleep(interval)
    except KeyboardInterrupt:
        return


def show(
    ctx: typer.Context, request_id: Annotated[int, typer.Argument(help="Help request id.")], json_: JsonOpt = False
) -> None:
    """Show one help request with its full context and notifications.

    Example: `customario supervisor show 7 --json`
    """
    from customario.escalation.help_requests import get_help_request
    from customario.render.tables import emit_record

    db = state(ctx).db
    req = get_help_request(db, request_id)
    from customario.escalation.notify import sync_status

    sync_status(db)
    req["notifications"] = list(
        db.query(
            "SELECT event, channel, target, status, attempts, last_error FROM notifications WHERE help_request_id = ? "
            "ORDER BY id",
            [request_id],
        )
    )
    emit_record(req, "json" if json_ else "table")


def answer(
    ctx: typer.Context,
    request_id: Annotated[int, typer.Argument(help="Help request id.")],
    text: Annotated[str, typer.Argument(help="The answer the agent relays to the caller.")],
    no_learn: Annotated[bool, typer.Option("--no-learn", help="Do not add the answer to the knowledge base.")] = False,
    caller_only: Annotated[
        bool, typer.Option("--caller-only", help="The answer is for this caller only: relay it, never learn it.")
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Send the answer to the review queue even if nothing personal is found.")
    ] = False,
    by: ByOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Answer a help request: the agent relays it to the caller on hold within about a second.

    If the caller is no longer holding, the answer is kept on the callback follow-up (and sent to
    them when they agreed). The answer is learned into the knowledge base unless --no-learn or
    --caller-only; when it holds personal data (the caller's name, card digits, a phone number,
    an address...) it waits in `customario kb review` instead. A request answered already is refused.

    Example: `customario supervisor answer 7 "Yes, we do tape-in extensions from $350."`
    """
    from customario.escalation.help_requests import answer_help_request
    from customario.render.tables import emit_record, status

    from customario.escalation.notify import deliver_in_background

    who = by or os.environ.get("USER") or "supervisor"
    st = state(ctx)
    out = answer_help_request(
        st.db,
        request_id,
        text,
        by=who,
        learn=not no_learn,
        settings=st.settings,
        caller_only=caller_only,
        learn_mode="review" if review else "review-if-personal",
    )
    sender = deliver_in_background(st.db, st.settings, wait_s=5.0)  # answered event + late answer; rest stays queued
    if out["delivery"] == "live":
        status(f"Answered help request {request_id}; the agent relays it to the caller on hold.")
    else:
        status(
            f"Answered help request {request_id}; the caller is not holding any more, so follow-up "
            f"{out['followup_id']} holds the answer for the callback (`customario followups list`)."
        )
    if out["article_id"]:
        status(f"Learned into the knowledge base as article {out['article_id']}.")
    elif out["learn"] == "review":
        from customario.escalation.pii import Finding, summary

        found = summary([Finding(f["kind"], f["text"], f["start"], f["end"]) for f in out["personal"]])
        status(
            f"Not learned yet: review entry {out['review_id']} waits for approval"
            + (f" (personal data: {found})" if found else "")
            + " — `customario kb review`."
        )
    elif out["learn"] == "caller-only":
        status("For this caller only: not learned into the knowledge base.")
    if json_:
        emit_record(
            {
                "id": request_id,
                "delivery": out["delivery"],
                "followup_id": out["followup_id"],
                "article_id": out["article_id"],
                "learn": out["learn"],
                "review_id": out["review_id"],
                "status": out["request"]["status"],
            },
            "json",
        )
    if sender is not None:
        sender.join(6.0)


def dismiss(
    ctx: typer.Context,
    request_id: Annotated[int, typer.Argument(help="Help request id.")],
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why (recorded).")] = None,
    by: ByOpt = None,
) -> None:
    """Close a help request without an answer; a caller on hold is told so.

    Example: `customario supervisor dismiss 7 --reason "spam call"`
    """
    from customario.escalation.help_requests import dismiss_help_request
    from customario.render.tables import status

    dismiss_help_request(state(ctx).db, request_id, by=by or os.environ.get("USER"), reason=reason)
    status(f"Dismissed help request {request_id}.")


def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Supervisor name (unique).")],
    skills: Annotated[
        Optional[str], typer.Option("--skills", help="Comma-separated tags they answer, e.g. 'colour,billing'.")
    ] = None,
    owner: Annotated[bool, typer.Option("--owner", help="The owner: receives urgent requests first.")] = False,
    hours: Annotated[
        Optional[str], typer.Option("--hours", help="On-duty hours HH:MM-HH:MM (default: always).")
    ] = None,
    days: Annotated[
        Optional[str], typer.Option("--days", help="On-duty days, e.g. 'tue,wed,thu,fri,sat' (default: every day).")
    ] = None,
    tz: Annotated[str, typer.Option("--timezone", help="IANA zone of --hours.")] = "UTC",
    phone: Annotated[Optional[str], typer.Option("--phone", help="E.164 number for SMS notifications.")] = None,
    email: Annotated[Optional[str], typer.Option("--email", help="Address for email notifications.")] = None,
    json_: JsonOpt = False,
) -> None:
    """Add (or update) a supervisor with skills, on-duty hours and contact details.

    Example: `customario supervisor add sofia --owner --skills colour,bridal --hours 09:00-18:00 --timezone America/Los_Angeles`
    """
    from customario.escalation.help_requests import add_supervisor
    from customario.render.tables import emit_record, status

    split = lambda s: [x.strip() for x in (s or "").split(",") if x.strip()]  # noqa: E731
    sup = add_supervisor(
        state(ctx).db,
        name,
        skills=split(skills),
        role="owner" if owner else "supervisor",
        hours=hours,
        timezone_name=tz,
        days=split(days) or None,
        phone=phone,
        email=email,
    )
    status(f"Supervisor {sup['name']} saved.")
    if json_:
        emit_record(sup, "json")


def remove(ctx: typer.Context, name: Annotated[str, typer.Argument(help="Supervisor name.")]) -> None:
    """Remove a supervisor (their past requests keep the name).

    Example: `customario supervisor remove marcus`
    """
    from customario.escalation.help_requests import remove_supervisor
    from customario.render.tables import status

    remove_supervisor(state(ctx).db, name)
    status(f"Removed supervisor {name}.")


def available(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Supervisor name.")],
    on_off: Annotated[str, typer.Argument(help="on or off.")],
) -> None:
    """Set a supervisor's status: on (takes requests during their hours) or off.

    Example: `customario supervisor available sofia off`
    """
    from customario.errors import UsageError
    from customario.escalation.help_requests import set_available
    from customario.render.tables import status

    if on_off.lower() not in ("on", "off"):
        raise UsageError(f"expected on or off, got {on_off!r}", f"Run `customario supervisor available {name} on`")
    sup = set_available(state(ctx).db, name, on_off.lower() == "on")
    status(f"Supervisor {sup['name']} is {'available' if sup['available'] else 'unavailable'}.")


def roster(ctx: typer.Context, json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False) -> None:
    """List supervisors: skills, role, hours, whether on duty now, pending requests.

    Example: `customario supervisor roster --json`
    """
    from customario.escalation.help_requests import list_supervisors
    from customario.render.tables import emit_rows

    emit_rows(
        list_supervisors(state(ctx).db),
        output_format(json_, nl, csv_),
        ["name", "role", "skills", "available", "on_duty", "hours_start", "hours_end", "timezone", "pending"],
    )


def token(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Supervisor name (from `supervisor add`).")],
    revoke: Annotated[
        bool, typer.Option("--revoke", help="Revoke every token of NAME instead of issuing one.")
    ] = False,
    json_: JsonOpt = False,
) -> None:
    """Issue a sign-in token for the web dashboard (`customario serve`, /supervisor); shown once.

    Example: `customario supervisor token sofia`
    """
    from customario.escalation.supervisor_tokens import issue_token, revoke_tokens
    from customario.render.tables import emit_record, status

    db = state(ctx).db
    if revoke:
        n = revoke_tokens(db, name)
        status(f"Revoked {n} token(s) of {name}.")
        if json_:
            emit_record({"supervisor": name, "revoked": n}, "json")
        return
    out = issue_token(db, name)
    status(f"Token for {out['supervisor']} (shown once; sign in at /supervisor/login):")
    if json_:
        emit_record(out, "json")
    else:
        typer.echo(out["token"])


def register(app: typer.Typer) -> None:
    """Add the `supervisor` command group to ``app``."""
    sub = typer.Typer(help="Help requests from agents, and the supervisors who answer them.", no_args_is_help=True)
    sub.command("list")(list_)
    sub.command("show")(show)
    sub.command("answer")(answer)
    sub.command("dismiss")(dismiss)
    sub.command("add")(add)
    sub.command("remove")(remove)
    sub.command("available")(available)
    sub.command("roster")(roster)
    sub.command("token")(token)
    app.add_typer(sub, name="supervisor")
