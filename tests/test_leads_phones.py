"""customario.leads.phones keeps phonenumbers' verdicts; the parallel import path gives the same result."""

import random

import phonenumbers
import pytest
from phonenumbers import timezone as pn_tz

from customario.errors import InputDataError, UsageError
from customario.leads.phones import PhoneNormalizer, to_e164


def _sample(seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(1500):
        a, b, c = rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(0, 9999)
        out.append(
            rnd.choice(["({a}) {b}-{c:04d}", "1{a}{b}{c:04d}", "+1 {a} {b} {c:04d}", "{a}.{b}.{c:04d} x12"]).format(
                a=a, b=b, c=c
            )
        )
    for _ in range(500):
        cc = rnd.choice([44, 49, 33, 61, 81, 52, 55, 91, 246, 268, 7, 86, 800, 39])
        out.append(f"+{cc} {rnd.randint(10**5, 10**11)}")
    out += [str(rnd.randint(0, 10 ** rnd.randint(1, 12))) for _ in range(300)]
    return out


@pytest.mark.parametrize("region", ["US", "GB", "CA"])
def test_verdicts_equal_phonenumbers(region):
    norm = PhoneNormalizer(region)
    for raw in _sample():
        ours = norm(raw)
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            assert not ours.valid, raw
            continue
        valid = phonenumbers.is_valid_number(num)
        assert ours.valid == valid, raw
        if valid:
            assert ours.e164 == phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            assert ours.region == phonenumbers.region_code_for_number(num)
            assert ours.extension == (num.extension or None)
            assert ours.time_zones == tuple(z for z in pn_tz.time_zones_for_number(num) if z != "Etc/Unknown")
        else:
            assert ours.reason


def test_reasons_and_helpers():
    norm = PhoneNormalizer("US")
    assert norm("").reason == "missing phone number"
    assert norm("hello").reason == "not a number"
    assert norm("12").reason == "too short"
    assert norm("555-0100").reason == "no area code"
    assert norm("(123) 555-0100").reason == "invalid for region"
    assert norm("4.15E+09").reason.startswith("mangled")
    r = norm("555-1234 or +1 (646) 555-0188 / 646 555 0189")
    # Numbers in one cell are found by phonenumbers' PhoneNumberMatcher: valid ones only.
    assert r.e164 == "+16465550188" and r.alternatives == ("+16465550189",)
    assert norm("310/246-1501").e164 == "+13102461501"  # one valid number: never split at "/"
    assert norm("(415) 555-0134 ext. 45").extension == "45"
    assert norm("(415) 555-0134").time_zone == "America/Los_Angeles"
    assert norm("+1 800 555 0100").time_zone is None
    assert to_e164("020 7946 0958", "GB") == "+442079460958"
    with pytest.raises(InputDataError):
        to_e164("12")
    with pytest.raises(UsageError):
        PhoneNormalizer("XX")


def test_parallel_import_equals_sequential(tmp_path, monkeypatch):
    from customario.leads import importer as leads_import
    from customario.store.db import open_db

    probe = leads_import.phone_pool()
    if probe is None:
        pytest.skip("one CPU: imports never use worker processes here")
    probe.shutdown()
    rnd = random.Random(3)
    path = tmp_path / "many.csv"
    lines = ["name,phone,notes"]
    for i in range(6000):
        phone = rnd.choice(["(212) {b}-{c:04d}", "+1 312 {b} {c:04d}", "{b}-{c:04d}", "+44 20 7946 {c:04d}"]).format(
            b=rnd.randint(200, 999), c=rnd.randint(0, 9999)
        )
        note = '"two\nlines"' if i % 500 == 0 else ""
        lines.append(f"Lead {i},{phone},{note}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    seq_db = open_db(tmp_path / "seq.db")
    seq = leads_import.import_leads(seq_db, path, "l", chunk_rows=1500)
    monkeypatch.setattr(leads_import, "PARALLEL_MIN_ROWS", 1)
    monkeypatch.setattr(leads_import, "PARALLEL_MIN_NEW", 1)
    submitted = []
    real_pool = leads_import.phone_pool

    def counting_pool():
        pool = real_pool()
        real_submit = pool.submit
        pool.submit = lambda *a, **k: submitted.append(len(a[2])) or real_submit(*a, **k)
        return pool

    monkeypatch.setattr(leads_import, "phone_pool", counting_pool)
    par_db = open_db(tmp_path / "par.db")
    par = leads_import.import_leads(par_db, path, "l", chunk_rows=1500)
    assert len(submitted) >= 4 and sum(submitted) > 3000  # the workers did the phone numbers
    keys = ("rows", "imported", "duplicates", "invalid")
    assert [getattr(par, k) for k in keys] == [getattr(seq, k) for k in keys]
    assert [(r.line, r.reason) for r in par.rejects] == [(r.line, r.reason) for r in seq.rejects]
    q = "SELECT e164, timezone, phone_extension, source_line FROM contacts JOIN list_members ON contact_id = id ORDER BY id"
    assert par_db.execute(q).fetchall() == seq_db.execute(q).fetchall()
    seq_db.close()
    par_db.close()
