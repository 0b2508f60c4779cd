"""Urgency of caller lines by class (issue 11, deliverable 7): each rule with lines of the team's own
phrasing, and near misses in the other direction. None of these lines is in a corpus."""

import pytest

from customario.escalation.urgency import EMERGENCY_LINE, assess


@pytest.mark.parametrize(
    "text",
    [
        # understated airway, circulation and consciousness signs, no textbook word
        "my dad's lips have gone a bit purple and he's breathing really strangely",
        "she says her throat is getting tighter and she can hardly get any air",
        "my gran has gone grey and floppy in the chair and isn't responding to me",
        "the customer's face is drooping on one side and his words are not making sense",
        "he keeled over in the queue and isn't getting up",
        "her chest feels heavy and the pain is going down her left arm",
        # swallowed harm, symptoms or not yet
        "my toddler swallowed a magnet from the desk toy, he looks fine though",
        "my son got into the peroxide developer and drank it",
        # shock signs with a burn; systemic allergy signs without airway words
        "the iron burnt his whole arm and now he's clammy and pale",
        "after the nut oil treatment she's blotchy, dizzy and can't stand up",
        # fire and smoke said plainly, tersely or regionally
        "there's a fire in the stockroom",
        "the charger went up and the curtains are burning",
        "the smoke alarm is going off and smoke's coming under the door",
        "the power bank is burning and my kids are asleep upstairs inside",
        # voice-to-text and typos, regional English
        "my brother is having a seize your on the floor",
        "she's unconcious and not breathing",
        "he cannae breathe",
        "ma wee lassie's no wakin up",
        "he's on conscious after the shock",
        # self-harm without the word
        "honestly I don't want to be around anymore, I've got the tablets out",
        "I'm better off dead after all this",
        "I'm thinking of ending things",
        # systemic signs after a head knock or a shock; bleeding through a towel
        "she banged her head on the basin and now she's confused and being sick",
        "my husband got a zap from the PSU and he has a pacemaker",
        "the towel is soaked through with blood",
        "she needs her inhaler, the spray has set off an asthma attack",
        # blind2 whole (3 Dec): colour looked at, a person not making sense / not talking / not moving
        "my mum's lips look blue and she's not making sense",
        "my client isn't making sense",
        "grandad just fell over and he ain't talkin",
        "he ain't movin",
        # stroke signs said loosely; noisy breathing (stridor)
        "his face has gone all droopy on the left",
        "her words keep coming out jumbled",
        "my son is squeaking when he breathes after the spray",
        # an overdose told as an amount; a swallowed caustic in a non-native present tense
        "he took a whole packet of painkillers an hour ago",
        "my daughter drink the developer by mistake",
        # violence now: assault, a threat of harm, hiding, a head wound
        "a man came in and punched the stylist",
        "a customer just hit the cashier and he won't leave",
        "my boyfriend is going to hurt me, he's outside",
        "we've locked ourselves in the stockroom",
        "he's bleeding from the head after the fall",
        # a near faint that is not a figure of speech, with signs of shock
        "she nearly fainted in the chair and now she's pale, cold and shaking",
    ],
)
def test_emergencies_without_keywords(text):
    assert assess(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "the laptop back panel is lifting off and the battery has bulged",
        "the lithium pack in the parcel is hissing",
        "got a jolt off the metal case, my fingers are tingling",
        "our puppy chewed through the PSU cable and there's a scorch mark",
        "mark my words I'll see y'all in court",
        "my cousin's a barrister and she says expect a letter",
        "I've got a case against you and I'm taking it to court",
        "my scalp is still sore since the relaxer",
        "the straightener burnt my hand a few weeks ago and it's still weeping",
        # emergency words asked about: a person is reached first, not normal
        "if a client were to collapse, do you have first-aid staff?",
        "some bleach splashed into her eye",
        "the capacitor popped and there's a fishy smell from the PSU",
        "the stylist snipped my ear and I've got a plaster on it",
        # swelling and puffiness by stem and adverb ("swelled right up", "gone all puffy")
        "my eyelids swelled right up after the tint",
        "my laptop battery has gone all puffy",
        "the back of the tablet has started to bulge",
        # heat and electrical smells
        "the charger gets so hot I can't touch it",
        "there's a burnt plastic smell from the PSU",
        "the UPS smells of ozone",
        # legal threats said as court, a case or a claim against the shop
        "I will drag you to small claims",
        "I'm filing a case against your salon",
        "we'll settle this in consumer court",
        # negation and allergy guards leave the real harm in place
        "nobody was hurt but the socket is still smoking",
        "I'm allergic to PPD and my scalp is swelling, what should I do?",
        "she nearly fainted in the chair",
    ],
)
def test_urgent_without_keywords(text):
    assert assess(text).level == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # sarcasm and hyperbole, no harm
        "my bank account is on fire after that checkout",
        "this card is smoking the competition",
        "the team is on fire today, great cut",
        "I thought the case was smoking but it was just dust in the light, all good",
        # safety and hypothetical questions
        "if the battery ever starts to swell, what should I do with it?",
        "can hair dye burn sensitive skin? asking before I book",
        "could a cheap charger explode?",
        # events that are over
        "I had a reaction to dye last year so I'd like a patch test first",
        "my graphics card smoked a few years ago at another shop, so I want a good PSU",
        "the nick on my ear healed, can I book again?",
        # time pressure is not harm
        "please call me back, it's urgent, I need to reschedule my appointment",
        "my son has a fringe emergency before picture day",
        # legal and money words that are not threats
        "I'm doing a chargeback on the duplicate payment",
        "I'm a barrister and need an appointment before my hearing",
        "I'm going to court on Monday and need a trim",
        # misheard words only count in their frame
        "he sees your advert every day",
        "the office code is 000 something",
        "I cut my own bangs and regret it",
        # words that sound like harm but are not
        "I'm shocked at the price",
        "I got a shock when I saw the bill",
        "my PC has a virus infection",
        "my appointment fell on a Sunday",
        "can I get a drink of water, the dye smells strong",
        "my speakers crackle at high volume",
        "I ate before I came, what products do you use?",
        # near misses of the blind2-whole rules (3 Dec): the same words, no harm
        "will this lipstick make my lips look purple?",
        "will the toner make my hair look grey?",
        "your invoice isn't making sense",
        "my husband isn't talking to me since I bought the GPU",
        "my husband isn't moving the car, can you hold my slot",
        "my order isn't moving, the tracking is stuck",
        "my boss will kill me if the order is late",
        "the new price hit me hard",
        "the price rise hit my husband's business",
        "I locked myself out of my account",
        "I'm allergic to nickel, are the clips plated?",
        "my jacket has gone all puffy in the wash",
        "it's so hot in the shop I can't think",
        "the new monitor has that new plastic smell",
        "I'm taking my daughter to court for jury duty tomorrow",
        "I want to file a warranty claim for my SSD",
        "I need to open a support case for my order",
        "my rig is on fire today, new record in every benchmark",
        "the PSU tripped the fuse last month but nobody was hurt, I need a replacement",
        "she nearly fainted when she saw the bill",
        "urgent: please send the receipt for my reimbursement",
        "can I drink some water while the colour sets?",
        "my toddler drinks the smoothie while I get my hair done",
        "my nan isn't talking much these days, can she get a home visit?",
        "I need to file a claim against the courier for the lost parcel",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal", text


