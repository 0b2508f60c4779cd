"""`customario inbound sms|email|process|list`, `customario outbox list|send` (`serve` is in web_cmd)."""

import sys
from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state

CampaignOpt = Annotated[
    str,
    typer.Option(
        "--campaign", envvar="CUSTOMARIO_INBOUND_CAMPAIGN", help="Campaign whose agent answers text messages."
    ),
]


def _read(source: str) -> bytes:
    from pathlib import Path

    from customario.errors import NotFoundError

    from customario.definitions.files import read_user_bytes
    from customario.errors import InputDataError
    from customario.limits import MAX_INBOUND_BYTES

    if source == "-":
        data = sys.stdin.buffer.read(MAX_INBOUND_BYTES + 1)
        if len(data) > MAX_INBOUND_BYTES:
            raise InputDataError(
                f"the payload on stdin is larger than {MAX_INBOUND_BYTES // (1024 * 1024)} MiB",
                "Pass one provider message at a time",
            )
        return data
    if not Path(source).exists() and not Path(source).is_symlink():
        raise NotFoundError(f"{source} does not exist", "Pass a payload file or - for stdin")
    return read_user_bytes(source, max_bytes=MAX_INBOUND_BYTES, what="payload file")


def _store(ctx: typer.Context, msg, json_: bool) -> None:
    from customario.channels.inbound import enqueue_inbound
    from customario.render.tables import emit_record, status

    st = state(ctx)
    row, created = enqueue_inbound(st.db, msg, settings=st.settings)
    kw = row.get("keyword")
    if kw:
        status(
            f"Inbound {msg.channel} message {row['id']} is {kw['keyword'].upper()}: "
            + {"stop": "number on the DNC list", "help": "help reply queued", "start": "number off the DNC list"}[
                kw["keyword"]
            ]
            + (
                f", reply {kw['outbox_id']} queued in the outbox."
                if kw["outbox_id"]
                else ", no new reply (already confirmed)."
            )
        )
    else:
        status(
            f"{'Queued' if created else 'Duplicate delivery, already stored as'} inbound {msg.channel} message {row['id']}."
        )
    out = {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "channel": row["channel"],
        "provider_message_id": row["provider_message_id"],
        "created": created,
        "status": row.get("status"),
        "keyword": kw["keyword"] if kw else None,
    }
    if json_:
        emit_record(out, "json")


def _process_now(ctx: typer.Context, campaign: str, force: bool, limit=None, window=None) -> list:
    from customario.channels.inbox import process_batches_sync

    st = state(ctx)
    return process_batches_sync(st.db, st.settings, campaign, force=force, limit=limit, window_s=window)


