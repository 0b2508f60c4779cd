"""`customario dial`, `trunk create|list`, `token`, `monitor`, `doctor` (and `agent` when present)."""

import asyncio
import signal
import sys
import time
from typing import Annotated, Optional

import typer

from customario.cli._common import DryRunOpt, JsonOpt, state


def _emit_json(value) -> None:
    from customario.render.tables import to_json

    sys.stdout.write(to_json(value) + "\n")


def dial(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign name, module or definition file.")],
    list_: Annotated[Optional[str], typer.Option("--list", help="Dial only leads of this list.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Dial at most N leads.")] = None,
    concurrency: Annotated[
        Optional[int],
        typer.Option("--concurrency", "-k", min=1, max=500, help="Live calls at most (default: campaign)."),
    ] = None,
    cps: Annotated[
        Optional[float],
        typer.Option("--cps", min=0.01, max=100, help="New calls per second at most (default: campaign)."),
    ] = None,
    wait: Annotated[
        bool, typer.Option("--wait", help="Keep dialing until nothing is eligible or the window closes.")
    ] = False,
    dry_run: DryRunOpt = False,
    json_: JsonOpt = False,
    show: Annotated[int, typer.Option("--show", min=0, max=100_000, help="Next leads to list with --dry-run.")] = 10,
    trunk: Annotated[
        Optional[str], typer.Option("--trunk", help="Outbound SIP trunk id (default: campaign, then config).")
    ] = None,
    caller_id: Annotated[Optional[str], typer.Option("--caller-id", help="E.164 number shown to the callee.")] = None,
    no_lock: Annotated[
        bool, typer.Option("--no-lock", help="Run beside other dialers of this campaign (claims keep leads apart).")
    ] = False,
    grace: Annotated[
        float,
        typer.Option("--grace", min=0, max=86400, help="Seconds to keep watching answered calls after SIGINT/SIGTERM."),
    ] = 30.0,
    api_timeout: Annotated[
        float,
        typer.Option(
            "--api-timeout", min=0.1, max=3600, help="Seconds before a LiveKit request (other than the dial) fails."
        ),
    ] = 10.0,
    at: Annotated[
        Optional[str],
        typer.Option(
            "--at", help="With --dry-run: plan as of this instant (ISO-8601 with offset, e.g. 2026-11-18T13:35Z)."
        ),
    ] = None,
    rules_file: Annotated[
        Optional[str], typer.Option("--rules", help="Extra calling-rules YAML (overrides the shipped state rules).")
    ] = None,
    max_runtime: Annotated[
        float,
        typer.Option(
            "--max-runtime", min=1.0, max=604800, help="Stop dialing after N seconds (answered calls get --grace more)."
        ),
    ] = 3600.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-call lines on stderr.")] = False,
) -> None:
    """Dial the campaign's eligible leads through LiveKit SIP; safe to run from cron every minute.

    Exit codes: 0 ok (also when --max-runtime ended the run), 5 LiveKit failed (unreachable, 5xx,
    timeouts, credentials, trunk gone: no lead lost an attempt), 6 some attempts failed (they get a
    retry time), 75 another run holds the campaign lock, 130 interrupted. Phone numbers in the
    output are masked.

    Example: `customario dial customer_feedback --limit 50 --concurrency 5 --cps 1 --json`
    """
    from customario.dialing.operations import resolve_dial
    from customario.errors import ExitCode, PartialFailure
    from customario.render.tables import emit_record, status

    st = state(ctx)
    settings, db = st.settings, st.db
    plan = resolve_dial(
        db,
        settings,
        campaign,
        list_name=list_,
        limit=limit,
        concurrency=concurrency,
        cps=cps,
        wait=wait,
        trunk_id=trunk,
        caller_id=caller_id,
        grace_s=grace,
        require_trunk=not dry_run,
        rules_file=rules_file,
    )
    plan.opts.max_runtime_s = max_runtime
    if dry_run:
        from customario.dialing.eligibility import plan as make_plan

        p = make_plan(db, plan.rules, limit=show, list_id=plan.opts.list_id, now=_parse_at(at))
        if json_:
            _emit_json(p.as_dict())
            return
        _print_plan(p, plan)
        return
    from customario.dialing.claims import campaign_lock

    if no_lock:
        summary = asyncio.run(_dial_async(db, settings, plan, api_timeout, None if quiet else status))
    else:
        with campaign_lock(settings.db, plan.stored.name):
            summary = asyncio.run(_dial_async(db, settings, plan, api_timeout, None if quiet else status))
    out = summary.as_dict()
    if json_:
        _emit_json(out)
    else:
        emit_record(
            {k: v for k, v in out.items() if not isinstance(v, dict)}
            | {
                "skipped": ", ".join(f"{k} {v}" for k, v in out["skipped"].items()) or "-",
                "dispositions": ", ".join(f"{k} {v}" for k, v in out["dispositions"].items()) or "-",
            }
        )
    if summary.stopped == "signal":
        raise typer.Exit(int(ExitCode.INTERRUPTED))
    if summary.stopped == "outage":
        from customario.errors import ExternalServiceError

        raise ExternalServiceError(
            f"dialing stopped: {summary.error}", "Check `customario doctor`; the leads stay eligible for the next run"
        )
    if summary.error:
        raise PartialFailure(
            f"dialing stopped: {summary.error}",
            "Run `customario doctor` and fix the problem; failed attempts will be retried",
        )
    if summary.not_placed and not summary.failed:
        raise PartialFailure(
            f"{summary.not_placed} calls not placed because LiveKit failed",
            "Their leads kept their attempts and stay eligible; check `customario doctor`",
        )
    if summary.failed:
        raise PartialFailure(
            f"{summary.failed} of {summary.dialed} attempts failed",
            "They keep a retry time and are dialed again after their back-off",
        )


