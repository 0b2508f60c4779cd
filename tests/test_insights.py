"""Insights and exports, checked against an independent recomputation from the database."""

import csv
import io
import json
import math
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from evalfixtures import GOOD, add_feedback_campaign, make_call  # noqa: E402
from loopback_anthropic import LoopbackAnthropic, message  # noqa: E402

T0 = datetime(2026, 11, 18, 15, 0, tzinfo=timezone.utc)


def populate(db):
    """A small campaign: varied NPS, several dispositions, a contact called twice, open answers."""
    stored = add_feedback_campaign(db)
    nps = [10, 9, 9, 8, 7, 6, 3, 0, 10, 9, 5, 8]
    praise = ["fast delivery", "delivery was fast", "friendly staff", "the staff were friendly", "fast delivery again"]
    improve = [
        "cheaper shipping please",
        "shipping costs too much",
        "<script>alert(1)</script> shipping",
        "website is slow",
    ]
    for i, score in enumerate(nps):
        ans = {**GOOD, "recommend": score, "satisfaction": 1 + score // 3}
        ans.pop("praise")
        if score >= 9:
            ans["praise"] = praise[i % len(praise)]
        else:
            ans["improve"] = improve[i % len(improve)]
        make_call(db, stored, ans, started=T0 + timedelta(days=i % 3), seconds=100 + 10 * i)
    make_call(db, stored, {"recommend": 2}, disposition="break-off", started=T0)
    make_call(db, stored, {}, disposition="no-answer", started=T0, turns=[])
    make_call(db, stored, {}, disposition="refused", started=T0, turns=[])
    make_call(db, stored, {}, disposition="invalid-number", started=T0, turns=[])
    # one contact called twice: busy, then complete -> one case, code I
    cid = make_call(db, stored, {}, disposition="busy", started=T0, turns=[], phone="+14155559999")
    contact = db.execute("SELECT contact_id FROM calls WHERE id=?", [cid]).fetchone()[0]
    second = make_call(db, stored, {**GOOD}, started=T0 + timedelta(days=1), contact=False)
    db.execute("UPDATE calls SET contact_id=? WHERE id=?", [contact, second])
    db.conn.commit()
    return stored


def independent_nps(db):
    vals = [
        json.loads(v)
        for (v,) in db.execute("SELECT value FROM answers WHERE question_id='recommend' AND status='valid'")
    ]
    n = len(vals)
    p = sum(v >= 9 for v in vals) / n
    d = sum(v <= 6 for v in vals) / n
    half = 1.96 * math.sqrt((p + d - (p - d) ** 2) / n) * 100
    return round(100 * (p - d), 2), round(100 * (p - d) - half, 2), n


def independent_rr1(db):
    # own mapping, written out again on purpose
    code = {
        "complete": "I",
        "partial": "P",
        "break-off": "R",
        "refused": "R",
        "opted-out": "R",
        "declined": "R",
        "voicemail": "NC",
        "callback": "NC",
        "interrupted": "O",
        "busy": "UH",
        "no-answer": "UH",
        "failed": "UO",
        "invalid-number": "NE",
    }
    rank = ["I", "P", "R", "O", "NC", "UH", "UO", "NE"]
    best = {}
    for cid, contact, disp in db.execute("SELECT id, contact_id, disposition FROM calls"):
        key = contact if contact is not None else -cid
        c = code[disp]
        if key not in best or rank.index(c) < rank.index(best[key]):
            best[key] = c
    counts = {k: list(best.values()).count(k) for k in rank}
    den = sum(counts[k] for k in ("I", "P", "R", "NC", "O", "UH", "UO"))
    return round(counts["I"] / den, 4), counts


def test_insights_json_matches_independent_recomputation(cli, db):
    populate(db)
    assert cli("evaluate", "customer_feedback").exit_code == 0
    r = cli("insights", "customer_feedback", "--json")
    assert r.exit_code == 0, r.stderr
    rep = json.loads(r.stdout)
    q = {x["id"]: x for x in rep["questions"]}
    nps, low, n = independent_nps(db)
    assert (
        q["recommend"]["nps"]["nps"] == nps
        and q["recommend"]["nps"]["ci95"][0] == low
        and q["recommend"]["nps"]["n"] == n
    )
    rr1, counts = independent_rr1(db)
    assert rep["calls"]["aapor"]["rr1"] == rr1 and rep["calls"]["aapor"]["codes"] == counts
    assert counts["I"] == 13 and counts["UH"] == 1  # the busy contact who later completed counts once, as I
    totals = dict(db.execute("SELECT status, SUM(amount_cents) FROM payments GROUP BY status").fetchall())
    assert {s: v["cents"] for s, v in rep["payments"]["by_status"].items()} == totals
    assert rep["calls"]["completion_rate"] == round(13 / 14, 4)
    sat = [
        json.loads(v)
        for (v,) in db.execute("SELECT value FROM answers WHERE question_id='satisfaction' AND status='valid'")
    ]
    assert math.isclose(q["satisfaction"]["mean"]["mean"], round(sum(sat) / len(sat), 3))
    assert sum(t["calls"] for t in rep["trend"]) == rep["calls"]["total"] and len(rep["trend"]) == 3
    assert rep["scores"]["n"] == 14 and rep["themes_method"].startswith("offline phrase-frequency")
    praise = rep["themes"]["praise"]["themes"]
    assert praise[0]["theme"] in ("fast delivery", "delivery", "fast") and praise[0]["count"] >= 3
    since = json.loads(cli("insights", "customer_feedback", "--since", "2026-11-20", "--json").stdout)
    assert since["calls"]["total"] == sum(t["calls"] for t in rep["trend"] if t["date"] >= "2026-11-20")


def test_insights_terminal_html_and_csv(cli, db, tmp_path):
    populate(db)
    cli("evaluate", "customer_feedback")
    text = cli("insights", "customer_feedback").stdout
    assert "NPS" in text and "AAPOR RR1" in text and "#" in text and "offline phrase-frequency" in text
    html = tmp_path / "r.html"
    assert cli("insights", "customer_feedback", "--html", str(html)).exit_code == 0
    page = html.read_text()
    assert "<svg" in page and "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"(src|href)=['\"]?https?:", page)
    out = tmp_path / "r.csv"
    assert cli("insights", "customer_feedback", "--csv", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.open()))
    assert any(r["section"] == "nps" and r["item"] == "nps" for r in rows)
    assert cli("insights", "customer_feedback", "--json", "--csv", str(out)).exit_code == 2
    from customario.render.insights_text import render_terminal

    buf = io.StringIO()
    render_terminal(json.loads(cli("insights", "customer_feedback", "--json").stdout), buf, tty=True)
    assert "█" in buf.getvalue() and "Dispositions" in buf.getvalue()


def test_insights_agent_narrative_over_loopback(db, db_path):
    from customario.definitions.catalog import get_campaign
    from customario.config import load_settings
    from customario.analysis.insights import compute_insights

    populate(db)
    seen = {}

    def respond(body):
        seen["body"] = body
        data = json.loads(
            re.search(r"<survey_data>\n(.*)\n</survey_data>", body["messages"][0]["content"], re.S).group(1)
        )
        praise = data["open_answers"]["praise"]
        fast = [a["n"] for a in praise if "fast" in a["text"]]
        return (
            200,
            {},
            message(
                {
                    "themes": [{"question_id": "praise", "theme": "Speed of delivery", "answers": fast + [999]}],
                    "narrative": "Promoters value speed.",
                    "next_steps": ["Keep delivery fast"],
                }
            ),
        )

    with LoopbackAnthropic() as srv:
        srv.responder = respond
        s = load_settings(
            env={"ANTHROPIC_API_KEY": "k", "ANTHROPIC_BASE_URL": srv.url}, db=str(db_path), load_dotenv_file=False
        )
        rep = compute_insights(db, get_campaign(db, "customer_feedback"), themes="anthropic", settings=s)
    assert rep["narrative"].startswith("Promoters value speed.") and "Keep delivery fast" in rep["narrative"]
    th = rep["themes"]["praise"]["themes"][0]
    assert th["theme"] == "Speed of delivery" and th["count"] == 3 and all("fast" in q for q in th["quotes"])
    assert "\\u003cscript" in seen["body"]["messages"][0]["content"]  # answers passed as escaped data
    with LoopbackAnthropic() as srv:
        srv.responder = lambda body: (200, {}, message("nope"))
        s = load_settings(
            env={"ANTHROPIC_API_KEY": "k", "ANTHROPIC_BASE_URL": srv.url}, db=str(db_path), load_dotenv_file=False
        )
        rep = compute_insights(db, get_campaign(db, "customer_feedback"), themes="anthropic", settings=s)
    assert rep["narrative"] is None and "insights agent failed" in rep["themes_method"]


def test_exports_wide_long_qualtrics_and_codebook(cli, db, tmp_path):
    stored = add_feedback_campaign(db)
    a = make_call(db, stored)
    b = make_call(
        db,
        stored,
        {"recommend": 4, "satisfaction": None, "delivered_on_time": False, "channel": "store", "improve": "cheaper"},
        statuses={"satisfaction": "dont_know"},
    )
    wide = tmp_path / "w.csv"
    book = tmp_path / "book.json"
    r = cli("export", "responses", "customer_feedback", "--format", "wide", "-o", str(wide), "--codebook", str(book))
    assert r.exit_code == 0, r.stderr
    rows = {int(x["call_id"]): x for x in csv.DictReader(wide.open())}
    assert rows[a]["recommend"] == "9" and rows[a]["channel"] == "1" and rows[a]["delivered_on_time"] == "1"
    assert rows[b]["satisfaction"] == "-8" and rows[b]["channel"] == "3" and rows[b]["delivered_on_time"] == "0"
    assert rows[b]["praise"] == "" and rows[b]["improve"] == "cheaper" and rows[a]["aapor_code"] == "I"
    cb = json.loads(book.read_text())
    assert cb["questions"][3]["codes"]["3"] == "store: in a store" and cb["special_codes"]["-8"] == "dont_know"
    long = cli("export", "responses", "customer_feedback", "--format", "long").stdout
    lrows = list(csv.DictReader(io.StringIO(long)))
    assert len(lrows) == 10 and {r["status"] for r in lrows} == {"valid", "dont_know"}
    q = list(csv.reader(io.StringIO(cli("export", "responses", "customer_feedback", "--format", "qualtrics").stdout)))
    assert q[0][:2] == ["StartDate", "EndDate"] and q[2][0].startswith('{"ImportId"') and len(q) == 5
    head = q[0]
    first = dict(zip(head, q[3]))
    second = dict(zip(head, q[4]))
    assert first["recommend_NPS_GROUP"] == "3" and second["recommend_NPS_GROUP"] == "1"
    assert first["delivered_on_time"] == "1" and second["delivered_on_time"] == "2" and second["satisfaction"] == "-99"
    assert cli("export", "responses", "customer_feedback", "--format", "spss").exit_code == 2


def test_quickstart_goes_on_to_evaluate_pay_and_report(cli, db_path):
    from customario.store.db import open_db

    r = cli("quickstart", "--respondents", "5", "--json")
    assert r.exit_code == 0, r.stderr
    steps = {s["name"]: s for s in json.loads(r.stdout)}
    names = [s["name"] for s in json.loads(r.stdout)]
    assert names.index("evaluate") == names.index("simulate") + 1 and names[names.index("evaluate") + 1 :][:2] == [
        "payments",
        "insights",
    ]
    assert "offline evaluator" in steps["evaluate"]["detail"] and steps["evaluate"]["status"] == "ok"
    db = open_db(db_path)
    evaluated = db.execute("SELECT COUNT(*) FROM evaluations WHERE status='done'").fetchone()[0]
    assert steps["evaluate"]["data"]["evaluated"] == evaluated > 0
    assert db.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == evaluated
    assert steps["insights"]["data"]["calls"] == db.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 5
    # simulated respondents are never paid: every payment is `test`, approve and export pay nothing
    assert {r[0] for r in db.execute("SELECT DISTINCT status FROM payments")} == {"test"}
    assert "never paid" in steps["payments"]["detail"]
    db.close()
    r = cli("payments", "approve", "--all-pending", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    out = db_path.parent / "payouts.json"
    r = cli("payments", "export", "-o", str(out), "--mark-paid", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["count"] == 0 and json.loads(out.read_text()) == []
