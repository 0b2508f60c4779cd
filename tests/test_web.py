"""The web face on a real uvicorn socket: webhooks (signatures, limits), auth and bind rule, survey
sessions over HTTP (text to the end, completion, restart, voice against the loopback LiveKit),
the supervisor dashboard's forms and the CLI commands."""

import json
from urllib.parse import urlencode

import pytest

from tests.web_helpers import request, running_server
from tests.test_channels import _ec_keys, sendgrid_multipart, sms_form

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
ANSWERS = ["yes", "nine", "5", "yes", "online", "Friendly staff and fast delivery"]


def _settings(db_path, **env):
    from customario.config import load_settings

    return load_settings(env={k: v for k, v in env.items()}, db=str(db_path), load_dotenv_file=False)


def _config(db_path, **kw):
    from customario.web.app import WebConfig

    env = kw.pop("env", {})
    return WebConfig(settings=_settings(db_path, **env), **kw)


# ------------------------------------------------------------------------------------ webhooks
def test_webhooks_moved_with_signatures_duplicates_limits_and_public_url(db_path, db):
    from customario.channels.inbound import twilio_signature

    public, sign = _ec_keys()
    env = {"CUSTOMARIO_TWILIO_AUTH_TOKEN": "tok", "CUSTOMARIO_SENDGRID_WEBHOOK_SECRET": public}
    with running_server(_config(db_path, env=env)) as srv:
        url = srv.url + "/twilio/sms"
        form = sms_form("SMweb")
        body = urlencode(form).encode()
        assert request("POST", url, raw=body, headers=FORM)[0] == 403  # unsigned
        status, out, _ = request("POST", url, raw=body, headers={**FORM, "X-Twilio-Signature": "AAAA"})
        assert status == 403 and out["error"]["code"] == "forbidden"  # forged
        good = {**FORM, "X-Twilio-Signature": twilio_signature("tok", url, form)}
        status, out, hdrs = request("POST", url, raw=body, headers=good)
        assert status == 200 and b"<Response>" in out and hdrs["content-type"].startswith("text/xml")
        assert request("POST", url, raw=body, headers=good)[0] == 200  # duplicate delivery
        junk = {"Hello": "x"}
        status, out, _ = request(
            "POST",
            url,
            raw=urlencode(junk).encode(),
            headers={**FORM, "X-Twilio-Signature": twilio_signature("tok", url, junk)},
        )
        assert status == 400 and "Not a Twilio SMS webhook" in out["error"]["message"]
        long_form = sms_form("SMlong", body="x" * 1601)
        status, out, _ = request(
            "POST",
            url,
            raw=urlencode(long_form).encode(),
            headers={**FORM, "X-Twilio-Signature": twilio_signature("tok", url, long_form)},
        )
        assert status == 413 and "1601 characters" in out["error"]["message"]
        assert request("POST", url, raw=b"x" * (65 * 1024), headers=FORM)[0] == 413  # body over the route limit
        mp, mp_type = sendgrid_multipart()
        assert request("POST", srv.url + "/sendgrid/inbound", raw=mp, headers={"Content-Type": mp_type})[0] == 403
        signed = {
            "Content-Type": mp_type,
            "X-Twilio-Email-Event-Webhook-Timestamp": "1700000000",
            "X-Twilio-Email-Event-Webhook-Signature": sign("1700000000", mp),
        }
        status, out, _ = request("POST", srv.url + "/sendgrid/inbound", raw=mp, headers=signed)
        assert status == 200 and out["created"] is True
        assert request("POST", srv.url + "/nope", raw=b"", headers=FORM)[1]["error"]["code"] == "not_found"
    rows = list(db.query("SELECT provider, provider_message_id FROM inbound_messages ORDER BY id"))
    assert [(r["provider"], r["provider_message_id"]) for r in rows] == [
        ("twilio", "SMweb"),
        ("sendgrid", "<abc123@mail.example.com>"),
    ]

    # behind a proxy Twilio signs the public URL, not the one the server sees
    proxy = "https://support.example.com"
    with running_server(_config(db_path, env=env, public_url=proxy)) as srv:
        form = sms_form("SMproxy")
        body = urlencode(form).encode()
        local = srv.url + "/twilio/sms"
        assert (
            request(
                "POST", local, raw=body, headers={**FORM, "X-Twilio-Signature": twilio_signature("tok", local, form)}
            )[0]
            == 403
        )
        sig = twilio_signature("tok", proxy + "/twilio/sms", form)
        assert request("POST", local, raw=body, headers={**FORM, "X-Twilio-Signature": sig})[0] == 200


