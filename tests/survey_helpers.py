"""Helpers for the survey-answer tests: a survey policy from a YAML survey of the test's own, taken
through consent and given answers, and the values a turn recorded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Iterable


def survey_policy(tmp_path: Path, name: str, survey_yaml: str, answers: Iterable[str], now: datetime) -> Any:
    """A :class:`SurveyPolicy` for ``survey_yaml`` (written to ``tmp_path/<name>.yaml``) at the
    fixed time ``now``, after its opening, the caller's consent ("yes") and each of ``answers``."""
    from customario.definitions import load_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    path = tmp_path / f"{name}.yaml"
    path.write_text(survey_yaml, encoding="utf-8")
    policy = SurveyPolicy(load_definition(path), {"first_name": "Sam"}, now=lambda: now)
    policy.opening()
    policy.respond("yes")
    for said in answers:
        policy.respond(said)
    return policy


def answered_policy(tmp_path: Path, name: str, survey_yaml: str, answers: Iterable[str], now: datetime) -> Any:
    """A :class:`SurveyPolicy` for ``survey_yaml`` (a survey without a consent step, written to
    ``tmp_path/<name>.yaml``) in UTC at the fixed time ``now``, after its opening and each of
    ``answers``, every read-back confirmed with "yes"."""
    from customario.definitions import load_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    path = tmp_path / f"{name}.yaml"
    path.write_text(survey_yaml, encoding="utf-8")
    policy = SurveyPolicy(load_definition(path), {"first_name": "Sam"}, tz="UTC", now=lambda: now)
    policy.opening()
    for said in answers:
        policy.respond(said)
        if policy.phase == "confirm":
            policy.respond("yes")
    return policy


def policy_at(survey: dict, question_id: str, now: datetime, channel: str = "phone") -> Any:
    """A :class:`SurveyPolicy` for the survey definition ``survey`` (a dict), past its opening and
    asking ``question_id``, with the clock at ``now`` (UTC) on ``channel``."""
    from customario.definitions import parse_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    campaign = parse_definition(survey, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: now, channel=channel)
    policy.opening()
    policy._ask(campaign.question(question_id))
    return policy


def recorded(actions: Iterable[Any]) -> dict[str, Any]:
    """{question id: value} of the ``record_answer`` tool calls among ``actions``."""
    return {call["question_id"]: call["value"] for call in record_calls(actions)}


def record_calls(actions: Iterable[Any]) -> list[dict]:
    """The arguments of every ``record_answer`` tool call among ``actions``, in order."""
    from customario.dialogue.policy import CallTool

    return [a.arguments for a in actions if isinstance(a, CallTool) and a.name == "record_answer"]


def said(actions: Iterable[Any]) -> str:
    """Everything the agent says in ``actions``, joined by spaces."""
    from customario.dialogue.policy import Say

    return " ".join(a.text for a in actions if isinstance(a, Say))
