"""Simulated respondents, quickstart, calls and survey run (offline stack, no network)."""

import asyncio
import json

import pytest

from customario.definitions.catalog import resolve_campaign
from customario.config import load_settings
from customario.errors import ConfigError, ExitCode, InputDataError
from customario.conversation.simulate import Persona, load_personas, run_simulation, simulate_one
from tests.conftest import REPO

PERSONAS = REPO / "customario" / "data" / "personas.yaml"


@pytest.fixture
def settings(db_path):
    return load_settings(env={}, db=str(db_path), load_dotenv_file=False)


@pytest.fixture
def survey(db):
    return resolve_campaign(db, "customer_feedback")


def by_name(survey):
    return {p.name: p for p in load_personas(PERSONAS, survey.campaign)}


@pytest.mark.parametrize(
    "name,disposition",
    [
        ("promoter", "complete"),
        ("detractor", "complete"),
        ("fumbler", "complete"),
        ("curious", "complete"),
        ("busy", "callback"),
        ("drop_off", "partial"),
        ("opt_out", "opted-out"),
        ("not_interested", "refused"),
    ],
)
def test_each_shipped_persona_behaves(db, settings, survey, name, disposition):
    res = asyncio.run(simulate_one(db, settings, survey, by_name(survey)[name], index=1))
    assert res.error is None and res.disposition == disposition
    if name == "fumbler":
        assert res.reasks == {"recommend": 1} and res.statuses["satisfaction"] == "dont_know"
    if name == "curious":
        assert res.statuses["channel"] == "refused" and res.reasks == {}
    if name == "drop_off":
        assert list(res.statuses) == ["recommend", "satisfaction", "delivered_on_time"]


def test_run_simulation_summary(db, settings, survey):
    people = load_personas(PERSONAS, survey.campaign)
    summary = asyncio.run(run_simulation(db, settings, survey, people, n=24, concurrency=4, seed=7))
    d = summary.as_dict()
    assert d["sessions"] == 24 and d["errors"] == 0
    assert sum(d["dispositions"].values()) == 24 and d["completed"] == d["dispositions"].get("complete", 0)
    assert 0 < d["completion_rate"] < 1
    assert set(d["questions"]) == {q.id for q in survey.campaign.questions}
    assert db.execute("SELECT COUNT(*) FROM calls WHERE channel = 'simulation'").fetchone()[0] == 24
    again = asyncio.run(run_simulation(db, settings, survey, people, n=24, concurrency=1, seed=7))
    assert again.dispositions == summary.dispositions  # same seed, same outcome at any concurrency


def test_transcribe_hook_sees_every_utterance_and_its_question(db, settings, survey):
    heard = []

    async def transcribe(text, question):
        heard.append((text, question.id if question else None))
        return text.replace("ten", "10")

    persona = Persona(
        name="t",
        answers={
            "recommend": ["ten"],
            "satisfaction": ["5"],
            "delivered_on_time": ["yes"],
            "channel": ["online"],
            "praise": ["all good"],
        },
    )
    res = asyncio.run(simulate_one(db, settings, survey, persona, transcribe=transcribe))
    assert res.disposition == "complete" and len(heard) == res.turns == 6
    assert heard[0][1] is None and heard[1] == ("ten", "recommend")
    evidence = db.execute("SELECT evidence FROM answers WHERE question_id = 'recommend'").fetchone()[0]
    assert evidence == "10"


@pytest.mark.parametrize(
    "body,message,line",
    [
        ("personas:\n  - name: a\n    answers:\n      recomend: 9\n", "unknown question 'recomend'", 4),
        ("personas:\n  - name: a\n    behaviours:\n      dont_know: nope\n", "names unknown question 'nope'", 4),
        ("personas:\n  - name: a\n    behaviours:\n      sing: true\n", "unknown behaviour 'sing'", 4),
        ("personas:\n  - name: a\n  - traits: {}\n", "persona #2 has no name", 3),
        ("personas: []\n", "no personas", 1),
    ],
)
def test_persona_file_errors_point_at_the_line(tmp_path, survey, body, message, line):
    path = tmp_path / "p.yaml"
    path.write_text(body)
    with pytest.raises(InputDataError) as err:
        load_personas(path, survey.campaign)
    assert message in err.value.message
    assert err.value.location.startswith(f"{path}:{line}:")


def test_llm_personas_need_a_key(db, settings, survey):
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        asyncio.run(run_simulation(db, settings, survey, [Persona(name="x")], n=1, persona_mode="llm"))