# ---------------------------------------------------------------------------------- auth, bind
def test_bind_rule_tokens_cors_health_and_docs(db_path, db):
    from customario.errors import ConfigError
    from customario.web.auth import widget_token
    from customario.web.server import check_bind

    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("localhost", None)
    for host in ("0.0.0.0", "::", "192.0.2.10"):
        with pytest.raises(ConfigError, match="without an API token"):
            check_bind(host, None)
    check_bind("0.0.0.0", "s3cret")

    secret = "test-api-token-0123456789"
    cfg = _config(
        db_path, api_token=secret, widgets=("customer_feedback",), allow_origins=("https://shop.example.com",)
    )
    with running_server(cfg) as srv:
        status, out, _ = request("GET", srv.url + "/health")
        assert status == 200 and out["status"] == "ok"
        assert request("GET", srv.url + "/openapi.json")[1]["paths"]["/api/surveys/{name}/sessions"]
        assert request("GET", srv.url + "/docs")[0] == 200
        new = srv.url + "/api/surveys/customer_feedback/sessions"
        status, out, hdrs = request("POST", new, {"mode": "text"})
        assert status == 401 and out["error"]["code"] == "unauthorized" and hdrs["www-authenticate"] == "Bearer"
        assert request("POST", new, {"mode": "text"}, headers={"Authorization": "Bearer wrong"})[0] == 401
        other = widget_token(secret, "phone_survey")
        status, out, _ = request("POST", new, {"mode": "text"}, headers={"Authorization": f"Bearer {other}"})
        assert status == 403 and "phone_survey" in out["error"]["message"]  # a token for another survey
        mine = {"Authorization": f"Bearer {widget_token(secret, 'customer_feedback')}"}
        status, out, _ = request("POST", new, {"mode": "text"}, headers=mine)
        assert status == 201
        sid = out["session_id"]
        status, _, _ = request("GET", srv.url + f"/api/sessions/{sid}", headers={"Authorization": f"Bearer {other}"})
        assert status == 403
        assert request("GET", srv.url + f"/api/sessions/{sid}", headers=mine)[0] == 200
        assert request("GET", srv.url + "/api/surveys/customer_feedback/insights", headers=mine)[0] == 403
        assert (
            request(
                "GET",
                srv.url + "/api/surveys/customer_feedback/insights",
                headers={"Authorization": f"Bearer {secret}"},
            )[0]
            == 200
        )
        # CORS: the allowed origin gets its header on a preflight, others do not
        status, _, hdrs = request(
            "OPTIONS",
            new,
            headers={
                "Origin": "https://shop.example.com",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization,content-type",
            },
        )
        assert status == 200 and hdrs["access-control-allow-origin"] == "https://shop.example.com"
        status, _, hdrs = request(
            "OPTIONS", new, headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
        )
        assert "access-control-allow-origin" not in {k.lower() for k in hdrs}
        # the widget page carries its own survey's token only, and only for --widget surveys
        status, page, hdrs = request("GET", srv.url + "/widget/customer_feedback")
        assert status == 200 and widget_token(secret, "customer_feedback").encode() in page
        assert (
            secret.encode() not in page
            and "frame-ancestors 'self' https://shop.example.com" in hdrs["content-security-policy"]
        )
        assert request("GET", srv.url + "/widget/phone_survey")[0] == 404


