"""An airway sign told as a feeling ("my throat feels like it's closing up") is an emergency; a throat
"on fire" from spice is not (issue 11; :data:`customario.escalation.urgency_rules.EMERGENCY`). Own
phrasings on a noodle bar and a wings takeaway; read as urgent in blind27.
"""

from __future__ import annotations

from customario.escalation.urgency import assess_rules


def test_a_throat_that_feels_like_it_is_closing_is_an_emergency():
    line = "I had the sesame noodles from your noodle bar and my throat feels like it's tightening."
    assert assess_rules(line).level == "emergency", assess_rules(line)


def test_a_throat_on_fire_from_spice_is_not():
    line = "My throat feels like it's on fire after your hot wings, amazing, more please"
    assert assess_rules(line).level != "emergency", assess_rules(line)
