"""Abandoned calls (Telemarketing Sales Rule 16 CFR 310.4(b)(4), issue 10 Deliver 6): the greeting end
and first audio from session events, the 30-day rate per campaign, `monitor`, `insights` and the
dialer slowing down over the 3 % cap."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from customario.conversation.sip_progress import AnswerTiming
from customario.dialing.abandonment import abandonment, paced_for_abandonment
from tests.dialer_helpers import add_test_campaign

NOW = datetime(2026, 11, 18, 18, 0, tzinfo=timezone.utc)


@dataclass
class Ev:  # the fields livekit-agents' UserStateChangedEvent / AgentStateChangedEvent carry
    old_state: str
    new_state: str
    created_at: float


def _call(
    db,
    campaign="dialtest",
    *,
    answered: datetime | None,
    ended: datetime | None = None,
    disposition: str | None = "complete",
    first_audio: datetime | None = None,
) -> int:
    iso = lambda t: t.isoformat(timespec="microseconds") if t else None  # noqa: E731
    return (
        db["calls"]
        .insert(
            {
                "campaign": campaign,
                "channel": "phone",
                "direction": "outbound",
                "status": "ended" if ended else "in-progress",
                "created_at": iso(answered or NOW),
                "answered_at": iso(answered),
                "ended_at": iso(ended),
                "disposition": disposition,
                "first_audio_at": iso(first_audio),
            }
        )
        .last_pk
    )


def _events(db, call_id, t0, *, greeting_end_s=None, vad_s=0.5, audio_s=None):
    timing = AnswerTiming(db, call_id, vad_silence_s=vad_s)
    if greeting_end_s is not None:  # VAD reports the end after its silence window
        timing.on_user_state(Ev("listening", "speaking", (t0 + timedelta(seconds=greeting_end_s - 0.6)).timestamp()))
        timing.on_user_state(Ev("speaking", "listening", (t0 + timedelta(seconds=greeting_end_s + vad_s)).timestamp()))
    if audio_s is not None:
        timing.on_agent_state(Ev("listening", "speaking", (t0 + timedelta(seconds=audio_s)).timestamp()))
        # later turns change nothing
        timing.on_user_state(Ev("speaking", "listening", (t0 + timedelta(seconds=audio_s + 5)).timestamp()))
        timing.on_agent_state(Ev("listening", "speaking", (t0 + timedelta(seconds=audio_s + 9)).timestamp()))


def test_greeting_and_first_audio_from_events_and_the_30_day_rate(db):
    t0 = NOW - timedelta(hours=1)
    quick = _call(db, answered=t0, ended=t0 + timedelta(seconds=60))
    _events(db, quick, t0, greeting_end_s=1.0, audio_s=2.8)  # 1.8 s after "Hello?": live voice in time
    slow = _call(db, answered=t0, ended=t0 + timedelta(seconds=60))
    _events(db, slow, t0, greeting_end_s=0.8, audio_s=3.1)  # 2.3 s after the greeting: abandoned
    silent_callee = _call(db, answered=t0, ended=t0 + timedelta(seconds=60))
    _events(db, silent_callee, t0, audio_s=2.4)  # nobody spoke: measured from the answer
    never = _call(db, answered=t0, ended=t0 + timedelta(seconds=12), disposition="break-off")
    hung_up = _call(db, answered=t0, ended=t0 + timedelta(seconds=1.5), disposition="break-off")
    _call(
        db,
        answered=t0,
        ended=t0 + timedelta(seconds=30),
        disposition="voicemail",
        first_audio=t0 + timedelta(seconds=9),
    )
    _call(db, answered=NOW - timedelta(days=31), ended=NOW - timedelta(days=31), first_audio=NOW - timedelta(days=30))
    _call(db, answered=None, ended=t0, disposition="busy")
    _call(db, "other", answered=t0, ended=t0 + timedelta(seconds=20), first_audio=t0 + timedelta(seconds=0.9))

    rows = {r["id"]: r for r in db.query("SELECT * FROM calls")}
    # The greeting end is the moment the speech stopped (the VAD's 0.5 s silence window taken off).
    assert rows[quick]["greeting_end_at"] == (t0 + timedelta(seconds=1.0)).isoformat(timespec="microseconds")
    assert rows[quick]["greeting_to_audio_ms"] == 1800.0 and rows[quick]["answer_to_audio_ms"] == 2800.0
    assert rows[slow]["greeting_to_audio_ms"] == 2300.0
    assert rows[silent_callee]["greeting_end_at"] is None and rows[silent_callee]["answer_to_audio_ms"] == 2400.0
    assert rows[never]["first_audio_at"] is None

    by = {r["campaign"]: r for r in abandonment(db, now=NOW)}
    # answered by a person in 30 days: quick, slow, silent_callee, never, hung_up (voicemail and the
    # 31-day-old call left out); abandoned: slow, silent_callee, never (hung_up left within 2 s).
    d = by["dialtest"]
    assert (d["answered"], d["abandoned"], d["rate"], d["over_cap"]) == (5, 3, 0.6, True)
    assert d["from_greeting"] == 2 and d["no_agent_audio"] == 2
    assert by["other"]["abandoned"] == 0 and not by["other"]["over_cap"]
    assert hung_up  # in the denominator, not abandoned


def test_dial_slows_down_over_the_cap_and_monitor_and_insights_show_it(db, cli):
    from customario.dialing.loop import DialOptions, DialRun

    stored, rules = add_test_campaign(db, concurrency=8, cps=4)
    t0 = datetime.now(timezone.utc) - timedelta(hours=2)
    for i in range(30):
        late = i < 2  # 2 of 30 = 6.7 %: over the 3 % cap
        _call(
            db, answered=t0, ended=t0 + timedelta(seconds=40), first_audio=t0 + timedelta(seconds=3.5 if late else 0.8)
        )
    events = []
    run = DialRun(
        db, rules, None, DialOptions(stored.id, "agent", "ST_x", concurrency=8, cps=4.0), on_event=events.append
    )
    run._pace_for_abandonment()
    assert (run.opts.concurrency, run.opts.cps) == (4, 2.0)
    assert run.summary.paced == {"concurrency": 4, "cps": 2.0, "from": {"concurrency": 8, "cps": 4.0}}
    assert run.summary.as_dict()["abandonment_rate"] == 0.0667 and "over the 3 % cap" in events[0]
    assert paced_for_abandonment(1, 0.06) == (1, 0.05)

    snap = json.loads(cli("monitor", "dialtest", "--json").stdout)
    assert snap["abandonment"][0]["abandoned"] == 2 and snap["abandonment"][0]["over_cap"] is True
    text = cli("monitor", "dialtest", "--once").stdout
    assert "6.7% = 2 of 30 answered" in text and "OVER THE 3% CAP" in text

    from customario.analysis.insights import compute_insights
    from customario.render.insights_html import render_html

    report = compute_insights(db, stored)
    assert report["abandonment"]["rate"] == 0.0667
    assert "abandoned, 30 days" in render_html(report)