# ------------------------------------------------------------------------------- survey sessions
def test_text_session_runs_to_the_end_completes_once_and_survives_a_restart(db_path, db):
    cfg = _config(db_path)
    with running_server(cfg) as srv:
        status, out, _ = request(
            "POST",
            srv.url + "/api/surveys/customer_feedback/sessions",
            {"mode": "text", "respondent": {"first_name": "Ann", "email": "Ann@Example.com"}},
        )
        assert status == 201 and out["mode"] == "text" and out["livekit"] is None
        assert "Hello Ann" in out["opening"][0]
        sid = out["session_id"]
        first = request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": ANSWERS[0]})[1]
        assert first["ended"] is False and "recommend" in first["replies"][0]
        assert request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": ANSWERS[1]})[0] == 200
    # the server restarted: the session resumes from its stored turns, nothing is asked twice
    with running_server(cfg) as srv:
        out = request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": ANSWERS[2]})[1]
        assert "arrive on time" in out["replies"][0]
        for text in ANSWERS[3:]:
            out = request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": text})[1]
        assert out["ended"] is True and out["disposition"] == "complete"
        status, done, _ = request("POST", srv.url + f"/api/sessions/{sid}/complete", {})
        assert status == 200 and done["payment"]["status"] == "pending"
        assert done["payment"]["amount_cents"] > 0 and done["message"].startswith("Thank you! You've earned $")
        status, again, _ = request("POST", srv.url + f"/api/sessions/{sid}/complete", {})
        assert status == 409 and again["error"]["code"] == "conflict"  # completed twice
        assert request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": "hello?"})[0] == 409
        shown = request("GET", srv.url + f"/api/sessions/{sid}")[1]
        assert {a["question_id"]: a["value"] for a in shown["answers"]} == {
            "recommend": 9,
            "satisfaction": 5,
            "delivered_on_time": "yes",
            "channel": "online",
            "praise": "Friendly staff and fast delivery",
        }
        assert (
            shown["status"] == "completed" and shown["payment"] == done["payment"] and shown["score"] == done["score"]
        )
        assert [t["role"] for t in shown["transcript"]][:3] == ["agent", "caller", "agent"]
        insights = request("GET", srv.url + "/api/surveys/customer_feedback/insights")[1]
        assert insights["campaign"] == "customer_feedback"
        # unknown sessions and surveys, malformed ids
        for path in ("/api/sessions/" + "x" * 32, "/api/sessions/..%2F..%2Fetc"):
            assert request("GET", srv.url + path)[0] == 404
        assert request("POST", srv.url + "/api/surveys/nope/sessions", {"mode": "text"})[0] == 404
        assert request("POST", srv.url + "/api/surveys/pc_store_support/sessions", {"mode": "text"})[0] == 404
        status, out, _ = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {"mode": "video"})
        assert status == 422 and "mode" in out["error"]["message"]
        status, out, _ = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {"mode": "voice"})
        assert status == 503 and "LiveKit" in out["error"]["message"]  # not configured
    calls = list(db.query("SELECT channel, disposition, metadata FROM calls WHERE channel = 'web' ORDER BY id"))
    assert calls[0]["disposition"] == "complete"
    assert json.loads(calls[0]["metadata"])["payee"] == {
        "kind": "web",
        "ref": "ann@example.com",
        "email": "ann@example.com",
    }


def test_break_off_completion_pays_nothing_and_concurrent_completes_conflict(db_path, db):
    import concurrent.futures

    with running_server(_config(db_path)) as srv:
        sid = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {})[1]["session_id"]
        request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": "yes"})
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda _: request("POST", srv.url + f"/api/sessions/{sid}/complete", {}), range(4)))
        statuses = sorted(r[0] for r in results)
        assert statuses == [200, 409, 409, 409]
        done = next(r[1] for r in results if r[0] == 200)
        assert done["payment"]["status"] == "void" and done["message"] == "Thank you for taking part."
    assert db.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 1
    assert db.execute("SELECT disposition FROM calls").fetchone()[0] in ("break-off", "partial")


