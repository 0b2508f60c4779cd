"""The web face behind ``customario serve``: an ASGI app (FastAPI on uvicorn) over the same core
functions as the CLI — survey sessions for a website widget, the live supervisor dashboard and the
provider webhooks (Twilio SMS, SendGrid Inbound Parse).

Modules: :mod:`~customario.web.app` builds the app (``build_app(WebConfig)``), :mod:`.guard` bounds
every request (body size per route, content types, body-read deadline, JSON errors, no tracebacks),
:mod:`.server` runs uvicorn with a protocol that answers malformed HTTP in JSON and drops clients
that never finish their headers, :mod:`.auth` holds the API, widget and supervisor credentials,
:mod:`.webhooks`, :mod:`.sessions`, :mod:`.dashboard` and :mod:`.widget` are the routes.
FastAPI, uvicorn and livekit are imported only here, never at CLI start-up.
"""
