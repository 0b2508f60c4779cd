"""The survey-session API (the widget's backend) over :class:`customario.conversation.sessions.SurveySessions`.

``POST /api/surveys/{name}/sessions`` → 201, ``POST /api/sessions/{id}/messages``,
``POST /api/sessions/{id}/complete``, ``GET /api/sessions/{id}``, ``GET /api/surveys/{name}/insights``
(the ``customario insights --json`` document; API token only). Every route needs the API token or
the widget token of the survey (see :mod:`customario.web.auth`).
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from customario.web.auth import Principal, principal_for, require_admin

router = APIRouter(prefix="/api", tags=["survey sessions"])


def api_principal(request: Request, authorization: Optional[str] = Header(default=None)) -> Principal:
    return principal_for(request.app.state.config.api_token, authorization)


class Respondent(BaseModel):
    """Who answers (all optional; usable as ``{{placeholders}}`` in the survey's lines)."""

    model_config = ConfigDict(extra="forbid")
    name: Optional[str] = Field(None, max_length=200)
    first_name: Optional[str] = Field(None, max_length=100)
    last_name: Optional[str] = Field(None, max_length=100)
    email: Optional[str] = Field(None, max_length=254)
    phone: Optional[str] = Field(None, max_length=32)
    company: Optional[str] = Field(None, max_length=200)
    timezone: Optional[str] = Field(None, max_length=64)
    attributes: dict[str, str] = Field(default_factory=dict, max_length=20)


class NewSession(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Literal["text", "voice"] = "text"
    respondent: Respondent = Field(default_factory=Respondent)


class LiveKitJoin(BaseModel):
    url: str
    room: str
    token: str
    identity: str


class SessionCreated(BaseModel):
    session_id: str
    call_id: int
    survey: str
    mode: str
    opening: list[str]
    ended: bool
    livekit: Optional[LiveKitJoin] = None


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., max_length=2000)


class Replies(BaseModel):
    replies: list[str]
    ended: bool
    disposition: Optional[str] = None


class Payment(BaseModel):
    amount_cents: int
    currency: str
    status: str


class Completed(BaseModel):
    score: Optional[float] = None
    payment: Optional[Payment] = None
    message: str


def _sessions(request: Request) -> Any:
    return request.app.state.sessions


def _owned(request: Request, session_id: str, who: Principal) -> None:
    who.may_use_survey(_sessions(request).row(session_id)["survey"])


@router.post(
    "/surveys/{name}/sessions",
    status_code=201,
    response_model=SessionCreated,
    summary="Start a survey session (text, or voice in a LiveKit room)",
)
async def create_session(name: str, body: NewSession, request: Request, who: Principal = Depends(api_principal)) -> Any:
    who.may_use_survey(name)
    cfg = request.app.state.config
    if who.kind == "widget" and not cfg.widget_allowed(name):
        from customario.web.errors import HTTPError

        raise HTTPError(403, f"survey {name!r} has no public widget", "Start the server with --widget " + name)
    open_room = request.app.state.room_opener if body.mode == "voice" else None
    out = await _sessions(request).create(
        name,
        mode=body.mode,
        respondent=body.respondent.model_dump(exclude_none=True),
        open_room=open_room,
        campaigns_dir=cfg.settings.campaigns_dir,
    )
    request.app.state.hub.poke()
    return JSONResponse(out, status_code=201)


@router.post("/sessions/{session_id}/messages", response_model=Replies, summary="Send the respondent's answer")
async def send_message(
    session_id: str, body: Message, request: Request, who: Principal = Depends(api_principal)
) -> Any:
    _owned(request, session_id, who)
    return await _sessions(request).message(session_id, body.text)


@router.post(
    "/sessions/{session_id}/complete",
    response_model=Completed,
    summary="End the session: evaluation, payment and the message for the respondent",
)
async def complete_session(session_id: str, request: Request, who: Principal = Depends(api_principal)) -> Any:
    _owned(request, session_id, who)
    return await _sessions(request).complete(session_id)


@router.get("/sessions/{session_id}", summary="The session: transcript, answers, score, payment")
async def get_session(session_id: str, request: Request, who: Principal = Depends(api_principal)) -> Any:
    _owned(request, session_id, who)
    return _sessions(request).get(session_id)


@router.get("/surveys/{name}/insights", summary="The survey's insights (the `customario insights --json` document)")
async def survey_insights(
    name: str, request: Request, since: Optional[str] = None, who: Principal = Depends(api_principal)
) -> Any:
    import anyio

    require_admin(who)
    cfg = request.app.state.config
    return await anyio.to_thread.run_sync(_insights, cfg.db_path, cfg.settings, name, since)


def _insights(db_path: str, settings: Any, name: str, since: Optional[str]) -> dict:
    from customario.analysis.insights import compute_insights, parse_since
    from customario.conversation.sessions import find_survey
    from customario.store.db import open_db

    db = open_db(db_path, migrate=False)
    try:
        stored = find_survey(db, name, settings.campaigns_dir)
        themes = "anthropic" if settings.evaluator == "anthropic" else "offline"  # as `customario insights`
        return compute_insights(db, stored, since=parse_since(since), themes=themes, settings=settings)
    finally:
        db.close()
