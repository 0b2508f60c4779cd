"""Abandoned calls per campaign (Telemarketing Sales Rule, 16 CFR 310.4(b)(4)) and the dialer's pacing.

The TSR's safe harbour: at most 3 % of the calls answered by a person, per campaign, measured over
a 30-day period, may be abandoned; a call is abandoned when the person is not connected to a live
voice within two seconds of their completed greeting. What customario measures, per answered call
(``calls.answered_at`` set, outbound phone calls, answering machines excluded):

- **answer** — ``answered_at``: the SIP participant reached ``sip.callStatus = active``.
- **greeting end** — ``greeting_end_at``: when the callee's first speech *before the agent's first
  audio* ended, as the session's voice-activity detection reports it (livekit-agents
  ``user_state_changed`` speaking → listening), minus the VAD's silence window when it is known
  (silero's ``min_silence_duration``): the moment the speech stopped, not the moment it was judged to
  have stopped. NULL when the callee said nothing before the agent spoke.
- **first audio** — ``first_audio_at``: the agent's first audio started playing (``agent_state_changed``
  → speaking).
- **reference** = greeting end when measured, else the answer (a callee who waits silently has no
  greeting to complete; measuring from the answer is the stricter reading).
- **abandoned** = first audio more than 2 s after the reference, or no agent audio at all although
  the call lasted more than 2 s past the reference (a callee who hung up within 2 s was not left
  waiting by us and is not abandoned, but stays in the denominator).

Calls whose disposition is ``voicemail`` (answering-machine detection) are not "answered by a
person" and are left out of both counts. The figures are only as good as the timestamps: on a
server-side VAD (Gemini realtime) the silence window is unknown and the greeting end is the moment
it was reported, which shortens the measured gap by up to that window.

:func:`paced_for_abandonment` is what ``dial`` does when a campaign is over the cap: it halves
``--concurrency`` and ``--cps`` (at least 1 call and 0.05 calls per second) for the run.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

CAP = 0.03  # 16 CFR 310.4(b)(4)(i): at most 3 % of answered calls per campaign per 30 days
WINDOW_DAYS = 30
LIVE_VOICE_S = 2.0  # 16 CFR 310.4(b)(4)(i): a live voice within two seconds of the completed greeting

_MS = 86400000.0
# Per answered call: the gap (ms) from the reference to the agent's first audio, and how long the
# call lasted after the reference (ms; NULL while live).
_SQL = f"""
SELECT c.campaign,
       COUNT(*) AS answered,
       SUM(CASE
             WHEN c.first_audio_at IS NOT NULL THEN
               (julianday(c.first_audio_at) - julianday(COALESCE(c.greeting_end_at, c.answered_at))) * {_MS} > ?
             ELSE (COALESCE(julianday(c.ended_at), julianday(?)) - julianday(COALESCE(c.greeting_end_at, c.answered_at))) * {_MS} > ?
           END) AS abandoned,
       SUM(c.greeting_end_at IS NOT NULL) AS from_greeting,
       SUM(c.first_audio_at IS NULL) AS no_agent_audio,
       MAX((julianday(c.first_audio_at) - julianday(COALESCE(c.greeting_end_at, c.answered_at))) * {_MS}) AS worst_ms
FROM calls c
WHERE c.direction = 'outbound' AND c.channel = 'phone' AND c.answered_at IS NOT NULL AND c.answered_at >= ?
  AND COALESCE(c.disposition, '') != 'voicemail' {{campaign}}
GROUP BY c.campaign ORDER BY c.campaign
"""


def abandonment(
    db: Database, campaign: str | None = None, *, now: datetime | None = None, days: int = WINDOW_DAYS
) -> list[dict]:
    """Per campaign over the last ``days`` days: ``{campaign, answered, abandoned, rate (0..1 or
    None), over_cap, from_greeting, no_agent_audio, worst_gap_ms, window_days, cap}``. Only
    campaigns with answered calls appear."""
    from customario.dialing.claims import iso, now_utc

    now = now or now_utc()
    since = iso(now - timedelta(days=days))
    limit_ms = LIVE_VOICE_S * 1000.0
    sql = _SQL.replace("{campaign}", "AND c.campaign = ?" if campaign else "")
    params: list[Any] = [limit_ms, iso(now), limit_ms, since] + ([campaign] if campaign else [])
    out = []
    for name, answered, abandoned, from_greeting, silent, worst in db.execute(sql, params):
        rate = (abandoned or 0) / answered if answered else None
        out.append(
            {
                "campaign": name,
                "answered": answered,
                "abandoned": int(abandoned or 0),
                "rate": round(rate, 4) if rate is not None else None,
                "over_cap": rate is not None and rate > CAP,
                "from_greeting": int(from_greeting or 0),
                "no_agent_audio": int(silent or 0),
                "worst_gap_ms": round(worst, 1) if worst is not None else None,
                "window_days": days,
                "cap": CAP,
            }
        )
    return out


def campaign_abandonment(db: Database, campaign: str, *, now: datetime | None = None) -> dict:
    """:func:`abandonment` of one campaign (zeros when it has no answered call)."""
    rows = abandonment(db, campaign, now=now)
    return (
        rows[0]
        if rows
        else {
            "campaign": campaign,
            "answered": 0,
            "abandoned": 0,
            "rate": None,
            "over_cap": False,
            "from_greeting": 0,
            "no_agent_audio": 0,
            "worst_gap_ms": None,
            "window_days": WINDOW_DAYS,
            "cap": CAP,
        }
    )


def paced_for_abandonment(concurrency: int, cps: float) -> tuple[int, float]:
    """(concurrency, cps) for a run of a campaign over the cap: both halved, at least 1 and 0.05."""
    return max(1, concurrency // 2), max(0.05, round(cps / 2, 3))
