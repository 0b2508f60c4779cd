"""Dialing against a loopback LiveKit Twirp server: requests, dispositions, limits, faults, cron."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time


from customario.dialing.loop import DialOptions, DialRun
from customario.adapters.livekit_api import LiveKit, disposition_for_sip
from tests.dialer_helpers import SECRET, add_contacts, add_test_campaign, open_zone_now
from tests.twirp_server import LoopbackLiveKit, Outcome

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _env(lk: LoopbackLiveKit, secret: str = SECRET) -> dict:
    return {"LIVEKIT_URL": lk.url, "LIVEKIT_API_KEY": "devkey", "LIVEKIT_API_SECRET": secret}


def _run(db, rules, lk, stored, **opts):
    async def go():
        # 10 s, not 2: on a loaded machine (two cores, several suites) the loopback's first reply
        # took over 2 s and the preflight failed; no test here waits on this timeout.
        async with LiveKit(lk.url, "devkey", SECRET, timeout_s=opts.pop("timeout_s", 10.0)) as tel:
            await tel.preflight("ST_test")
            o = DialOptions(
                stored.id,
                "customario-agent",
                "ST_test",
                caller_id="+15550100000",
                poll_s=0.1,
                ringing_timeout_s=3,
                max_call_duration_s=60,
                **opts,
            )
            run = DialRun(db, rules, tel, o)
            return await run.run()

    return asyncio.run(go())


def test_sip_status_mapping():
    assert disposition_for_sip(486) == "busy" and disposition_for_sip(600) == "busy"
    assert disposition_for_sip(480) == disposition_for_sip(408) == "no-answer"
    assert disposition_for_sip(603) == "declined"
    assert disposition_for_sip(404) == disposition_for_sip(484) == "invalid-number"
    assert disposition_for_sip(500) == disposition_for_sip(503) == disposition_for_sip(None) == "failed"
    assert disposition_for_sip(200) == "answered"


def test_every_outcome_is_a_recorded_attempt_and_requests_are_well_formed(db):
    stored, rules = add_test_campaign(db)
    add_contacts(db, 7, tz=open_zone_now())
    outcomes = {
        "+12125550000": Outcome.sip(486),
        "+12125550001": Outcome.sip(480),
        "+12125550002": Outcome.sip(603),
        "+12125550003": Outcome.http500(),
        "+12125550004": Outcome.sip(404),
        "+12125550005": Outcome.answer(0.05, 0.3),
        "+12125550006": Outcome.answer(5.0),
    }  # rings past the 3 s timeout
    with LoopbackLiveKit(api_secret=SECRET, outcomes=outcomes, max_lifetime_s=60) as lk:
        summary = _run(db, rules, lk, stored, concurrency=3, cps=20)
        sip = lk.calls("CreateSIPParticipant")
        rooms, dispatches = lk.calls("CreateRoom"), lk.calls("CreateDispatch")
    # The HTTP 500 is LiveKit failing, not the callee: no attempt, the lead stays eligible.
    assert summary.dialed == 6 and summary.answered == 1 and summary.not_placed == 1
    assert summary.as_dict()["busy"] == 1 and summary.as_dict()["no_answer"] == 2 and summary.failed == 0
    rows = {r["contact_id"]: r for r in db.query("SELECT * FROM calls ORDER BY id")}
    assert [rows[i]["disposition"] for i in range(1, 8)] == [
        "busy",
        "no-answer",
        "declined",
        None,
        "invalid-number",
        "answered",
        "no-answer",
    ]
    assert [rows[i]["sip_status"] for i in range(1, 8)] == [
        486,
        480,
        603,
        None,
        404,
        200,
        None,
    ]  # ringing timeout: no SIP code
    assert rows[4]["status"] == "skipped" and rows[4]["started_at"] is None and "not placed" in rows[4]["error"]
    assert db.execute("SELECT attempts FROM dial_state WHERE contact_id = 4").fetchone() in (None, (0,))
    assert rows[5]["next_attempt_at"] is None  # invalid number: never again
    assert all(
        r["started_at"] and r["ended_at"] and r["status"] in ("ended", "failed") for i, r in rows.items() if i != 4
    )
    # Every request was authenticated protobuf; room, dispatch and dial carry the call id.
    assert all(r["status"] != 401 and r["content_type"] == "application/protobuf" for r in sip + rooms)
    body = next(r["body"] for r in sip if r["body"]["sip_call_to"] == "+12125550005")
    call_id = rows[6]["id"]
    assert body["sip_trunk_id"] == "ST_test" and body["sip_number"] == "+15550100000"
    assert (
        body["wait_until_answered"] is True and body["ringing_timeout"] == "3s" and body["max_call_duration"] == "60s"
    )
    assert body["room_name"] == f"customario-call-{call_id}" == rows[6]["room_name"]
    room_req = next(r["body"] for r in rooms if r["body"]["name"] == body["room_name"])
    assert json.loads(room_req["metadata"])["call_id"] == call_id and int(room_req["empty_timeout"]) > 0
    disp = next(r["body"] for r in dispatches if r["body"]["room"] == body["room_name"])
    assert disp["agent_name"] == "customario-agent" and json.loads(disp["metadata"])["call_id"] == call_id
    assert db.execute("SELECT COUNT(*) FROM dial_state WHERE active > 0").fetchone()[0] == 0


def test_concurrency_and_rate_limits_hold(db):
    stored, rules = add_test_campaign(db)
    add_contacts(db, 24, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.6), max_lifetime_s=60) as lk:
        summary = _run(db, rules, lk, stored, concurrency=4, cps=8)
        assert lk.max_in_flight == 4
        assert lk.max_dials_in_window(1.0) <= 8
        assert max(lk.dials.values()) == 1 and len(lk.dials) == 24
    assert summary.dialed == 24 == summary.answered


def test_dnc_added_mid_run_is_not_dialed(db):
    stored, rules = add_test_campaign(db)
    add_contacts(db, 4, tz=open_zone_now())
    from customario.leads.dnc import add_dnc

    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.2), max_lifetime_s=60) as lk:

        async def go():
            async with LiveKit(lk.url, "devkey", SECRET, timeout_s=2) as tel:
                o = DialOptions(stored.id, "a", "ST_test", poll_s=0.1, concurrency=1, cps=2)
                run = DialRun(db, rules, tel, o)
                task = asyncio.create_task(run.run())
                while not lk.dials:
                    await asyncio.sleep(0.01)
                add_dnc(db, "+12125550003", reason="opted-out")  # while lead 0 is on the phone
                return await task

        summary = asyncio.run(go())
        assert "+12125550003" not in lk.dials and len(lk.dials) == 3
    assert summary.dialed == 3


def test_cli_dry_run_json_and_cron_exit_codes(db, cli, monkeypatch):
    stored, rules = add_test_campaign(db)
    add_contacts(db, 3, tz=open_zone_now())
    out = cli("dial", "dialtest", "--dry-run", "--json")
    assert out.exit_code == 0, out.stderr
    plan = json.loads(out.stdout)
    assert plan["eligible"] == 3 and plan["next"][0]["phone"] == "******0000"
    with LoopbackLiveKit(
        api_secret=SECRET,
        outcomes={"+12125550001": Outcome.sip(486), "+12125550002": Outcome.http500()},
        max_lifetime_s=60,
    ) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        res = cli("dial", "dialtest", "--json")
        again = cli("dial", "dialtest", "--json")  # nothing eligible now: ok, nothing dialed
    assert res.exit_code == 6, res.stderr
    summary = json.loads(res.stdout)
    assert (summary["dialed"], summary["answered"], summary["busy"], summary["failed"]) == (2, 1, 1, 0)
    assert summary["not_placed_outage"] == 1 and "not placed" in res.stderr
    assert "+1212555" not in res.stderr + res.stdout and "******0001" in res.stderr  # masked numbers only
    # The lead LiveKit failed on is eligible again at once (and fails again: exit 6, nothing dialed).
    assert again.exit_code == 6 and json.loads(again.stdout)["dialed"] == 0
    assert json.loads(again.stdout)["not_placed_outage"] == 1


def test_cli_bad_credentials_unreachable_and_unknown_trunk(db, cli, monkeypatch):
    add_test_campaign(db)
    add_contacts(db, 2, tz=open_zone_now())

    def dial(env, *extra):
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        return cli("dial", "dialtest", *extra)

    with LoopbackLiveKit(api_secret=SECRET, max_lifetime_s=60) as lk:
        wrong = dial(_env(lk, secret="x" * 40))
        trunk = dial(_env(lk), "--trunk", "ST_nope")
    assert wrong.exit_code == 3 and "rejected the credentials" in wrong.stderr
    assert trunk.exit_code == 4 and "ST_nope does not exist" in trunk.stderr
    down = dial(_env(lk))  # the server has stopped now
    assert down.exit_code == 5 and "cannot reach LiveKit" in down.stderr
    missing = dial({"LIVEKIT_URL": "", "LIVEKIT_API_KEY": "", "LIVEKIT_API_SECRET": ""})
    assert missing.exit_code == 3 and "LIVEKIT_URL" in missing.stderr
    assert db.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 0  # nothing claimed, nothing lost


def test_server_that_hangs_burns_no_attempt(db, cli, monkeypatch):
    add_test_campaign(db)
    add_contacts(db, 2, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, fail_methods={"CreateRoom": Outcome.hang()}, max_lifetime_s=60) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        res = cli("dial", "dialtest", "--api-timeout", "0.5", "--json")
    assert res.exit_code == 6, res.stderr
    rows = list(db.query("SELECT status, disposition, error, started_at FROM calls"))
    assert len(rows) == 2 and all(
        r["status"] == "skipped" and r["started_at"] is None and "timeout" in r["error"] for r in rows
    )
    assert db.execute("SELECT COALESCE(SUM(attempts), 0) FROM dial_state").fetchone()[0] == 0


def test_lock_held_exits_75_and_overlapping_dialers_dial_each_lead_once(db, db_path, run_cli):
    add_test_campaign(db, concurrency=6, cps=50)
    add_contacts(db, 40, tz=open_zone_now())
    env_base = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": REPO}
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.3), max_lifetime_s=90) as lk:
        env = {**env_base, **_env(lk)}
        with open(str(db_path) + ".dial-dialtest.lock", "a") as fh:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
            locked = run_cli("dial", "dialtest", env=_env(lk))
            fcntl.flock(fh, fcntl.LOCK_UN)
        assert locked.returncode == 75 and "holds the lock" in locked.stderr
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "customario", "dial", "dialtest", "--no-lock", "--wait", "--json", "-q"],
                env=env,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
        assert len(lk.dials) == 40 and max(lk.dials.values()) == 1
        assert lk.max_in_flight <= 6
    assert sum(json.loads(o[0])["dialed"] for o in outs) == 40


def test_sigterm_stops_new_dials_records_calls_and_exits_130(db, db_path):
    add_test_campaign(db, concurrency=2, cps=2)
    add_contacts(db, 30, tz=open_zone_now())
    env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": REPO}
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.1, 0.4), max_lifetime_s=60) as lk:
        env.update(_env(lk))
        proc = subprocess.Popen(
            [sys.executable, "-m", "customario", "dial", "dialtest", "--json", "--grace", "5"],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while len(lk.dials) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
        dialed = len(lk.dials)
    assert proc.returncode == 130, err
    assert 2 <= dialed < 30 and json.loads(out)["stopped"] == "signal"
    live = db.execute(
        "SELECT COUNT(*) FROM calls WHERE status IN ('claimed', 'dialing', 'ringing', 'in-progress')"
    ).fetchone()[0]
    assert live == 0  # nothing left "in progress"
    assert db.execute("SELECT COUNT(*) FROM calls WHERE started_at IS NOT NULL").fetchone()[0] == dialed


def test_trunk_token_monitor_doctor_hangup(db, db_path, cli, monkeypatch):
    from livekit import api

    add_test_campaign(db)
    add_contacts(db, 1, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 30), max_lifetime_s=60) as lk:
        env = _env(lk)
        for k, v in {**env, "CUSTOMARIO_SIP_TRUNK_ID": "ST_test", "CUSTOMARIO_STACK": "offline"}.items():
            monkeypatch.setenv(k, v)
        made = cli(
            "trunk",
            "create",
            "--name",
            "carrier",
            "--address",
            "sip.example.test",
            "--number",
            "+15550100001",
            "--json",
        )
        assert made.exit_code == 0, made.stderr
        tid = json.loads(made.stdout)["sip_trunk_id"]
        listed = json.loads(cli("trunk", "list", "--json").stdout)
        assert {t["sip_trunk_id"] for t in listed} == {"ST_test", tid}
        checks = {c["check"]: c for c in json.loads(cli("doctor", "--json").stdout)["checks"]}
        assert checks["LiveKit reachable and authenticated"]["ok"] and checks["outbound SIP trunk exists"]["ok"]
        assert checks["database writable"]["ok"]
        monkeypatch.setenv("LIVEKIT_API_SECRET", "y" * 40)
        bad = cli("doctor", "--json")
        monkeypatch.setenv("LIVEKIT_API_SECRET", SECRET)
        assert bad.exit_code == 3
        failed = [c for c in json.loads(bad.stdout)["checks"] if not c["ok"]]
        assert failed[0]["check"] == "LiveKit reachable and authenticated" and failed[0]["hint"]
        # A long call: dial in a real process, watch it, hang it up.
        proc = subprocess.Popen(
            [sys.executable, "-m", "customario", "dial", "dialtest", "--json", "-q"],
            env={**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": REPO, **env},
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while (
            time.monotonic() < deadline
            and not db.execute("SELECT 1 FROM calls WHERE status = 'in-progress'").fetchone()
        ):
            time.sleep(0.05)
        snap = json.loads(cli("monitor", "--json").stdout)
        assert snap["in_progress"] == 1 and snap["live"][0]["phone"] == "******0000"
        assert "in progress 1" in cli("monitor", "dialtest").stdout
        call_id = snap["live"][0]["call_id"]
        hung = cli("calls", "hangup", str(call_id), "--json")
        assert hung.exit_code == 0, hung.stderr
        result = json.loads(hung.stdout)
        again = cli("calls", "hangup", str(call_id))
        assert again.exit_code == 2 and "not live" in again.stderr
        out, err = proc.communicate(timeout=30)
        assert result["removed"] and proc.returncode == 0, err
    row = db.execute("SELECT status, disposition FROM calls WHERE id = ?", [call_id]).fetchone()
    assert row == ("ended", "hung-up")
    tok = cli("token", "--room", "r1", "--identity", "ana").stdout.strip()
    claims = api.TokenVerifier("devkey", SECRET).verify(tok)
    assert claims.identity == "ana" and claims.video.room == "r1" and claims.video.room_join


def test_survey_run_via_phone_dials_the_survey(db, cli, monkeypatch):
    from customario.definitions.catalog import add_campaign
    from customario.definitions import parse_definition

    add_campaign(
        db,
        parse_definition(
            {
                "name": "phone_survey",
                "kind": "survey",
                "consent": {"required": False},
                "calling": {
                    "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                    "trunk_id": "ST_test",
                    "cps": 20,
                },
                "questions": [{"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"}],
            },
            "t",
        ),
    )
    add_contacts(db, 2, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.2), max_lifetime_s=60) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        res = cli("survey", "run", "phone_survey", "--via", "phone", "--json")
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["dialed"] == 2 and len(lk.dials) == 2


def test_wait_redials_short_backoffs_and_stops_when_nothing_is_eligible(db):
    stored, rules = add_test_campaign(db, backoff={"failed": "1s", "busy": "30m"})
    add_contacts(db, 2, tz=open_zone_now())
    outcomes = {"+12125550000": [Outcome.http500(), Outcome.answer(0.05, 0.2)], "+12125550001": Outcome.sip(486)}
    with LoopbackLiveKit(api_secret=SECRET, outcomes=outcomes, max_lifetime_s=60) as lk:
        summary = _run(db, rules, lk, stored, concurrency=2, cps=10, wait=True)
        assert lk.dials == {"+12125550000": 2, "+12125550001": 1}  # the busy one waits 30 min: next run
    # The HTTP 500 was LiveKit's failure: no attempt; the lead was claimed again at once.
    assert summary.dialed == 2 and summary.answered == 1 and summary.stopped == "done" and summary.not_placed == 1
    attempts = [r[0] for r in db.execute("SELECT attempt FROM calls WHERE contact_id = 1 ORDER BY id")]
    assert attempts == [1, 1]