def test_an_emergency_comes_before_a_pending_booking(db):
    from customario.campaigns.salon_reception.policy import SalonPolicy
    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.policy import CallTool, Say

    policy = SalonPolicy(resolve_campaign(db, "salon_reception"))
    policy.opening()
    assert "book" in policy.respond("Can I book a colour for Friday?")[0].text.lower()
    actions = policy.respond("wait, my mum's lips are going blue and she's breathing funny")
    assert isinstance(actions[0], Say) and actions[0].text.startswith(EMERGENCY_LINE)
    call = next(a for a in actions if isinstance(a, CallTool))
    assert call.arguments["priority"] == "urgent" and "booking" not in call.arguments.get("tags", [])


def test_held_out_corpus_is_counted_and_its_misses_never_printed(tmp_path, monkeypatch, capsys):
    """A held-out corpus (blind3) gets a row; --misses prints the development corpora only."""
    import sys
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_urgency

    dev, held = tmp_path / "dev.yaml", tmp_path / "blind3.yaml"
    dev.write_text("lines:\n- {id: d1, text: 'what time do you open?', label: urgent}\n", encoding="utf-8")
    held.write_text("lines:\n- {id: h1, text: 'do you sell SSDs?', label: emergency}\n", encoding="utf-8")
    monkeypatch.setattr(bench_urgency, "CORPORA", {"own": dev, "blind3": held, "blind4": tmp_path / "absent.yaml"})
    monkeypatch.setattr(sys, "argv", ["bench_urgency.py", "--misses"])
    bench_urgency.main()
    out, err = capsys.readouterr()
    assert "what time do you open?" in err and "SSDs" not in err
    assert "blind3 (held out)" in out and "n=1" in out and "blind4" not in out