def _parse_at(text):
    """``--at`` → aware UTC datetime (None when not given). Raises UsageError."""
    if not text:
        return None
    from datetime import datetime, timezone

    from customario.errors import UsageError

    try:
        at = datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--at {text!r} is not an ISO-8601 instant", "For example --at 2026-11-18T13:35Z") from None
    if at.tzinfo is None:
        raise UsageError(f"--at {text!r} has no UTC offset", "Add Z or an offset, e.g. 2026-11-18T08:35-05:00")
    return at.astimezone(timezone.utc)


async def _dial_async(db, settings, plan, api_timeout: float, on_event):
    from customario.dialing.operations import livekit_client
    from customario.dialing.loop import DialRun

    stop, hard = asyncio.Event(), asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if stop.is_set():
            hard.set()
        else:
            if on_event:
                on_event("Stopping: no new dials; recording the calls in progress (signal again to abort).")
            stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    try:
        async with livekit_client(settings, api_timeout) as lk:
            await lk.preflight(plan.opts.trunk_id)
            return await DialRun(db, plan.rules, lk, plan.opts, stop=stop, hard_stop=hard, on_event=on_event).run()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def _print_plan(p, plan) -> None:
    from customario.render.tables import emit_rows

    d = p.as_dict()
    print(f"campaign   {d['campaign']}  (now {d['now']})")
    r = plan.rules
    print(
        f"window     {r.window_start:%H:%M}-{r.window_end:%H:%M} local (campaign window within the legal 08:00-21:00)"
    )
    for rule in r.state_rules:
        extra = f", at most {rule.max_calls_per_24h} calls per 24 h" if rule.max_calls_per_24h else ""
        print(f"state {rule.state}   {rule.window}{extra} ({rule.source.split(':')[0]})")
    print(f"countries  {', '.join(sorted(r.countries)) or 'any'}")
    print(f"eligible   {d['eligible']}")
    for reason, n in d["excluded"].items():
        print(f"excluded   {reason:<18} {n}")
    print(f"open zones {', '.join(d['open_zones']) or 'none'}")
    if d["next"]:
        print()
        emit_rows(
            d["next"],
            "table",
            columns=["contact_id", "phone", "timezone", "local_time", "attempts", "last_disposition", "source"],
        )


# -- trunk ----------------------------------------------------------------------------------------
trunk_app = typer.Typer(help="Outbound SIP trunks on the LiveKit project.", no_args_is_help=True)


