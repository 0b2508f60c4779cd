"""Lead cells, ambiguous time zones, countries, the state calling rules and `dial --dry-run --at`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from customario.dialing.calling_rules import load_calling_rules
from customario.dialing.eligibility import Rules, count_reasons, pick_eligible
from customario.errors import InputDataError
from customario.leads.phones import PhoneNormalizer
from tests.dialer_helpers import add_contacts, add_test_campaign


def test_a_cell_phonenumbers_reads_as_one_number_is_never_split():
    n = PhoneNormalizer("US")
    assert n("310/246-1501").e164 == "+13102461501" and not n("310/246-1501").alternatives
    both = n("212-555-0100 or 415-555-0100")
    assert both.e164 == "+12125550100" and both.alternatives == ("+14155550100",)
    mixed = n("+1 212 555 0100; +44 20 7183 8750")
    assert mixed.e164 == "+12125550100" and mixed.alternatives == ("+442071838750",)
    assert n("(907) 555-0142").time_zones == ("America/Adak", "America/Anchorage")


def _import(db, tmp_path, text):
    from customario.leads.importer import import_leads

    path = tmp_path / "leads.csv"
    path.write_text(text)
    return import_leads(db, path, list_name="l", region="US", default_timezone="America/New_York")


def test_ambiguous_zones_are_all_stored_and_all_must_be_open(db, tmp_path):
    s = _import(
        db,
        tmp_path,
        "name,phone,state\nAl,(907) 555-0142,\nNed,(212) 555-0100,\nFlo,305-555-0100,\nTex,214-555-0100,texas\n",
    )
    assert s.imported == 4
    rows = {r["name"]: r for r in db.query("SELECT name, timezone, timezones, timezone_source, state FROM contacts")}
    assert (
        rows["Al"]["timezones"] == "America/Adak|America/Anchorage"
        and rows["Al"]["timezone_source"] == "number-ambiguous"
    )
    assert rows["Ned"]["timezones"] is None and rows["Tex"]["state"] == "TX" and rows["Flo"]["state"] is None
    _, rules = add_test_campaign(db, window={"start": "08:00", "end": "21:00"})
    # 17:30Z: 08:30 in Anchorage but 07:30 in Adak -> not yet; 18:30Z: both open.
    day = datetime(2026, 11, 18, tzinfo=timezone.utc)
    early = {lead.e164 for lead in pick_eligible(db, rules, now=day + timedelta(hours=17, minutes=30))}
    later = {lead.e164 for lead in pick_eligible(db, rules, now=day + timedelta(hours=18, minutes=30))}
    assert "+19075550142" not in early and "+19075550142" in later


def test_brute_force_zone_audit_at_chosen_instants(db, tmp_path):
    """Every 15 minutes of a DST-crossing week: nobody picked is outside 08:00-21:00 (and the state
    window) in any of their candidate zones."""
    from zoneinfo import ZoneInfo

    _import(
        db,
        tmp_path,
        "phone\n"
        + "\n".join(
            ["(907) 555-0142", "(775) 555-0100", "(305) 555-0100", "(405) 555-0100", "(212) 555-0100", "(808) 555-0100"]
        )
        + "\n",
    )
    _, rules = add_test_campaign(db, window={"start": "08:00", "end": "21:00"})
    zones = {r[0]: (r[1] or r[2]).split("|") for r in db.execute("SELECT e164, timezones, timezone FROM contacts")}
    strict = {"+13055550100", "+14055550100"}  # Florida, Oklahoma: 08:00-20:00
    start = datetime(2027, 3, 10, tzinfo=timezone.utc)  # US DST starts on 2027-03-14
    checked = 0
    for k in range(7 * 96):
        now = start + timedelta(minutes=15 * k)
        for lead in pick_eligible(db, rules, now=now, limit=50):
            for z in zones[lead.e164]:
                local = now.astimezone(ZoneInfo(z)).time()
                end = 20 if lead.e164 in strict else 21
                assert 8 <= local.hour < end, (lead.e164, z, now)
                checked += 1
    assert checked > 100


def test_state_rules_and_max_calls_per_24h(db):
    from customario.dialing import claims as d

    _, rules = add_test_campaign(db, window={"start": "08:00", "end": "21:00"}, max_attempts=10, backoff={"busy": "5m"})
    add_contacts(db, 1, prefix="+1305555")  # Florida by area code (no state column)
    add_contacts(db, 1, start=1)  # New York
    now = datetime(2026, 11, 19, 1, 30, tzinfo=timezone.utc)  # 20:30 in Miami and New York
    counts = count_reasons(db, rules, now=now)
    assert counts["outside-state-window FL"] == 1 and counts["eligible"] == 1
    assert [lead.e164 for lead in pick_eligible(db, rules, now=now)] == ["+12125550001"]
    # Three busy attempts in 24 h: Florida's cap (FTSA: 3 per 24 h on the same subject).
    noon = datetime(2026, 11, 18, 17, 0, tzinfo=timezone.utc)
    for hours in (6, 4, 2):
        at = (noon - timedelta(hours=hours)).isoformat()
        db.execute(
            """INSERT INTO calls (campaign, contact_id, channel, direction, status, disposition, created_at,
                          started_at, ended_at) VALUES ('dialtest', 1, 'phone', 'outbound', 'ended', 'busy', ?, ?, ?)""",
            [at, at, at],
        )
    db.conn.commit()
    assert count_reasons(db, rules, now=noon)["max-calls-24h"] == 1
    assert 1 not in {lead.contact_id for lead in pick_eligible(db, rules, now=noon)}
    assert d is not None


def test_rules_file_validation(tmp_path):
    bad_state = tmp_path / "a.yaml"
    bad_state.write_text("states:\n  ZZ:\n    window: '08:00-20:00'\n")
    bad_window = tmp_path / "b.yaml"
    bad_window.write_text("states:\n  FL:\n    window: '8am to 8pm'\n")
    good = tmp_path / "c.yaml"
    good.write_text("states:\n  NY:\n    window: '09:00-20:00'\n    source: 'house rule'\n")
    with pytest.raises(InputDataError, match="unknown state 'ZZ'"):
        load_calling_rules([bad_state])
    with pytest.raises(InputDataError, match="malformed window '8am to 8pm'"):
        load_calling_rules([bad_window])
    rules = load_calling_rules([good])
    assert rules.states["NY"].window.start.hour == 9 and "FL" in rules.states


def test_shipped_area_code_table_matches_phonenumbers():
    from customario.dialing.states import _npa_table, geocode_all

    assert _npa_table() == geocode_all()


def test_dry_run_at_an_instant_shows_reasons_and_candidates(db, cli, tmp_path):
    _import(db, tmp_path, "phone\n(907) 555-0142\n(305) 555-0100\n+44 20 7183 8750\n(212) 555-0100\n")
    add_test_campaign(db, window={"start": "08:00", "end": "21:00"})
    res = cli("dial", "dialtest", "--dry-run", "--json", "--at", "2026-11-18T13:35Z")
    assert res.exit_code == 0, res.stderr
    p = json.loads(res.stdout)
    assert p["now"].startswith("2026-11-18T13:35") and p["eligible"] == 2  # 08:35 New York and Miami
    assert p["excluded"]["country-not-allowed"] == 1 and p["excluded"]["outside-window"] == 1  # London; Alaska 04:35
    later = json.loads(cli("dial", "dialtest", "--dry-run", "--json", "--at", "2026-11-18T19:00:00+00:00").stdout)
    assert "America/Adak + America/Anchorage" in {n["timezone"] for n in later["next"]}
    text = cli("dial", "dialtest", "--dry-run", "--at", "2026-11-19T01:30Z").stdout
    assert "outside-state-window FL" in text and "state FL" in text
    assert cli("dial", "dialtest", "--dry-run", "--at", "2026-11-18 13:35").exit_code == 2  # no offset
    bad = tmp_path / "rules.yaml"
    bad.write_text("states:\n  FL:\n    window: '20:00-08:00'\n")
    res = cli("dial", "dialtest", "--dry-run", "--rules", str(bad))
    assert res.exit_code == 65 and "ends before it starts" in res.stderr
    assert Rules  # imported for readers