def test_llm_persona_through_a_mock_transport(db, settings, survey):
    from dataclasses import replace

    import httpx2

    replies = iter(["Sure, go ahead.", "Nine.", "<hangup>"])
    requests = []

    def handler(request):
        body = json.loads(request.content)
        requests.append(body)
        return httpx2.Response(
            200,
            json={
                "id": "m",
                "type": "message",
                "role": "assistant",
                "model": body["model"],
                "content": [{"type": "text", "text": next(replies)}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 5, "output_tokens": 2},
            },
        )

    keyed = replace(settings, anthropic_api_key="sk-test", anthropic_model="claude-haiku-x")
    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    res = asyncio.run(
        simulate_one(
            db, keyed, survey, Persona(name="llm", traits={"mood": "kind"}), persona_mode="llm", http_client=client
        )
    )
    assert res.error is None and res.turns == 2 and res.disposition == "break-off"
    assert res.statuses == {"recommend": "valid"}
    assert "kind" in requests[0]["system"] and requests[1]["messages"][-1]["role"] == "user"


def test_simulate_cli_json_and_partial_failure(cli, monkeypatch):
    r = cli("simulate", "customer_feedback", "--personas", str(PERSONAS), "-n", "5", "--seed", "3", "--json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["sessions"] == 5 and len(d["results"]) == 5 and "Simulated 5 session(s)" in r.stderr

    from customario.conversation import simulate

    original = simulate.ScriptedCaller.reply

    def flaky(self, lines):
        if self.p.name == "promoter":
            raise RuntimeError("boom")
        return original(self, lines)

    monkeypatch.setattr(simulate.ScriptedCaller, "reply", flaky)
    r = cli("simulate", "customer_feedback", "--personas", str(PERSONAS), "-n", "6", "--seed", "1")
    assert r.exit_code == ExitCode.PARTIAL
    assert "failed: RuntimeError: boom" in r.stderr and "sessions" in r.stdout


def test_simulate_cli_bad_personas(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("personas:\n  - name: a\n    answers: {nps: 3}\n")
    r = cli("simulate", "customer_feedback", "--personas", str(bad))
    assert r.exit_code == ExitCode.DATA and f"{bad}:3:" in r.stderr


def test_quickstart_runs_and_reruns(cli, db_path):
    from customario.store.db import open_db

    r = cli("quickstart", "--respondents", "6")
    assert r.exit_code == 0, r.stderr
    assert "simulate: 6 respondents" in r.stdout and "agent: Hello" in r.stdout
    assert r.stdout.count("simulate: 6 respondents") == 1  # each step printed once, as it finishes
    r = cli("quickstart", "--respondents", "4", "--json")
    assert r.exit_code == 0, r.stderr
    steps = {s["name"]: s for s in json.loads(r.stdout)}
    assert steps["survey"]["data"]["version"] == 1 and steps["simulate"]["data"]["sessions"] == 4
    db = open_db(db_path)
    assert db.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 10
    db.close()


def test_quickstart_steps_are_extensible(db, settings, monkeypatch):
    from customario.quickstart import steps as quickstart

    monkeypatch.setattr(quickstart, "STEPS", list(quickstart.STEPS))
    quickstart.add_step(
        "count", lambda qs: quickstart.StepResult("count", "ok", f"{len(qs.data['call_ids'])} calls"), after="simulate"
    )
    results = quickstart.run_quickstart(db, settings, respondents=3)
    names = [r.name for r in results]
    assert names.index("count") == names.index("simulate") + 1
    assert results[names.index("count")].detail == "3 calls"


def test_calls_list_and_show(cli):
    cli("console", "customer_feedback", "--phone", "+13125550111", input="yes\nnine\n")
    rows = json.loads(cli("calls", "list", "--json").stdout)
    assert len(rows) == 1 and rows[0]["contact"] == "******0111" and rows[0]["disposition"] == "break-off"
    assert rows[0]["turns"] == 5 and rows[0]["answers"] == 1
    r = cli("calls", "show", str(rows[0]["id"]), "--transcript")
    assert r.exit_code == 0 and "caller: nine" in r.stdout and "recommend" in r.stdout
    rec = json.loads(cli("calls", "show", str(rows[0]["id"]), "--json").stdout)
    assert rec["answers"][0]["value"] == 9 and rec["turns"][0]["role"] == "agent"
    assert cli("calls", "show", "999").exit_code == ExitCode.NOT_FOUND
    assert json.loads(cli("calls", "list", "--status", "in-progress", "--json").stdout) == []


def test_survey_run_via_console_and_simulate(cli):
    r = cli("survey", "run", "customer_feedback", "--via", "console", input="yes\n10\n")
    assert r.exit_code == 0 and r.stdout.startswith("agent: Hello")
    r = cli("survey", "run", "customer_feedback", "--via", "simulate", "--personas", str(PERSONAS), "-n", "2", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["sessions"] == 2
    assert cli("survey", "run", "customer_feedback", "--via", "fax").exit_code == ExitCode.USAGE
    assert cli("survey", "run", "customer_feedback", "--via", "simulate").exit_code == ExitCode.USAGE
    assert cli("survey", "run", "outbound_sales", "--via", "console", input="").exit_code == ExitCode.USAGE
