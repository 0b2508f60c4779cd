"""The live supervisor dashboard: ``/supervisor``.

Sign-in with a token from ``customario supervisor token NAME`` (``/supervisor/login``; the token
lives in an HttpOnly, SameSite=Strict cookie, ``Secure`` when ``--public-url`` is https). The page
receives the state as server-sent events from ``/supervisor/events`` (:mod:`customario.web.events`)
and never polls. Its forms call the same core functions as the CLI:

- ``POST /supervisor/requests/{id}/answer`` (``answer``, ``learn``, ``caller_only``) → ``answer_help_request``
  (= ``customario supervisor answer``; the waiting agent relays it to the caller on hold);
- ``POST /supervisor/requests/{id}/dismiss`` (``reason``) → ``dismiss_help_request``;
- ``POST /supervisor/followups/{id}/done|cancel`` → ``set_followup_status``;
- ``POST /supervisor/kb/{id}/approve|edit|reject`` → the review queue of learned answers
  (:mod:`customario.escalation.learning`, = ``customario kb review``).

Every POST carries the CSRF token of the sign-in (``csrf`` form field or ``X-CSRF-Token``) and is
refused (403 JSON) without it. Answers JSON to ``fetch`` (``Accept: application/json``), else a
303 back to the dashboard.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse

from customario.web.auth import SUPERVISOR_COOKIE, check_csrf, csrf_token
from customario.web.errors import HTTPError

router = APIRouter(prefix="/supervisor", tags=["supervisor dashboard"])
PAGES = Path(__file__).parent / "pages"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def _page(name: str, **values: str) -> str:
    text = (PAGES / name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
    return text


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        text,
        status_code=status,
        headers={"Content-Security-Policy": CSP, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


def _signed_in(request: Request) -> tuple[str, str] | None:
    from customario.escalation.supervisor_tokens import verify_token

    token = request.cookies.get(SUPERVISOR_COOKIE)
    name = verify_token(request.app.state.db, token)
    return (name, token) if name else None


def _require(request: Request) -> tuple[str, str]:
    who = _signed_in(request)
    if who is None:
        raise HTTPError(
            401,
            "not signed in to the supervisor dashboard",
            "Sign in at /supervisor/login with a token from `customario supervisor token NAME`",
        )
    return who


async def _form(request: Request) -> dict[str, str]:
    ctype = request.headers.get("content-type", "")
    body = await request.body()
    if ctype.startswith("multipart/form-data"):
        from customario.channels.inbound import parse_multipart

        return parse_multipart(body, ctype)
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20))
    except (UnicodeDecodeError, ValueError):
        raise HTTPError(400, "the form body is not valid", "Submit the dashboard's form") from None


async def _checked_form(request: Request) -> tuple[str, dict[str, str]]:
    name, token = _require(request)
    form = await _form(request)
    check_csrf(token, form.get("csrf") or request.headers.get("x-csrf-token"))
    return name, form


def _done(request: Request, payload: dict) -> Response:
    request.app.state.hub.poke()
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(payload)
    return RedirectResponse("/supervisor", status_code=303)


@router.get("", response_class=HTMLResponse, include_in_schema=False)
async def dashboard(request: Request) -> Response:
    who = _signed_in(request)
    if who is None:
        return RedirectResponse("/supervisor/login", status_code=303)
    return _html(_page("dashboard.html", supervisor=who[0], csrf=csrf_token(who[1])))


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
async def login_page(request: Request) -> Response:
    return _html(_page("login.html", message=""))


@router.post("/login", include_in_schema=False)
async def login(request: Request) -> Response:
    from customario.escalation.supervisor_tokens import verify_token

    form = await _form(request)
    token = (form.get("token") or "").strip()
    name = verify_token(request.app.state.db, token)
    if name is None:
        return _html(
            _page("login.html", message="That token is not valid. Ask for a new one: customario supervisor token NAME"),
            401,
        )
    resp = RedirectResponse("/supervisor", status_code=303)
    secure = (request.app.state.config.public_url or "").startswith("https://")
    resp.set_cookie(
        SUPERVISOR_COOKIE, token, httponly=True, samesite="strict", secure=secure, path="/supervisor", max_age=12 * 3600
    )
    return resp


@router.post("/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    await _checked_form(request)
    resp = RedirectResponse("/supervisor/login", status_code=303)
    resp.delete_cookie(SUPERVISOR_COOKIE, path="/supervisor")
    return resp


@router.get("/events", summary="Dashboard state as server-sent events (event: state, data: JSON)")
async def events(request: Request) -> Response:
    _require(request)
    hub = request.app.state.hub
    return StreamingResponse(
        hub.stream(request.is_disconnected),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.get("/state", summary="The dashboard state once (the same JSON as one event)")
async def state(request: Request) -> Any:
    from customario.web.events import snapshot

    _require(request)
    return snapshot(request.app.state.db)


@router.post("/requests/{request_id}/answer", summary="Answer a help request (as `customario supervisor answer`)")
async def answer(request_id: int, request: Request) -> Response:
    from customario.escalation.help_requests import answer_help_request

    name, form = await _checked_form(request)
    off = ("", "0", "off", "false")
    caller_only = form.get("caller_only", "off") not in off
    # settings: the "answered" supervisor notification is queued in the outbox like the CLI's
    out = answer_help_request(
        request.app.state.db,
        request_id,
        form.get("answer", ""),
        by=name,
        learn=form.get("learn", "on") not in off and not caller_only,
        caller_only=caller_only,
        settings=request.app.state.config.settings,
    )
    return _done(
        request,
        {
            "id": request_id,
            "delivery": out["delivery"],
            "followup_id": out["followup_id"],
            "article_id": out["article_id"],
            "learn": out["learn"],
            "review_id": out["review_id"],
            "status": out["request"]["status"],
        },
    )


@router.post("/requests/{request_id}/dismiss", summary="Dismiss a help request (as `customario supervisor dismiss`)")
async def dismiss(request_id: int, request: Request) -> Response:
    from customario.escalation.help_requests import dismiss_help_request

    name, form = await _checked_form(request)
    req = dismiss_help_request(request.app.state.db, request_id, by=name, reason=form.get("reason") or None)
    return _done(request, {"id": request_id, "status": req["status"]})


@router.post("/followups/{followup_id}/{action}", summary="Mark a follow-up done or cancelled")
async def followup(followup_id: int, action: str, request: Request) -> Response:
    from customario.escalation.help_requests import set_followup_status

    await _checked_form(request)
    target = {"done": "done", "cancel": "cancelled"}.get(action)
    if target is None:
        raise HTTPError(404, f"unknown follow-up action {action!r}", "Use done or cancel")
    row = set_followup_status(request.app.state.db, followup_id, target)
    return _done(request, {"id": followup_id, "status": row["status"]})


@router.post(
    "/kb/{review_id}/{action}",
    summary="Review a learned answer: approve (as is or redacted), edit and approve, or reject",
)
async def kb_review(review_id: int, action: str, request: Request) -> Response:
    """The review queue's decisions, as ``customario kb review`` takes them: ``approve`` (form
    ``redacted=on`` for the redacted text, ``allow_personal=on`` to accept what the detector flags),
    ``edit`` (approve the edited ``question``/``answer``), ``reject`` (``reason``)."""
    try:
        from customario.escalation import learning
    except ImportError:
        raise HTTPError(404, "this customario has no knowledge-base review queue", "Update customario") from None
    name, form = await _checked_form(request)
    on = lambda key: form.get(key, "") in ("on", "1", "true", "yes")  # noqa: E731
    db = request.app.state.db
    if action == "approve":
        out = learning.approve_review(
            db, review_id, by=name, redacted=on("redacted"), allow_personal=on("allow_personal")
        )
    elif action == "edit":
        out = learning.approve_review(
            db,
            review_id,
            by=name,
            question=form.get("question") or None,
            answer=form.get("answer") or None,
            allow_personal=on("allow_personal"),
        )
    elif action == "reject":
        out = learning.reject_review(db, review_id, by=name, reason=form.get("reason") or None)
    else:
        raise HTTPError(404, f"unknown review action {action!r}", "Use approve, edit or reject")
    return _done(request, {"id": review_id, "status": out.get("status"), "article_id": out.get("article_id")})