@trunk_app.command("create")
def trunk_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Trunk name.")],
    address: Annotated[str, typer.Option("--address", help="SIP provider host, e.g. example.pstn.twilio.com.")],
    number: Annotated[list[str], typer.Option("--number", help="E.164 caller number(s) of the trunk.")],
    auth_username: Annotated[Optional[str], typer.Option("--auth-username", help="SIP digest user.")] = None,
    auth_password: Annotated[
        Optional[str],
        typer.Option(
            "--auth-password",
            envvar="CUSTOMARIO_SIP_AUTH_PASSWORD",
            help="SIP digest password (prefer the env var).",
            show_default=False,
        ),
    ] = None,
    json_: JsonOpt = False,
) -> None:
    """Create an outbound SIP trunk through the LiveKit API and print its id.

    Example: `customario trunk create --name carrier --address example.pstn.twilio.com --number +15550100000`
    """
    from customario.dialing.operations import livekit_client
    from customario.render.tables import emit_record, status

    async def go():
        async with livekit_client(state(ctx).settings) as lk:
            return await lk.create_outbound_trunk(
                name=name, address=address, numbers=number, auth_username=auth_username, auth_password=auth_password
            )

    trunk = asyncio.run(go())
    status(
        f"Created trunk {trunk['sip_trunk_id']}; set CUSTOMARIO_SIP_TRUNK_ID={trunk['sip_trunk_id']} or calling.trunk_id."
    )
    emit_record(trunk, "json" if json_ else "table")


@trunk_app.command("list")
def trunk_list(ctx: typer.Context, json_: JsonOpt = False) -> None:
    """List the project's outbound SIP trunks.

    Example: `customario trunk list --json`
    """
    from customario.dialing.operations import livekit_client
    from customario.render.tables import emit_rows

    async def go():
        async with livekit_client(state(ctx).settings) as lk:
            return await lk.list_outbound_trunks()

    rows = asyncio.run(go())
    emit_rows(
        [{**r, "numbers": ", ".join(r["numbers"])} if not json_ else r for r in rows], "json" if json_ else "table"
    )


def token(
    ctx: typer.Context,
    room: Annotated[str, typer.Option("--room", help="Room to join.")],
    identity: Annotated[str, typer.Option("--identity", help="Participant identity.")],
    name: Annotated[Optional[str], typer.Option("--name", help="Display name.")] = None,
    ttl: Annotated[float, typer.Option("--ttl", min=1, max=30 * 86400, help="Validity in seconds.")] = 3600.0,
    json_: JsonOpt = False,
) -> None:
    """Print a LiveKit join token for a person or a test client (no network needed).

    An identity `supervisor-<name>` takes the call over when it joins: the agent stops speaking,
    the call's open help requests close as taken-over, and the agent resumes when they leave.

    Example: `customario token --room customario-call-12 --identity supervisor-ana`
    """
    from customario.errors import ConfigError
    from customario.render.tables import status
    from customario.escalation.supervisor_tool import is_supervisor_participant
    from customario.adapters.livekit_api import make_token

    s = state(ctx).settings
    if not (s.livekit_api_key and s.livekit_api_secret):
        raise ConfigError(
            "LIVEKIT_API_KEY and LIVEKIT_API_SECRET are needed to sign a token", "Export them or add them to .env"
        )
    takes_over = is_supervisor_participant(identity)
    attributes = {"customario.role": "supervisor"} if takes_over else None
    jwt = make_token(
        s.livekit_api_key, s.livekit_api_secret, room, identity, name=name, ttl_s=ttl, attributes=attributes
    )
    if takes_over:
        status(
            f"{identity} takes the call over on joining {room}: the agent goes silent and the call's open help "
            "requests close as taken-over; the agent resumes with one line when you leave and the caller is still there."
        )
    if json_:
        _emit_json(
            {
                "token": jwt,
                "url": s.livekit_url,
                "room": room,
                "identity": identity,
                "ttl_s": ttl,
                "takes_over": takes_over,
            }
        )
    else:
        print(jwt)


def monitor(
    ctx: typer.Context,
    campaign: Annotated[Optional[str], typer.Argument(help="Only this campaign.")] = None,
    interval: Annotated[
        float, typer.Option("--interval", min=0.2, max=86400, help="Refresh every N seconds (TTY).")
    ] = 1.0,
    window: Annotated[
        float,
        typer.Option("--window", min=1, max=366 * 86400, help="Seconds of history for dispositions and answer rate."),
    ] = 3600.0,
    once: Annotated[
        bool, typer.Option("--once", help="Print one snapshot and exit (the default when not a TTY).")
    ] = False,
    json_: JsonOpt = False,
) -> None:
    """Live view of dialing: calls in progress with durations, dispositions, answer and dial rate, abandonment.

    Example: `customario monitor customer_feedback`
    """
    from customario.dialing.operations import monitor_snapshot
    from customario.render.tables import is_tty

    db = state(ctx).db
    if json_:
        _emit_json(monitor_snapshot(db, campaign, window_s=window))
        return
    if once or not is_tty():
        _print_snapshot(monitor_snapshot(db, campaign, window_s=window))
        return
    from rich.live import Live

    try:
        with Live(_render(monitor_snapshot(db, campaign, window_s=window)), refresh_per_second=4, screen=False) as live:
            while True:
                time.sleep(interval)
                live.update(_render(monitor_snapshot(db, campaign, window_s=window)))
    except KeyboardInterrupt:
        pass


