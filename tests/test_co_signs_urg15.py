"""Confusion said as "muddled" or "disorientated" is a sign of carbon monoxide beside a fuel-burning
appliance (issue 11; :mod:`customario.escalation.urgency_hazards`; NHS: CO poisoning symptoms include
tiredness and confusion). CO lines are in nineteen corpora; blind28 told it "sleepy and muddled". Own
phrasings on a holiday let, a canal boat and a church hall; being muddled *with* a manual or sick *of*
something is no sign.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "Gran's been drowsy and muddled since lunch in the holiday let, the gas heater's been on all day, can someone look at it?",
    "On the canal boat the stove's been going and my husband seems disorientated and sick, is that the fumes?",
]
NORMAL = [
    "I got muddled with the boiler manual at the church hall and honestly I'm sick of it, can you service it?",
    "Mum gets muddled with the heater remote in the holiday let, she's sleepy by nine anyway, can you fit a simpler one?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_confusion_and_another_sign_by_an_appliance_is_carbon_monoxide(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_muddled_with_a_thing_or_sick_of_it_is_no_sign(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
