"""The class behind held-out kb blind36's one near miss answered (5 December 2026), on a made-up
tattoo studio's and spray-tan salon's phrasings: a wait before or after what follows a service
("how long do I have to wait before showering?") is not answered by the service's own length
("takes about 45 minutes"); "... wait until it's done?" still asks that length
(:func:`customario.escalation.kb_lag.other_duration`)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_lag import other_duration

TAN = "A full-body spray tan is $40 and takes about 45 minutes."


@pytest.mark.parametrize(
    "question",
    [
        "After the spray tan, how long do I have to wait before showering?",
        "how long should I wait after the tan before I go swimming?",
        "How many hours do we need to wait before washing it off?",
    ],
)
def test_a_wait_before_what_follows_is_not_the_service_length(question):
    assert other_duration(question, "service", TAN)


@pytest.mark.parametrize(
    "question",
    [
        "How long does the spray tan take?",
        "how long do I have to wait until the tan is done?",
        "How long is the spray tan appointment?",
    ],
)
def test_the_service_length_asked_is_answered(question):
    assert other_duration(question, "service", TAN) is None