def _print_snapshot(s: dict) -> None:
    rate = "-" if s["answer_rate"] is None else f"{s['answer_rate']:.0%}"
    print(
        f"{s['now'][:19]}Z  in progress {s['in_progress']}  attempts {s['attempts']}  answered {s['answered']}  "
        f"answer rate {rate}  dial rate {s['dial_rate_per_min']}/min"
    )
    if s["dispositions"]:
        print("dispositions  " + "  ".join(f"{k} {v}" for k, v in s["dispositions"].items()))
    for a in s.get("abandonment") or []:
        print(_abandonment_line(a))
    for c in s["live"]:
        print(
            f"  call {c['call_id']:<8} {c['campaign'] or '':<20} {c['phone']:<12} {c['status']:<12} {c['duration_s']}s"
        )


def _abandonment_line(a: dict) -> str:
    rate = "-" if a["rate"] is None else f"{a['rate']:.1%}"
    flag = "  OVER THE 3% CAP: dial slows down" if a["over_cap"] else ""
    return (
        f"abandoned (30 d, 16 CFR 310.4(b)(4))  {a['campaign']}: {rate} = {a['abandoned']} of {a['answered']} "
        f"answered calls without agent audio within 2 s of the greeting{flag}"
    )


def _render(s: dict):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rate = "-" if s["answer_rate"] is None else f"{s['answer_rate']:.0%}"
    head = Text(
        f"{s['campaign'] or 'all campaigns'}  in progress {s['in_progress']}  attempts {s['attempts']}  "
        f"answered {s['answered']}  answer rate {rate}  dial rate {s['dial_rate_per_min']}/min",
        style="bold",
    )
    calls = Table("call", "campaign", "phone", "status", "duration", title="calls in progress")
    for c in s["live"]:
        calls.add_row(str(c["call_id"]), c["campaign"] or "", c["phone"], c["status"], f"{c['duration_s']:.0f}s")
    disp = Table("disposition", "calls", title=f"last {s['window_s'] / 60:.0f} min")
    for k, v in s["dispositions"].items():
        disp.add_row(k, str(v))
    ab = Table("campaign", "answered", "abandoned", "rate", title="abandoned calls, last 30 days (cap 3 %)")
    for a in s.get("abandonment") or []:
        rate = "-" if a["rate"] is None else f"{a['rate']:.1%}"
        ab.add_row(
            a["campaign"],
            str(a["answered"]),
            str(a["abandoned"]),
            Text(rate, style="bold red" if a["over_cap"] else ""),
        )
    return Group(head, calls, disp, ab)


def doctor(
    ctx: typer.Context,
    trunk: Annotated[Optional[str], typer.Option("--trunk", help="Trunk id to check (default: config).")] = None,
    json_: JsonOpt = False,
) -> None:
    """Check the set-up: env vars, LiveKit reachable and authenticated, trunk, database, model keys.

    Exits 3 when a check fails; each failed check prints how to fix it.

    Example: `customario doctor --json`
    """
    from customario.dialing.operations import doctor_checks
    from customario.errors import ExitCode
    from customario.render.tables import emit_rows

    st = state(ctx)
    checks = asyncio.run(doctor_checks(st.db, st.settings, trunk_id=trunk))
    if json_:
        _emit_json({"ok": all(c["ok"] for c in checks), "checks": checks})
    else:
        emit_rows(
            [{**c, "ok": "ok" if c["ok"] else "skip" if c.get("skipped") else "FAIL"} for c in checks],
            "table",
            columns=["ok", "check", "detail", "hint"],
        )
    if not all(c["ok"] for c in checks):
        raise typer.Exit(int(ExitCode.CONFIG))


# -- agent worker -------------------------------------------------------------------------------
agent_app = typer.Typer(help="The LiveKit agent worker (explicit dispatch by agent name).", no_args_is_help=True)


