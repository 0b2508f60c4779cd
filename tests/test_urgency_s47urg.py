"""s47urg: classes of caller lines the urgency rules read wrongly, widened in the team's own phrasings
(never corpus lines): a person gone off a height into the water and not swimming, a boat carried
towards a weir without power, someone forced into a vehicle, a crowd crush, a pet provided for with a
farewell, a pet that ate something toxic named by a nickname or in learner English, a claim "put in",
hearing dulled after a gig, a gut infection tested for after a visit, a drink spiked; and lines that stay
normal: a legal profession as a job, a past event of another person asked after, news asked about,
figures of speech told by the doer, and near misses of each class. The shared vehicle word list is checked through both readers that use it."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    # a person gone off a height into the water and not swimming
    "A lad's just jumped off the quay, he's in the harbour and he isn't swimming",
    "my husband slipped off the jetty and he's in the lake face down",
    # a boat carried towards a weir without power
    "The river's pulling us towards the weir and the outboard's died",
    "we're drifting towards the rapids, we lost an oar and can't paddle back",
    # someone being forced into a vehicle now
    "There's a man trying to drag a girl into his van right outside your gym",
    "someone has just shoved my sister into a car in your car park",
    # a crowd crush with someone under it
    "Everyone surged forward, the railings gave way and people are trampling on a boy",
    "it's a crush by the stage, a woman's gone under and they're standing on her",
    # a pet provided for with a farewell (three weak cues of different kinds)
    "Please keep Pepper for me. I won't be coming back for her. The letters are written. Promise me she'll be looked after.",
    # vehicles from the shared list, in both readers
    "We skidded into the canal, the minibus is filling with water and the kids are inside",
    "The jeep rolled off the ramp and there's a man trapped under the jeep",
]
URGENT = [
    "Our staffie has wolfed a tray of raisin flapjacks",
    "my cat she eat the lily leaves this morning",
    "I've put a claim in through the money claims website, you'll get the court papers",
    "Since the festival my left ear's gone muffled and I can't hear properly out of it",
    "Four days after visiting your farm my son's poorly with diarrhoea and the test came back positive for E. coli",
    "Somebody spiked my drink at yours on Saturday, I ended up in A&E and I still feel groggy",
]
NORMAL = [
    # a swimmer who jumped off the pier for fun
    "We jumped off the pier into the sea last summer, such fun, are the tide times on your site?",
    # a weir asked about ahead
    "Is it safe to row near the weir? What happens if the engine cuts out?",
    # helping someone into a car, no force
    "Could someone help my dad into the car after his appointment? He's slow on his feet.",
    # a crush named without anyone under it
    "There was a bit of a crush at the bar on Saturday, could you put more staff on?",
    # going away with a pet in care
    "We're off to Portugal for a fortnight, I just need to know she'll be looked after",
    "I won't be coming back for him, I've found him a lovely new home, I know he'll be looked after",
    # a pet and a food asked about, and an insurance claim
    "Can my labrador have grapes as a treat?",
    "I've put a claim in with my insurer for the scratch on the bumper",
    # ringing alone after a gig, a hearing aid asked about
    "My ears were ringing after the gig, brilliant night, when's the next one?",
    "Is the show very loud? My son is deaf in one ear and wears a hearing aid",
    # a test asked about, spiking asked about
    "Do you test the petting barn for E. coli?",
    "How would I know if my drink was spiked?",
    # a legal profession as a job, the caller's own deal through a solicitor
    "My husband is a solicitor so he'll want it all in writing, can I see the contract first?",
    "I qualified as a barrister last month, can I book a table for ten to celebrate?",
    "I'm an employment lawyer and I work late, do you open after eight?",
    "My conveyancer says exchange has been pushed back a week, can you move the van booking?",
    # a past event of another person asked after, news asked about
    "A woman collapsed at your spin class on Tuesday, I was next to her. Is she okay? It really shook me.",
    "Did you hear about the crash on the bypass? Awful. Anyway, can I book a cut for Friday?",
    "Was there a fire at the depot yesterday? I saw it on the local news. Are deliveries still running?",
    # figures of speech told by the doer
    "That hill session absolutely murdered me, my legs are jelly, same time next week?",
    "All this homework is drowning me, can I move to the slower group?",
    "Scored 180 twice tonight, I was on fire, is there a darts league?",
    "The new red makes it look like my hair is on fire, love it",
    "My boss says he'll throttle the next person who leaves the fridge open",
]

STILL_RAISED = [
    # a lawyer in the family who acts, and the same in an ultimatum
    ("My sister is a solicitor and she says we have a strong case against you", "urgent"),
    ("My brother's a lawyer. One more delay and I'm handing him the file.", "urgent"),
    ("My solicitor says you're liable for the completion delay and we'll be claiming damages", "urgent"),
    # a lawyer in the family named as a job, with what that lawyer does about the business
    ("My aunt's a solicitor and she's already writing to your head office about the damage", "urgent"),
    ("My partner, who's a barrister, is putting together a claim over the broken ceiling", "urgent"),
    # a past event asked after, with a sign going on now; a faint of the caller's own child at the business
    ("Someone collapsed in reception last week, is she alright? She's still lying there now, not moving", "emergency"),
    ("My son fainted at your gym last week, is he ok to come back?", "urgent"),
    # a person on fire with no game, a burning felt, drowning told of a person
    ("my husband is on fire, his shirt caught on the barbecue", "emergency"),
    ("it feels like my scalp is on fire after the bleach", "urgent"),
    ("my son is drowning in the pool", "emergency"),
    # a person who will kill, the modal no doer
    ("my ex will kill me if he finds me here, he's outside", "emergency"),
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text: str) -> None:
    assert assess_rules(text).level == "emergency", text


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    assert assess_rules(text).level == "urgent", text


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text: str) -> None:
    assert assess_rules(text).level == "normal", text


@pytest.mark.parametrize(("text", "level"), STILL_RAISED)
def test_still_raised(text: str, level: str) -> None:
    assert assess_rules(text).level == level, text
