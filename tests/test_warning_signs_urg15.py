"""Suicide warning signs said beside a business request (issue 11; :mod:`customario.escalation.urgency_warnings`).

A strong sign (at a height or on a railway now, sitting with the means, being a burden: 988 Lifeline,
AFSP, Columbia C-SSRS preparatory behaviour) with a sign of another kind (a pet or children handed
over, the request made light of, drink, affairs in order) is an emergency. Own phrasings on an
optician, a removals firm, a wedding photographer, a florist, a dentist and a key-cutting kiosk; the
near misses are the same signs with an ordinary reason (a holiday, a hospital stay, traffic, a view,
a job on the roof) or a weak sign alone.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_warnings import read

EMERGENCY = [
    # at a height or on a railway, with a pet or children handed over
    "I'm sat on the railway line behind the florist's. Can somebody see that my cat gets fed? The key is under the mat.",
    "I'm on the edge of the cliff path above the beach. Please make sure someone walks my dog tomorrow, his lead is on the hook.",
    # ... with possessions given away or affairs left to others
    "Standing on the footbridge over the motorway. Could you pass my glasses prescription to my daughter, she'll need it to sort my things.",
    "I'm sitting on the bridge parapet. The removal van can go to my brother's, he can have everything.",
    # sitting with the means, with drink or the request made light of
    "I'm sat in the bath with a bottle of gin and a blade. Just wanted to ask if the florist delivers on Sunday, not that it matters.",
    "Lying here with my razor blades, can you cancel the dentist on Friday, it doesn't really matter now.",
    # a burden, with affairs in order
    "I'm a burden to everyone. I've sorted my will and the flat's in my name. Cancel the removals booking.",
    "I'd only be a burden to them now. Could someone take in my budgie? Cancel the wedding photographer as well.",
    # something left for someone, with a farewell at a near time (urgency_selfharm)
    "Can I buy one of your bouquets? I want to leave something for my daughter. I don't plan to be around after tonight.",
]
NORMAL = [
    # the same signs with an ordinary reason to be away or at the place
    "I'm going on holiday for a fortnight, could someone from the cattery make sure my cat gets fed?",
    "Please make sure the dog gets walked while I'm at my daughter's wedding in Leeds.",
    "I'm standing on the bridge by the optician's, which way to your shop from here?",
    "We're stood on the bridge at the end of the high street waiting for the removals van, where is it?",
    "I'm on the roof clearing the gutters, can you ring me back about the quote?",
    "I'm up on the cliff top at the café, could someone feed my cat, I'll be back tomorrow.",
    "I'm at the top of the car park, can someone let my dog out at home? I'm stuck in traffic.",
    "I'm on the roof terrace of the hotel with a bottle of gin, doesn't matter much, what time's breakfast?",
    "I'm sat on the harbour wall with a bottle of wine watching the sunset, not that it matters, are you open late?",
    # weak signs alone, or a means word that is a thing sold
    "Sitting here with my pills organiser, can you tell me if the chemist's open? Doesn't matter much.",
    "Doesn't matter much, but can the key-cutting kiosk hold my spare? My daughter will collect, the account's in my name.",
    "I'm sitting in the bath with a glass of wine, can you ring me back in ten minutes about the photo shoot?",
    "I'm sitting on the sea wall with a bottle of wine, lovely evening, can I book a table for eight?",
    "I've given my old sofa to my nephew, so can you cancel the removals van?",
    "Can I leave something for my daughter at the florist's counter? She'll collect it after work.",
    "I don't plan to be around after tonight, I fly to Spain in the morning, can I leave the keys for my sister?",
    "I'm a burden on my family with all these lifts, ha, can I book the optician nearest the bus?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_strong_warning_sign_with_another_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_ordinary_reasons_and_weak_signs_alone_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_reader_names_the_signs():
    found = read("i'm standing on the viaduct. could someone make sure my dog gets fed? the account's in my name.")
    assert found and found[0] == "emergency" and "at a height" in found[1] and "dependants" in found[1]
    assert read("i'm standing on the viaduct taking photos of the trains.") is None
