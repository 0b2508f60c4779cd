"""Pydantic model of one simulated respondent in a personas file (see customario.conversation.simulate).

Checked at the edge: a name is text, ``weight`` a finite number from 0 to MAX_WEIGHT (0 switches a
persona off; at least one persona of a file needs a positive weight), ``traits`` a flat mapping of
words/numbers (or lists of them), ``answers`` a value or a non-empty pool of values per question
id, ``behaviours`` the known behaviours with the argument shape each needs, ``llm`` true/false.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt

from customario.limits import MAX_ABS_NUMBER, MAX_FIELD_CHARS, MAX_WEIGHT

Name = Annotated[str, Field(min_length=1, max_length=200)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_FIELD_CHARS)]
QuestionId = Annotated[str, Field(min_length=1, max_length=64)]
Number = Annotated[Union[StrictInt, StrictFloat], Field(ge=-MAX_ABS_NUMBER, le=MAX_ABS_NUMBER, allow_inf_nan=False)]
Value = Union[StrictBool, Number, Annotated[str, Field(max_length=MAX_FIELD_CHARS)]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False)


class OffScript(_Strict):
    """``off_script: {question: QID, say: "..."}``: says something else first at that question."""

    question: QuestionId
    say: Text | None = None


class Behaviours(_Strict):
    wrong_then_correct: QuestionId | None = None
    dont_know: QuestionId | None = None
    refuse: QuestionId | None = None
    off_script: QuestionId | OffScript | None = None
    opt_out: QuestionId | None = None  # a question id, or "start"
    hang_up_after: QuestionId | None = None
    refusal: StrictBool = False
    callback: Text | None = None


class PersonaModel(_Strict):
    name: Name
    weight: Annotated[Union[StrictInt, StrictFloat], Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)] = 1.0
    traits: dict[Name, Union[Value, Annotated[list[Value], Field(max_length=100)]]] = Field(default_factory=dict)
    answers: dict[QuestionId, Union[Value, Annotated[list[Value], Field(min_length=1, max_length=1000)]]] = Field(
        default_factory=dict
    )
    behaviours: Behaviours = Field(default_factory=Behaviours)
    llm: StrictBool = False


BEHAVIOUR_NAMES = tuple(Behaviours.model_fields)
QUESTION_BEHAVIOURS = ("wrong_then_correct", "dont_know", "refuse", "off_script", "opt_out", "hang_up_after")
