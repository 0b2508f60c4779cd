"""Build the ASGI app: ``build_app(WebConfig(...))`` → an ASGI callable (BodyGuard around FastAPI).

No import-time side effects: the database connection, the event hub, the session registry and the
optional inbound-text worker start in the app's lifespan and stop with it. Routes:

- ``GET /health`` → ``{"status": "ok", ...}``; OpenAPI at ``/openapi.json``, docs at ``/docs``;
- ``POST /twilio/sms``, ``POST /sendgrid/inbound`` (:mod:`customario.web.webhooks`);
- ``/api/...`` survey sessions and insights (:mod:`customario.web.sessions`);
- ``/supervisor`` dashboard, sign-in, live events and forms (:mod:`customario.web.dashboard`);
- ``/widget/{survey}`` and ``/static/...`` (:mod:`customario.web.widget`).

Errors are JSON everywhere (:mod:`customario.web.errors`); CORS allows ``allow_origins`` only.
"""

import asyncio
import contextlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from customario.web.guard import DEFAULT_POLICIES, BodyGuard, RoutePolicy

log = logging.getLogger("customario.web")


@dataclass(frozen=True)
class WebConfig:
    """Everything the app needs, resolved once by ``customario serve`` (or a test).

    ``widgets``: surveys with a public widget page when an API token is set (None: every survey,
    allowed only without a token, i.e. on loopback). ``inbound_campaign``: campaign that answers
    inbound SMS/e-mail in the background (None: only store them). Times in seconds."""

    settings: Any
    api_token: str | None = None
    allow_origins: tuple[str, ...] = ()
    public_url: str | None = None
    widgets: tuple[str, ...] | None = None
    inbound_campaign: str | None = None
    inbound_poll_s: float = 1.0
    inbound_window_s: float | None = None
    send_outbox: bool = True
    session_idle_s: float = 900.0
    max_live_sessions: int = 2000
    event_poll_s: float = 0.1
    body_timeout_s: float = 10.0
    stack: str | None = None
    policies: tuple[RoutePolicy, ...] = DEFAULT_POLICIES
    extra: dict = field(default_factory=dict)

    @property
    def db_path(self) -> str:
        return self.settings.db

    def widget_allowed(self, survey: str) -> bool:
        if self.widgets is None:
            return not self.api_token
        return survey in self.widgets

    @property
    def livekit_configured(self) -> bool:
        s = self.settings
        return bool(s.livekit_url and s.livekit_api_key and s.livekit_api_secret)


def _room_opener(settings: Any):
    """The voice-session hook: LiveKit room + agent dispatch + a participant token for the respondent."""

    async def open_room(call_id: int, room: str, identity: str) -> dict:
        from customario.adapters.livekit_api import LiveKit, make_token

        async with LiveKit(settings.livekit_url, settings.livekit_api_key, settings.livekit_api_secret) as lk:
            await lk.open_room(
                room, settings.agent_name, {"call_id": call_id, "channel": "web", "participant": identity}
            )
        token = make_token(
            settings.livekit_api_key, settings.livekit_api_secret, room, identity, name="respondent", ttl_s=3600
        )
        return {"url": settings.livekit_url, "room": room, "token": token, "identity": identity}

    return open_room


def build_app(config: WebConfig) -> Any:
    """The ASGI app for ``config`` (see module docstring)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import Response
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from customario import __version__
    from customario.errors import CustomarioError
    from customario.web import dashboard, sessions, webhooks, widget
    from customario.web.errors import CODES, error_body, payload_for
    from customario.web.events import EventHub

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        from customario.conversation.sessions import SurveySessions
        from customario.store.db import open_db

        import customario.conversation.engine  # noqa: F401  (livekit.agents, ~1.3 s: before the first session, not in it)

        db = open_db(config.db_path)  # migrations applied once, here
        app.state.db = db
        app.state.config = config
        app.state.hub = EventHub(lambda: open_db(config.db_path, migrate=False), poll_s=config.event_poll_s)
        app.state.sessions = SurveySessions(
            db,
            config.settings,
            db_path=config.db_path,
            idle_s=config.session_idle_s,
            max_live=config.max_live_sessions,
            stack=config.stack,
        )
        app.state.room_opener = _room_opener(config.settings) if config.livekit_configured else None
        tasks = [asyncio.ensure_future(app.state.hub.run()), asyncio.ensure_future(_evict_loop(app.state.sessions))]
        stop = threading.Event()
        if config.inbound_campaign or config.send_outbox:
            # answers inbound batches (with a campaign) and delivers the outbox: replies, codes,
            # follow-ups and supervisor notifications queued by this or any earlier process
            from customario.channels.inbox import background_worker

            background_worker(
                config.db_path,
                config.settings,
                config.inbound_campaign,
                stop,
                poll_s=config.inbound_poll_s,
                send=config.send_outbox,
                window_s=config.inbound_window_s,
            )
        try:
            yield
        finally:
            stop.set()
            app.state.hub.close()
            await app.state.sessions.detach_all()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            db.close()

    app = FastAPI(
        title="customario",
        version=__version__,
        lifespan=lifespan,
        description="Survey sessions for a website widget, the live supervisor dashboard and provider "
        "webhooks, over the same core as the customario CLI. Errors: "
        '`{"error": {"status", "code", "message"}}`.',
    )
    app.state.config = config

    @app.exception_handler(CustomarioError)
    async def on_core_error(request: Request, exc: CustomarioError) -> Response:
        status, body, headers = payload_for(exc)
        return Response(body, status_code=status, media_type="application/json", headers=headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return Response(
                error_body(400, "The body is not valid JSON. Send a JSON object (see /docs)."),
                status_code=400,
                media_type="application/json",
            )
        if any(e.get("type") == "missing" and tuple(e.get("loc", ())) == ("body",) for e in errors):
            return Response(
                error_body(400, "The body is empty. Send a JSON object (see /docs)."),
                status_code=400,
                media_type="application/json",
            )
        problems = []
        for e in exc.errors()[:5]:
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        message = "The request does not fit this route: " + "; ".join(problems) + ". Fix the JSON body (see /docs)."
        return Response(error_body(422, message), status_code=422, media_type="application/json")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        text = {
            404: "No such route. See /docs for the API.",
            405: "This method is not allowed on this route.",
            400: "The body could not be parsed (malformed, or JSON nested too deeply). Fix the body.",
        }.get(exc.status_code, str(exc.detail))
        return Response(
            error_body(exc.status_code, text),
            status_code=exc.status_code,
            media_type="application/json",
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        return Response(
            error_body(500, "The server failed to handle this request. It was logged; try again or report it."),
            status_code=500,
            media_type="application/json",
        )

    @app.get("/health", tags=["server"], summary="Liveness: the database answers")
    async def health(request: Request) -> Any:
        request.app.state.db.execute("SELECT 1").fetchone()
        return {
            "status": "ok",
            "version": __version__,
            "live_sessions": request.app.state.sessions.live_count,
            "livekit": config.livekit_configured,
        }

    app.include_router(webhooks.router)
    app.include_router(sessions.router)
    app.include_router(dashboard.router)
    app.include_router(widget.router)
    widget.mount_static(app)
    if config.allow_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.allow_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )
    del CODES
    return BodyGuard(app, policies=config.policies, body_timeout_s=config.body_timeout_s)


async def _evict_loop(sessions: Any, every_s: float = 30.0) -> None:
    while True:
        await asyncio.sleep(every_s)
        try:
            await sessions.evict_idle()
        except Exception:
            log.exception("evicting idle sessions failed")