def _run_worker(ctx: typer.Context, dev: bool, options=None) -> None:
    import logging
    import os

    from customario.conversation.worker import WorkerOptions, build_server
    from customario.render.tables import status

    from customario.adapters.messaging import check_webhook_settings

    st = state(ctx)
    check_webhook_settings(st.settings)  # a supervisor webhook URL without a secret is a configuration error
    _ = st.db  # apply migrations before job processes open the file
    o = options or WorkerOptions(log_level="DEBUG" if dev else "INFO")
    server = build_server(st.settings, dev=dev, options=o)
    level = {
        "DEBUG": logging.DEBUG,
        "INFO": logging.INFO,
        "WARNING": logging.WARNING,
        "WARN": logging.WARNING,
        "ERROR": logging.ERROR,
    }.get(o.log_level.upper(), logging.INFO)
    for logger in ("livekit.agents", "customario"):
        logging.getLogger(logger).setLevel(level)
    name = o.agent_name or st.settings.agent_name

    def started() -> None:
        status(
            f"Agent worker {name!r} started (pid {os.getpid()}); health check: "
            f"http://{o.host}:{server.worker_info.http_port}/"
        )

    def registered(worker_id, _info=None) -> None:
        status(f"Registered with LiveKit as {worker_id}; waiting for calls dispatched to {name!r}.")

    server.on("worker_started", started)
    server.on("worker_registered", registered)
    os.environ["CUSTOMARIO_DB"] = st.settings.db  # job processes resolve their settings from the environment
    asyncio.run(server.run(devmode=dev))


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@agent_app.command("start")
def agent_start(
    ctx: typer.Context,
    agent_name: Annotated[
        Optional[str], typer.Option("--agent-name", help="Explicit-dispatch name (default: the agent_name setting).")
    ] = None,
    log_level: Annotated[
        str, typer.Option("--log-level", help="DEBUG, INFO, WARNING or ERROR.", envvar="CUSTOMARIO_AGENT_LOG_LEVEL")
    ] = "INFO",
    host: Annotated[
        str,
        typer.Option("--host", help="Interface of the worker's health/HTTP server.", envvar="CUSTOMARIO_AGENT_HOST"),
    ] = "127.0.0.1",
    port: Annotated[
        int,
        typer.Option(
            "--port",
            min=0,
            max=65535,
            help="Port of the health/HTTP server (0 = a free port).",
            envvar="CUSTOMARIO_AGENT_PORT",
        ),
    ] = 0,
    load_threshold: Annotated[
        Optional[float],
        typer.Option(
            "--load-threshold",
            min=0.05,
            max=1.0,
            help="Take no new calls above this CPU load (0..1; livekit default 0.7).",
        ),
    ] = None,
    max_jobs: Annotated[
        Optional[int],
        typer.Option(
            "--max-jobs", min=1, max=1000, help="Take no new calls while N are running (instead of the CPU load)."
        ),
    ] = None,
    idle_processes: Annotated[
        Optional[int],
        typer.Option("--idle-processes", min=0, max=64, help="Job processes kept warm (default: the CPU count)."),
    ] = None,
) -> None:
    """Run the agent worker: takes calls dispatched to `agent_name`, runs the campaign's conversation.

    Needs LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET. Several workers can run on one host:
    each gets its own health port (a free one unless --port is given) on 127.0.0.1. Scale out by
    starting more workers; LiveKit dispatches to those that are not full.

    Example: `customario agent start --agent-name customario-agent --max-jobs 4 --log-level INFO`
    """
    from customario.conversation.worker import WorkerOptions
    from customario.errors import UsageError

    if log_level.upper() not in _LOG_LEVELS:
        raise UsageError(
            f"--log-level {log_level!r} is not one of {', '.join(_LOG_LEVELS)}", "For example --log-level INFO"
        )
    _run_worker(
        ctx,
        dev=False,
        options=WorkerOptions(
            host=host,
            port=port,
            agent_name=agent_name,
            log_level=log_level.upper(),
            load_threshold=load_threshold,
            max_jobs=max_jobs,
            idle_processes=idle_processes,
        ),
    )


@agent_app.command("dev")
def agent_dev(ctx: typer.Context) -> None:
    """Run the agent worker in development mode (no idle process pool, debug-friendly).

    Example: `customario -vv agent dev`
    """
    _run_worker(ctx, dev=True)


def register(app: typer.Typer) -> None:
    app.command("dial")(dial)
    app.add_typer(agent_app, name="agent")
    app.add_typer(trunk_app, name="trunk")
    app.command("token")(token)
    app.command("monitor")(monitor)
    app.command("doctor")(doctor)
