"""The embeddable survey widget: ``GET /widget/{survey}`` and its static files under ``/static``.

Text mode talks to the session API with ``fetch`` and works with no network beyond this server.
Voice mode asks for a voice session and joins the LiveKit room with livekit-client (the UMD build
from the npm registry, committed under ``static/vendor/`` with its licence; see
``static/vendor/README.md``). With an API token the page carries the survey's widget token
(:func:`customario.web.auth.widget_token`); the page is served only for surveys named with
``serve --widget`` (every survey when no token is set, i.e. on loopback). It can be framed by the
``--allow-origin`` origins.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from customario.web.auth import widget_token
from customario.web.errors import HTTPError

router = APIRouter(tags=["widget"])
STATIC = Path(__file__).parent / "static"
PAGES = Path(__file__).parent / "pages"


def mount_static(app) -> None:
    from fastapi.staticfiles import StaticFiles

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _origin(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


@router.get("/widget/{survey}", response_class=HTMLResponse, summary="The survey widget page (text and voice)")
async def widget_page(survey: str, request: Request) -> HTMLResponse:
    from customario.conversation.sessions import find_survey

    cfg = request.app.state.config
    if not cfg.widget_allowed(survey):
        raise HTTPError(404, "no widget for this survey", "Start the server with --widget " + survey[:64])
    stored = find_survey(request.app.state.db, survey, cfg.settings.campaigns_dir)
    lk = _origin(cfg.settings.livekit_url) if cfg.livekit_configured else ""
    connect = " ".join(x for x in ("'self'", lk, lk.replace("https://", "wss://").replace("http://", "ws://")) if x)
    frames = " ".join(["'self'", *cfg.allow_origins])
    csp = (
        f"default-src 'self'; script-src 'self'; style-src 'self'; connect-src {connect}; media-src 'self' blob:; "
        f"img-src 'self' data:; frame-ancestors {frames}; base-uri 'none'; form-action 'self'"
    )
    values = {
        "survey": stored.name,
        "title": stored.campaign.description or stored.name,
        "token": widget_token(cfg.api_token, stored.name) or "",
        "voice": "1" if cfg.livekit_configured else "0",
    }
    text = (PAGES / "widget.html").read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
    return HTMLResponse(
        text, headers={"Content-Security-Policy": csp, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
    )
