"""Provider webhooks: ``POST /twilio/sms`` (Twilio incoming SMS) and ``POST /sendgrid/inbound``
(SendGrid Inbound Parse), stored with :func:`customario.channels.inbound.enqueue_inbound` exactly as
``customario inbound sms|email`` stores them.

Signatures: ``X-Twilio-Signature`` is checked when ``twilio_auth_token`` is set, against the URL
Twilio posted to (``--public-url`` + path and query when the server is behind a proxy, else the
request's own URL); SendGrid's ECDSA signature when ``sendgrid_webhook_secret`` is set. A missing
or forged signature is 403 and nothing is stored. Bodies are bounded per route by
:mod:`customario.web.guard` (64 KB for SMS, whose ``Body`` may hold at most 1,600 characters: 413
otherwise; 5 MB for e-mail). A duplicate delivery (same provider message id) is 200 again and
stored once. Answers: TwiML ``<Response></Response>`` for Twilio, JSON for SendGrid, JSON errors.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from customario.web.errors import HTTPError

log = logging.getLogger("customario.web.webhooks")
EMPTY_TWIML = b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

router = APIRouter(tags=["webhooks"])


def _form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPError(400, "the form body is not UTF-8", "Send application/x-www-form-urlencoded in UTF-8") from None
    try:
        return dict(parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), max_num_fields=200))
    except ValueError:
        raise HTTPError(
            400, "the form body is not application/x-www-form-urlencoded", "Send key=value pairs joined by &"
        ) from None


@router.post(
    "/twilio/sms",
    summary="Twilio incoming-SMS webhook",
    responses={
        200: {"content": {"text/xml": {}}, "description": "stored (or a duplicate delivery)"},
        403: {"description": "X-Twilio-Signature missing or wrong"},
        413: {"description": "body over 64 KB or SMS Body over 1,600 characters"},
    },
)
async def twilio_sms(request: Request) -> Response:
    from customario.channels.inbound import (
        TWILIO_SIGNATURE_HEADER,
        enqueue_inbound,
        parse_twilio_sms,
        validate_twilio_signature,
    )

    cfg = request.app.state.config
    settings = cfg.settings
    form = _form(await request.body())
    if settings.twilio_auth_token:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        url = cfg.public_url.rstrip("/") + path if cfg.public_url else str(request.url)
        if not validate_twilio_signature(
            settings.twilio_auth_token, url, form, request.headers.get(TWILIO_SIGNATURE_HEADER)
        ):
            raise HTTPError(
                403,
                "invalid or missing X-Twilio-Signature",
                "Check the Twilio auth token and --public-url (Twilio signs the URL it posts to)",
            )
    msg = parse_twilio_sms(form, settings.region)
    row, created = enqueue_inbound(request.app.state.db, msg, settings=settings)  # STOP/HELP/START answered here
    log.info("inbound sms message %s stored (new=%s)", row["id"], created)
    return Response(EMPTY_TWIML, media_type="text/xml")


@router.post(
    "/sendgrid/inbound",
    summary="SendGrid Inbound Parse webhook",
    responses={403: {"description": "SendGrid signature missing or wrong"}, 413: {"description": "body over 5 MB"}},
)
async def sendgrid_inbound(request: Request) -> JSONResponse:
    from customario.channels.inbound import (
        SENDGRID_SIGNATURE_HEADER,
        SENDGRID_TIMESTAMP_HEADER,
        enqueue_inbound,
        parse_multipart,
        parse_sendgrid_inbound,
        verify_sendgrid_signature,
    )

    settings = request.app.state.config.settings
    body = await request.body()
    if settings.sendgrid_webhook_secret and not verify_sendgrid_signature(
        settings.sendgrid_webhook_secret,
        request.headers.get(SENDGRID_SIGNATURE_HEADER),
        request.headers.get(SENDGRID_TIMESTAMP_HEADER),
        body,
    ):
        raise HTTPError(
            403, "invalid or missing SendGrid signature", "Check sendgrid_webhook_secret (the verification key)"
        )
    msg = parse_sendgrid_inbound(parse_multipart(body, request.headers.get("content-type", "")))
    row, created = enqueue_inbound(request.app.state.db, msg)
    log.info("inbound email message %s stored (new=%s)", row["id"], created)
    return JSONResponse({"id": row["id"], "created": created})