def register(app: typer.Typer) -> None:
    inbound = typer.Typer(
        help="Text messages in: provider webhook payloads, batches, agent replies.", no_args_is_help=True
    )
    outbox = typer.Typer(
        help="Messages out: SMS and e-mail replies, follow-ups, codes and supervisor notifications.",
        no_args_is_help=True,
    )

    @inbound.command("sms")
    def sms(
        ctx: typer.Context,
        source: Annotated[
            str, typer.Argument(help="Payload file (Twilio form fields, or a JSON object) or - for stdin.")
        ] = "-",
        signature: Annotated[
            Optional[str], typer.Option("--signature", help="X-Twilio-Signature to check (needs the auth token).")
        ] = None,
        url: Annotated[Optional[str], typer.Option("--url", help="The URL Twilio posted to (for --signature).")] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Store an incoming SMS from a Twilio webhook payload (idempotent on MessageSid).

        Example: `customario inbound sms payload.txt` (payload: `MessageSid=SM123&From=%2B14155550101&Body=Hi`)
        """
        from customario.channels.inbound import load_payload, parse_twilio_sms, validate_twilio_signature
        from customario.errors import ConfigError, InputDataError

        st = state(ctx)
        form = load_payload(_read(source).decode("utf-8", errors="replace"))
        if signature is not None:
            if not st.settings.twilio_auth_token:
                raise ConfigError("--signature needs the Twilio auth token", "Set CUSTOMARIO_TWILIO_AUTH_TOKEN")
            if not url:
                raise InputDataError("--signature needs --url", "Pass the exact URL Twilio posted to")
            if not validate_twilio_signature(st.settings.twilio_auth_token, url, form, signature):
                raise InputDataError(
                    "the X-Twilio-Signature does not match this payload",
                    "The payload was changed or is not from Twilio",
                )
        _store(ctx, parse_twilio_sms(form, st.settings.region), json_)

    @inbound.command("email")
    def email(
        ctx: typer.Context,
        source: Annotated[
            str,
            typer.Argument(help="SendGrid Inbound Parse body (multipart), JSON object or form fields; - for stdin."),
        ] = "-",
        content_type: Annotated[
            Optional[str], typer.Option("--content-type", help="Content-Type of a multipart body (boundary).")
        ] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Store an incoming email from a SendGrid Inbound Parse payload (idempotent on Message-ID).

        Example: `customario inbound email parse-body.txt --content-type "multipart/form-data; boundary=xYzZY"`
        """
        from customario.channels.inbound import boundary_of, load_payload, parse_multipart, parse_sendgrid_inbound

        raw = _read(source)
        boundary = boundary_of(raw)
        if content_type or boundary:
            fields = parse_multipart(raw, content_type or f"multipart/form-data; boundary={boundary}")
        else:
            fields = load_payload(raw.decode("utf-8", errors="replace"))
        _store(ctx, parse_sendgrid_inbound(fields), json_)

    @inbound.command("process")
    def process(
        ctx: typer.Context,
        campaign: CampaignOpt = "pc_store_support",
        now: Annotated[bool, typer.Option("--now", help="Do not wait for the batch window to pass.")] = False,
        window: Annotated[
            Optional[float],
            typer.Option(
                "--window", min=0, max=86400, help="Batch window in seconds (default: campaign, then config)."
            ),
        ] = None,
        limit: LimitOpt = None,
        dry_run: DryRunOpt = False,
        json_: JsonOpt = False,
    ) -> None:
        """Batch each customer's rapid messages into one agent turn and queue the replies in the outbox.

        Example: `customario inbound process --now --json`
        """
        from customario.render.tables import emit_rows, status

        if dry_run:
            from customario.channels.inbound import list_inbound

            pending = list_inbound(state(ctx).db, "pending", limit)
            status(
                f"{len(pending)} pending message(s) from {len({p['customer_id'] for p in pending})} customer(s); nothing changed."
            )
            if json_:
                emit_rows(pending, "json")
            return
        results = _process_now(ctx, campaign, now, limit, window)
        status(f"Answered {sum(r['status'] == 'done' for r in results)} of {len(results)} batch(es).")
        emit_rows(
            results,
            "json" if json_ else "table",
            ["batch_id", "customer_id", "channel", "messages", "reply_channel", "status", "error"],
        )
        if any(r["status"] != "done" for r in results):
            from customario.errors import PartialFailure

            raise PartialFailure("some batches were not answered", "They stay queued and are retried on the next run")

    @inbound.command("list")
    def list_in(
        ctx: typer.Context,
        status_: Annotated[Optional[str], typer.Option("--status", help="pending | batched")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List stored inbound messages, newest first.

        Example: `customario inbound list --status pending --json`
        """
        from customario.channels.inbound import list_inbound
        from customario.render.tables import emit_rows

        emit_rows(
            list_inbound(state(ctx).db, status_, limit),
            output_format(json_, nl, csv_),
            ["id", "channel", "customer_id", "provider_message_id", "status", "batch_id", "body", "received_at"],
        )

    @outbox.command("list")
    def list_out(
        ctx: typer.Context,
        status_: Annotated[Optional[str], typer.Option("--status", help="queued | sending | sent | failed")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List outbox messages, newest first.

        Example: `customario outbox list --status queued --json`
        """
        from customario.channels.outbox import list_outbox
        from customario.render.tables import emit_rows

        emit_rows(
            list_outbox(state(ctx).db, status_, limit),
            output_format(json_, nl, csv_),
            ["id", "channel", "to_addr", "status", "attempts", "adapter", "last_error", "body", "created_at"],
        )

    @outbox.command("send")
    def send(ctx: typer.Context, limit: LimitOpt = None, dry_run: DryRunOpt = False, json_: JsonOpt = False) -> None:
        """Deliver due messages: SMS (Twilio), e-mail (SMTP), signed supervisor webhooks; files when not configured.

        Failed deliveries wait (exponential back-off) and are retried by the next run, `customario serve`
        or the next notification.

        Example: `customario outbox send --limit 50`
        """
        from customario.adapters.messaging import messaging_from_settings
        from customario.errors import PartialFailure
        from customario.channels.outbox import send_pending
        from customario.escalation.notify import sync_status
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        results = send_pending(st.db, messaging_from_settings(st.settings), limit=limit, dry_run=dry_run)
        if not dry_run:
            sync_status(st.db)
        sent = sum(r["status"] == "sent" for r in results)
        status(
            f"{'Would send' if dry_run else 'Sent'} {sent if not dry_run else len(results)} of {len(results)} message(s)."
        )
        emit_rows(results, "json" if json_ else "table", ["id", "channel", "kind", "adapter", "status", "error"])
        if not dry_run and sent < len(results):
            raise PartialFailure(
                f"{len(results) - sent} message(s) were not delivered",
                "They stay in the outbox with last_error; run `customario outbox send` again",
            )

    app.add_typer(inbound, name="inbound")
    app.add_typer(outbox, name="outbox")
