"""`customario serve`: the web face (customario.web) on uvicorn. FastAPI/uvicorn load only here."""

from typing import Annotated, Optional

import typer

from customario.cli._common import state


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind. Without CUSTOMARIO_API_TOKEN only loopback is allowed.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port (0: any free port).")] = 8080,
    public_url: Annotated[
        Optional[str],
        typer.Option(
            "--public-url",
            envvar="CUSTOMARIO_PUBLIC_URL",
            help="URL the outside world uses, e.g. https://surveys.example.com (Twilio signs it).",
        ),
    ] = None,
    allow_origin: Annotated[
        Optional[list[str]],
        typer.Option(
            "--allow-origin",
            help="Browser origin allowed by CORS and to frame the widget (repeatable), e.g. https://www.example.com.",
        ),
    ] = None,
    widget: Annotated[
        Optional[list[str]],
        typer.Option(
            "--widget", help="Survey with a public widget page (repeatable; default without a token: every survey)."
        ),
    ] = None,
    campaign: Annotated[
        Optional[str],
        typer.Option(
            "--campaign",
            envvar="CUSTOMARIO_INBOUND_CAMPAIGN",
            help="Campaign that answers inbound SMS/e-mail in the background.",
        ),
    ] = "pc_store_support",
    no_process: Annotated[
        bool, typer.Option("--no-process", help="Only store webhooks; answer them with `inbound process`.")
    ] = False,
    no_send: Annotated[bool, typer.Option("--no-send", help="Do not deliver the outbox from the server.")] = False,
    stack: Annotated[
        Optional[str],
        typer.Option(
            "--stack", envvar="CUSTOMARIO_STACK", help="Model stack of text sessions (default: the survey's)."
        ),
    ] = None,
) -> None:
    """Run the web face: survey sessions API + widget, live supervisor dashboard, Twilio/SendGrid webhooks.

    Binds 127.0.0.1 unless CUSTOMARIO_API_TOKEN is set; put a TLS proxy in front and pass
    --public-url. Dashboard sign-in: `customario supervisor token NAME`. Docs at /docs.

    Example: `customario serve --port 8080 --widget customer_feedback`
    """
    from customario.render.tables import status
    from customario.web.app import WebConfig, build_app
    from customario.web.server import check_bind, make_server

    from customario.adapters.messaging import check_webhook_settings

    st = state(ctx)
    settings = st.settings
    check_webhook_settings(settings)  # a supervisor webhook URL without a secret is a configuration error
    check_bind(host, settings.api_token)
    _ = st.db  # migrations once, before the server's connections open
    origins = [
        o.strip().rstrip("/") for o in (allow_origin or []) + (settings.allow_origin or "").split(",") if o.strip()
    ]
    config = WebConfig(
        settings=settings,
        api_token=settings.api_token,
        allow_origins=tuple(dict.fromkeys(origins)),
        public_url=public_url or settings.public_url,
        widgets=tuple(widget) if widget else None,
        inbound_campaign=None if no_process else campaign,
        send_outbox=not no_send,
        stack=stack,
    )
    server = make_server(build_app(config), host, port, log_level="info" if st.verbose else "warning")
    status(
        f"Listening on http://{host}:{port} (API /api, widget /widget/SURVEY, dashboard /supervisor, "
        "webhooks /twilio/sms and /sendgrid/inbound, docs /docs). Ctrl-C stops."
    )
    if not settings.api_token:
        status("No CUSTOMARIO_API_TOKEN: the API is open to this machine only.")
    if settings.twilio_auth_token is None:
        status("Twilio signatures are not checked (no twilio_auth_token).")
    if settings.sendgrid_webhook_secret is None:
        status("SendGrid signatures are not checked (no sendgrid_webhook_secret).")
    server.run()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
