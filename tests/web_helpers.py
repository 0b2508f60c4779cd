"""Run the web face on a real socket for tests and benchmarks: uvicorn in a thread, port 0."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Iterator


@contextlib.contextmanager
def running_server(config: Any, *, header_timeout_s: float | None = None) -> Iterator[Any]:
    """``with running_server(WebConfig(...)) as srv: srv.url`` — the app on 127.0.0.1:<free port>.
    ``srv.app`` is the FastAPI app (``srv.app.state.db`` ...), ``srv.server`` the uvicorn server."""
    from customario.web.app import build_app
    from customario.web.server import GuardedH11Protocol, make_server

    if header_timeout_s is not None:
        proto = type("ShortHeaderProtocol", (GuardedH11Protocol,), {"header_timeout_s": header_timeout_s})
    app = build_app(config)
    server = make_server(app, "127.0.0.1", 0)
    if header_timeout_s is not None:
        server.config.http = proto
    thread = threading.Thread(target=server.run, name="test-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    handle = type("Srv", (), {})()
    handle.url = f"http://127.0.0.1:{port}"
    handle.port = port
    handle.server = server
    handle.app = app.app
    handle.thread = thread
    try:
        yield handle
    finally:
        server.should_exit = True
        thread.join(15)


def request(
    method: str,
    url: str,
    body: Any = None,
    *,
    headers: dict | None = None,
    raw: bytes | None = None,
    timeout: float = 30,
) -> tuple[int, Any, dict]:
    """(status, decoded JSON or bytes, headers) for one HTTP request; never raises for 4xx/5xx."""
    hdrs = dict(headers or {})
    data = raw
    if body is not None:
        data = json.dumps(body).encode()
        hdrs.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, headers=hdrs, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, payload, rh = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        status, payload, rh = exc.code, exc.read(), dict(exc.headers)
    if "json" in rh.get("content-type", rh.get("Content-Type", "")):
        payload = json.loads(payload)
    return status, payload, rh


def raw_exchange(port: int, data: bytes, *, read_timeout: float = 15.0) -> bytes:
    """Send raw bytes on a fresh connection and return the first response (headers + body by its
    Content-Length), or what arrived before the server closed / the timeout. The request head goes
    first: a server that refuses on the headers alone (413) answers before the body is pushed."""
    import select

    head, sep, body = data.partition(b"\r\n\r\n")
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        try:
            s.sendall(head + sep)
            if body and not select.select([s], [], [], 0.2)[0]:
                s.sendall(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        buf = b""
        try:
            while True:
                if b"\r\n\r\n" in buf:
                    top, _, rest = buf.partition(b"\r\n\r\n")
                    length = next(
                        (
                            int(line.split(b":", 1)[1])
                            for line in top.split(b"\r\n")
                            if line.lower().startswith(b"content-length:")
                        ),
                        None,
                    )
                    if length is not None and len(rest) >= length:
                        return top + b"\r\n\r\n" + rest[:length]
                chunk = s.recv(65536)
                if not chunk:
                    break
                buf += chunk
        except (socket.timeout, ConnectionResetError):
            pass
    return buf