def test_voice_session_creates_room_dispatches_agent_and_returns_a_token(db_path, db):
    from livekit import api

    from tests.twirp_server import LoopbackLiveKit, Outcome

    with LoopbackLiveKit() as lk:
        env = {"LIVEKIT_URL": lk.url, "LIVEKIT_API_KEY": "devkey", "LIVEKIT_API_SECRET": "secret"}
        with running_server(_config(db_path, env=env)) as srv:
            status, out, _ = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {"mode": "voice"})
            assert status == 201, out
            join = out["livekit"]
            assert join["url"] == lk.url and join["room"].startswith(f"web-{out['call_id']}-")
            claims = api.TokenVerifier("devkey", "secret").verify(join["token"])
            assert claims.identity == join["identity"] and claims.video.room == join["room"] and claims.video.room_join
            assert lk.dispatches[-1]["room"] == join["room"]
            meta = json.loads(lk.dispatches[-1]["metadata"])
            assert meta == {"call_id": out["call_id"], "channel": "web", "participant": join["identity"]}
            sid = out["session_id"]
            assert request("POST", srv.url + f"/api/sessions/{sid}/messages", {"text": "hi"})[0] == 409
            status, out, _ = request("POST", srv.url + f"/api/sessions/{sid}/complete", {})
            assert status == 409 and "in progress" in out["error"]["message"]
    with LoopbackLiveKit(fail_methods={"CreateDispatch": Outcome.http500()}) as lk:
        env = {"LIVEKIT_URL": lk.url, "LIVEKIT_API_KEY": "devkey", "LIVEKIT_API_SECRET": "secret"}
        with running_server(_config(db_path, env=env)) as srv:
            status, out, _ = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {"mode": "voice"})
            assert status == 502 and "dispatch the agent" in out["error"]["message"]
            assert lk.rooms == {}  # room removed again
    row = db.execute("SELECT status FROM calls ORDER BY id DESC").fetchone()
    assert row[0] == "failed"


# ------------------------------------------------------------------------------------ dashboard
def test_dashboard_sign_in_csrf_answer_dismiss_and_followups(db_path, db):
    from customario.escalation.help_requests import add_supervisor, create_help_request
    from customario.escalation.supervisor_tokens import issue_token, revoke_tokens

    add_supervisor(db, "sofia")
    token = issue_token(db, "sofia")["token"]
    r1 = create_help_request(
        db,
        question="Do you do tape-in extensions?",
        priority="high",
        deadline_s=60,
        context=[{"role": "caller", "text": "tape-ins?"}],
    )
    r2 = create_help_request(db, question="Spam?", priority="low")
    with running_server(_config(db_path)) as srv:
        status, _, hdrs = request("GET", srv.url + "/supervisor")
        assert status == 200  # redirected to the sign-in page
        assert request("GET", srv.url + "/supervisor/state")[0] == 401
        status, page, _ = request("POST", srv.url + "/supervisor/login", raw=b"token=sv_wrong", headers=FORM)
        assert status == 401 and b"not valid" in page
        opener = _session_opener()
        resp = opener.open(_req(srv.url + "/supervisor/login", urlencode({"token": token}).encode()))
        page = resp.read().decode()
        assert "Callers waiting" in page and "sofia" in page
        csrf = page.split('name="csrf-token" content="')[1].split('"')[0]
        state = json.loads(opener.open(srv.url + "/supervisor/state").read())
        assert [r["id"] for r in state["requests"]] == [r2["id"], r1["id"]]
        assert state["requests"][1]["context"] == [{"role": "caller", "text": "tape-ins?"}]
        # no CSRF token: refused, nothing changed
        status = _status(opener, srv.url + f"/supervisor/requests/{r1['id']}/answer", {"answer": "Yes, from $350."})
        assert status == 403
        assert db.execute("SELECT status FROM help_requests WHERE id = ?", [r1["id"]]).fetchone()[0] == "pending"
        out = json.loads(
            opener.open(
                _req(
                    srv.url + f"/supervisor/requests/{r1['id']}/answer",
                    urlencode({"answer": "Yes, from $350.", "csrf": csrf}).encode(),
                    json_=True,
                )
            ).read()
        )
        assert out["delivery"] == "live" and out["status"] == "answered" and out["article_id"]
        assert (
            _status(opener, srv.url + f"/supervisor/requests/{r1['id']}/answer", {"answer": "again", "csrf": csrf})
            == 409
        )  # first answer wins
        out = json.loads(
            opener.open(
                _req(
                    srv.url + f"/supervisor/requests/{r2['id']}/dismiss",
                    urlencode({"reason": "spam", "csrf": csrf}).encode(),
                    json_=True,
                )
            ).read()
        )
        assert out["status"] == "dismissed"
        fid = db.execute("SELECT id FROM followups").fetchone()
        assert fid is None  # answered live: no callback owed
        revoke_tokens(db, "sofia")
        assert _status(opener, srv.url + "/supervisor/state", None) == 401  # revoked at once
    row = db.execute("SELECT answered_by, answer FROM help_requests WHERE id = ?", [r1["id"]]).fetchone()
    assert row == ("sofia", "Yes, from $350.")


def _session_opener():
    import http.cookiejar
    import urllib.request

    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def _req(url, data, json_=False):
    import urllib.request

    headers = dict(FORM)
    if json_:
        headers["Accept"] = "application/json"
    return urllib.request.Request(url, data=data, headers=headers, method="POST")


def _status(opener, url, form):
    import urllib.error

    try:
        opener.open(_req(url, urlencode(form).encode(), json_=True) if form is not None else url)
        return 200
    except urllib.error.HTTPError as exc:
        return exc.code


# ------------------------------------------------------------------------------------------- CLI
def test_serve_refuses_public_bind_without_token_and_supervisor_token_cli(cli, db_path):
    from customario.errors import ExitCode

    r = cli("serve", "--host", "0.0.0.0")
    assert r.exit_code == ExitCode.CONFIG and "without an API token" in r.stderr
    assert cli("supervisor", "add", "marcus").exit_code == 0
    r = cli("supervisor", "token", "marcus", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["token"].startswith("sv_")
    assert cli("supervisor", "token", "nobody").exit_code == ExitCode.NOT_FOUND
    r = cli("supervisor", "token", "marcus", "--revoke")
    assert r.exit_code == 0 and "Revoked 1" in r.stderr


def test_dashboard_review_queue_approves_through_the_knowledge_base(db_path, db):
    pytest.importorskip(
        "customario.escalation.learning", reason="the knowledge-base review queue is not in this checkout"
    )
    from customario.escalation.help_requests import add_supervisor
    from customario.escalation.supervisor_tokens import issue_token
    from customario.store.db import utc_now

    add_supervisor(db, "sofia")
    token = issue_token(db, "sofia")["token"]
    rows = [
        {
            "help_request_id": None,
            "campaign": "salon_reception",
            "question": q,
            "answer": a,
            "tags": "",
            "redacted_question": q,
            "redacted_answer": a,
            "findings": "[]",
            "reason": "review-all",
            "status": "pending",
            "submitted_by": "marcus",
            "created_at": utc_now(),
        }
        for q, a in (("Do you sell gift cards?", "Yes, from $25."), ("Is parking free?", "Yes, behind the salon."))
    ]
    ids = [db["kb_review"].insert(r).last_pk for r in rows]
    with running_server(_config(db_path)) as srv:
        opener = _session_opener()
        page = opener.open(_req(srv.url + "/supervisor/login", urlencode({"token": token}).encode())).read().decode()
        csrf = page.split('name="csrf-token" content="')[1].split('"')[0]
        state = json.loads(opener.open(srv.url + "/supervisor/state").read())
        assert [r["id"] for r in state["kb_review"]] == ids
        out = json.loads(
            opener.open(
                _req(
                    srv.url + f"/supervisor/kb/{ids[0]}/edit",
                    urlencode({"answer": "Yes, gift cards from $25 at the desk.", "csrf": csrf}).encode(),
                    json_=True,
                )
            ).read()
        )
        assert out["status"] == "approved" and out["article_id"]
        assert _status(opener, srv.url + f"/supervisor/kb/{ids[0]}/reject", {"csrf": csrf}) == 400  # decided already
        assert (
            json.loads(
                opener.open(
                    _req(
                        srv.url + f"/supervisor/kb/{ids[1]}/reject",
                        urlencode({"reason": "wrong", "csrf": csrf}).encode(),
                        json_=True,
                    )
                ).read()
            )["status"]
            == "rejected"
        )
        assert json.loads(opener.open(srv.url + "/supervisor/state").read())["kb_review"] == []
    answer = db.execute("SELECT answer FROM kb_articles WHERE id = ?", [out["article_id"]]).fetchone()[0]
    assert answer == "Yes, gift cards from $25 at the desk."
