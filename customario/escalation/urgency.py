"""How urgent a caller's words are: ``emergency`` (danger to life now), ``urgent`` (an injury, burn
or reaction that is not life-threatening, a hazard, a legal threat) or ``normal`` (issue 11).

Words are matched by stem and phrase ("burning", "burned", "burnt"; "injured", "injury"; "can't
breathe"; "sue you", "my lawyer will") rather than as whole keywords, and figures of speech are
set aside first ("burning through my budget", "this deal is killing me", "a hair emergency",
"Sue from accounts", "my lawyer friend recommended you"). A medical emergency is told to call
emergency services before anything else (:data:`EMERGENCY_LINE`, 911 in the US, as emergency
services advise); the help request is urgent either way.

Beyond keywords (blind2 corpus, 3 December 2026): the line is normalised first (hedges such as
"kind of" / "a bit" dropped, so understatement reads plainly; dropped g's "wakin"; Scots "cannae";
voice-to-text renderings after "having a" ("sees your" = seizure); typos corrected with rapidfuzz
against a lexicon of the words that matter when WordNet does not know the typed word). Emergencies
are also read from symptoms without the textbook word (lips going blue, breathing funny, not
answering, on the floor, chest heavy, face drooping), from swallowed harm (button battery, relaxer,
bleach: poison-control advice treats these as emergencies before symptoms), from signs of shock
with an injury, systemic signs with an allergic reaction, a head knock or a shock (dizzy, confused,
vomiting), plain or regional fire words ("FIRE in the back room", "fire don catch the curtain",
"the pack's gone up") and self-harm said without the word. Clauses that are not about now are read
apart: hypothetical and ahead-of-time safety questions ("can bleach burn your scalp? asking before
I book"), false alarms ("thought it was on fire but ...") and events long over ("A&E last year",
"it healed"). "Urgent" about an appointment or an order is time pressure, not harm.

From blind2's former held half (3 December): a person not making sense / talking / moving, colour
looked at, loose stroke signs, noisy breathing, an overdose told as an amount, violence now (assault,
a threat of harm, hiding), puffiness and bulging by stem, heat and electrical smells, court / case /
claim threats; negated injuries ("nobody hurt") and surprise ("nearly fainted when she saw the bill")
are set aside. The word tables are in :mod:`customario.escalation.urgency_rules`.

From blind3 (development since 3 December 07:00): descriptions rather than keywords, read from the
lemmatised line sentence by sentence (a person in a state, signs by body system, reported threats,
self-harm as a plan or a place) in :mod:`customario.escalation.urgency_signs`; text-speak ("see u in
court") and Scots spellings ("swallied") are normalised first.

From blind4 (development since 3 December 08:40): readings by concept class rather than by word in
:mod:`customario.escalation.urgency_reading` — WordNet body parts, people, "wake" verbs, weapons
and medicines; self-harm cues counted; violence and hazards by combination; frames that are not
danger now (a negated hazard, a retraction, a film, a false alarm, "what happens if").

From blind5 (development since 3 December 11:12): self-harm by kinds of cue
(:mod:`customario.escalation.urgency_selfharm`), fire by cues together, smoke moving by WordNet
``verb.motion`` and carbon monoxide by its signs (:mod:`customario.escalation.urgency_hazards`),
injuries by a cause (:mod:`customario.escalation.urgency_injuries`), airway, cardiac and stroke
signs, violence told in the past tense with a WordNet person; and, as not harm now, a profession
named, a third party sued, a colour that bleeds, "fine since", and "urgent" with no harm word when
the caller says what it is about.

From blind6 (development since 3 December 15:05): a thing smoking now (WordNet artifact), smoke put
out by a thing, a broken gas pipe, a gas alarm with anyone unwell, self-injury done on purpose, a jump
from a height told of someone else; threats against the business by form
(:mod:`customario.escalation.urgency_threats`: a regulator, a judge, violence or damage by the
caller); and, as not harm now, a post "blown up" online, a correction after the alarming word, a
third party's lawsuit, drowning in what is not water, an alarm chirping for its battery, a thing
that collapsed, "used to", "how can I tell if". An injury the business caused stays urgent when told
after it is over (:func:`_caused_here`), unless the caller thanks the business or it is years old.

From blind7 (development since 3 December 18:10): figures read by the class of their object or
subject (:mod:`customario.escalation.urgency_idioms`: choking on prices, a machine "having a
seizure", a mood "melted", one's own look in a simile, a cigarette, fitting a part, a lawyer's advice
on paperwork); a rescue medicine already given (:data:`_RESCUE_GIVEN`) stays an emergency when the
person "seems better"; a fire already put out is a hazard (:mod:`customario.escalation.urgency_frames`);
farewell notes, an apology sent through a relative; a matter "settled in court", "lawyering up",
papers and a process opened against the business; "the kind of battery that swells?" is a question.

From blind8 (development since 3 December 21:05; 13 normal lines escalated): alarming words in
another sense and harms that are not happening (:mod:`customario.escalation.urgency_senses`: a
colour name, a computer's infection, "could kill myself for forgetting", "burning off energy", a
harm feared or prevented by a thing in a question, a long-standing condition), an old injury or a
scar, the business named only to be ruled out, a hospital stay for a recovery, a relative's own
court date; text-speak without vowels ("cnt breath") and a second state after "and" ("lips
tingling and swelling"). Stories, topics, denials and requests for next time
(:mod:`customario.escalation.urgency_stories`: another business, a story read or heard, "studying
poisons", "I didn't burn myself", "works in A&E", "don't burn my ends this time", "if it stings,
will you stop?", "burnt on that deal"), a month named, and "once" closing a clause date a clause.

From blind9 (development since 4 December 01:50; 12 normal lines escalated, 3 urgent ones called
emergencies): the scope of the alarming word (:mod:`customario.escalation.urgency_scope`: a symptom
denied, a threat disowned or aimed elsewhere or made as praise, an alarm withdrawn, a policy or a risk
asked about); an injury told as the reason for a request (:func:`urgency_stories.told_before`); a
local part gone blue after a knock; an arson threat by someone near; and, from ordinary survey turns,
"er" as a hesitation and "I'm not answering that" as a refusal.

From blind10 (4 December 03:00; 24 urgent or emergency lines taken for normal): dangers told as a
scene (:mod:`customario.escalation.urgency_perils`: a person in the water, a structure giving way
with someone on it, a cry for help, CO with symptoms, electrical hazards, pets, plain cuts, legal
threats that stand when the harm is over); treatment stopped and rowing out "not coming back" as
self-harm cues.

From blind12 (development from the start, 4 December 2026 05:00; 11 urgent or emergency lines taken
for normal) and blind10's last escalated normals: a fire spreading, a kill threat shouted by someone
near, gas smelt with someone unwell, an electrical part gone black or soft, legal action announced
in the first person (:mod:`customario.escalation.urgency_mishaps`); blows by any WordNet verb of
hitting, joints out and bones broken with the person as subject (:mod:`customario.escalation.urgency_injuries`);
an emergency told of an animal, or a blow with the person all right, is urgent; and, as not harm now,
scorched garments, muscles after exercise, set phrases of success and shock, a thing that slipped
with nobody in the sentence, a policy or a hospital asked about (:mod:`customario.escalation.urgency_asides`).
Text normalisation is in :mod:`customario.escalation.urgency_normalise`.

From blind14 (development from the start, 4 December 2026 09:00; 9 urgent or emergency lines taken
for normal): a person being attacked told in the passive, a person held against their will, a
person slumped in a vehicle, injuries told by what happened (a nail torn off, knees grazed, a door
shut on a head) in :mod:`customario.escalation.urgency_scenes`; a fire told by ellipsis ("the beam
has caught") and chimney-fire signs; exhaust piped into a vehicle; "sueing" and a lawyer named in
the caller's own language; a blow dealt by a thing that fell, or a faint the caller is all right
from now, is urgent unless the line holds another emergency. Everyday senses set aside (blind11, blind14; :mod:`customario.escalation.urgency_everyday`):
running on fumes, plaster as a material, tobacco smoke, a job named by its workplace, a harm as a
course's topic, a hospital stay that is over; and a lawyer in a question about a service, money
choked on, a hearth that draws, a question without its mark, "I could throttle X, they've ...".

From blind18 (development from the start, 4 December 2026 16:30; 10 urgent or emergency lines taken
for normal): dangers told as a situation around people (:mod:`customario.escalation.urgency_situations`:
a vehicle off the road with people aboard, a driver drunk or nodding off while driving, smoke in a
moving vehicle or after sparks, gas hissing by a flame, a person hanging from a height, a voice gone
hoarse with a swelling, a lip split or a fingertip cut off, a part shorting); a hand gripping the
chest; a wish not to wake and the means asked for by the weight it must bear
(:func:`urgency_selfharm.means_asked`); and, as not an emergency, a bleed that has stopped, a limp
walk, a thing "that collapsed", a tattoo "on fire" (a burning feeling); as not harm, a harm word
opening a WordNet compound ("blister packs"), "looks smoking hot", "a 911 situation" about an
errand, a standing allergy asked about, "nicked" for took, a pest poison as goods, a product's fumes
or a safety record asked about, "going to strangle" a relative over a booking, a machine named by a
compound ("the shower head is choking on limescale").

From blind20 (development from the start, 4 December 2026 19:15 UTC; 14 urgent or emergency lines
taken for normal by the rules) and the lines of blind15 and blind17 read at the wrong level: dangers
to life told by a person's plight (:mod:`customario.escalation.urgency_plights`: a head injury with
blood from an ear or not knowing where one is, a person shut in and heard, a structure come down on
people, holding on at a height, gone over the side into water, a driver who will not stop, an animal
holding on to a person, a weapon turned on people, a person down in fumes) and injuries told by what
happened (a sharp thing gone in, a cold injury, pain after a mishap, a skin gone red and blotchy);
a fire said plainly, a pan caught, a whole place going up; self-harm said as a thought at a height,
as not being alive to use a thing, or as walking into the sea; legal threats by the judge the
business will answer to, legal cover taking over, solicitors to be brought in; and, as less than an
emergency or not harm: beehives, a Porsche "911", a mouth on fire from spice, gym muscles "r on fire",
a glue gun, a foot on a hot floor, bleeding through a plaster, a fall with a minor outcome
(:func:`urgency_mishaps.reassured`), a legal team asking for a document.

From blind19 (development since 4 December 2026 22:10 UTC) and the lead's over-triage class: a
person struck by a thing or an animal is an injury, not an assault, and a vehicle gone over a person
is an emergency (:mod:`customario.escalation.urgency_struck`); breathing or a pulse not found, a
person barely responding, stopped shivering after cold (:mod:`customario.escalation.urgency_vitals`);
a person in contact with a power line, a live line down where people pass, wires hanging out thought
live (:mod:`customario.escalation.urgency_power_lines`); a limb that will not lift after a blow to it
and a small wound bleeding through a covering are urgent (:mod:`customario.escalation.urgency_caps`);
legal action through a lawyer in the family, and legal words that threaten nothing
(:mod:`customario.escalation.urgency_counsel`). From blind22 (development from its arrival, 4 December
~22:40 UTC): gas smelt by any word or spelling and a gas smell denied (:mod:`customario.escalation.urgency_gas`),
a dangerous animal loose near people (:mod:`customario.escalation.urgency_wild_animals`), people in the
water told by a tipped boat, an overdue rower or a sluice, a head knock told by a cracked helmet with a
red flag, someone swinging a thing at people, self-harm cues (the medicine cabinet taken at once, one's
own funeral "done" at a near time), and harm words said lightly (:mod:`customario.escalation.urgency_lightly`).
From blind21 and blind24 (development since 5 December 2026 01:00 UTC): dangers to life told as a
scene (:mod:`customario.escalation.urgency_dangers`: chest-deep in cold water, taking on water, buried
under loose material, something tightening round a neck, a venomous bite with signs through the body,
wide burns, a broken back after a fall, a thing in the trunk, a thing burning indoors with people
inside, a vehicle ridden off a height as a plan; electrics and water, a tooth broken) and harm words
in uses that are no harm now (:mod:`customario.escalation.urgency_uses`: prevention, a look wished
for, a plant "drowning", tobacco, burning by design).

From blind23 (development since 5 December 2026 03:55 UTC) read as classes seen across the corpora: a
harm a month or more back told with a recovery in any words ("three summers back, fully mended",
"last March ..., it cleared in a day") is over, and a harm said to be back or never gone ("it hasn't
gone away") is not (:mod:`customario.escalation.urgency_recovered`); an allergy named with a reaction
denied or made light is a condition, and the allergen taken by mistake is urgent before any sign
(:mod:`customario.escalation.urgency_allergy`); a person lying still, not stirring or not moved since
after a mishap is an emergency (:mod:`customario.escalation.urgency_motionless`); a made thing that
zaps, shocks or gives a person a jolt is an electric shock, urgent (:mod:`customario.escalation.urgency_shocks`).
From blind26 (development from its arrival, 5 December 2026 ~04:40 UTC): a blow to the head by any
verb with a red flag told (sick, repeated questions, memory lost, drowsy) is an emergency whatever
reassures beside it, and a flag denied ("not sick or dizzy") is no flag (:mod:`customario.escalation.urgency_head`);
bleeding that pressure does not stop, or blood soaking through, from a large wound is an emergency
(:mod:`customario.escalation.urgency_bleeding`); swallowing made hard in a reaction is an emergency and
lips or eyelids swollen with the breathing said to be fine are urgent (:mod:`customario.escalation.urgency_airway`).
From blind23 and blind26 read with the warning signs of the 988 Lifeline, AFSP and the Columbia scale
(5 December 2026): a caller at a height or on a railway, sitting with the means or calling themself a
burden, with a second sign (a pet or children handed over, the request made light of, drink, affairs
in order) is an emergency (:mod:`customario.escalation.urgency_warnings`); a small wound that keeps
bleeding is urgent (:func:`urgency_caps.capped`); a made thing burning now is a fire
(:mod:`customario.escalation.urgency_burning`); learner English is read as standard (:mod:`urgency_normalise`);
a person gone under water who has not come up, a threat of harm to a person said by someone near, a
blow to a side of the head or a cracked helmet with a red flag, and confusion by a fuel-burning
appliance are emergencies; muscles burning after exertion named by its WordNet kind, and harms asked
about ahead ("is it going to hurt?"), are no harm now.

From blind34 (development from its arrival, 5 December 2026 ~22:00 UTC) and blind31's last misses
(s41urg): breathing stopped or gasping, eyes rolling in a person who is down and a weight on the chest
told in a simile (:mod:`customario.escalation.urgency_breaths`); a person shut in a closed container or
inside a building being gassed (:mod:`customario.escalation.urgency_shut_in`); harms told flatly, each
urgent: a chemical in an eye, a wound gone infected, vomiting that goes on after food, a pet that ate
something toxic, a splinter in deep, a swollen battery (:mod:`customario.escalation.urgency_ailments`);
violence at home told flatly ("my husband hits me"; :mod:`customario.escalation.urgency_abuse`); and,
as no harm, a look, a picture, a player in form, a dish burnt, a video game, a war wound, a product's
fumes with nobody unwell (:mod:`customario.escalation.urgency_depicted`), and the caller's last
provider ("my last barber") as another business.

From blind33 (development since 6 December 2026 00:55 UTC) and blind36 (development from its arrival,
01:03 UTC), their rules-alone misses and false alarms read as classes (s42urg): an animal kept by
someone caught in a thing, carried off by water or hit by a vehicle is urgent, never an emergency
(:mod:`customario.escalation.urgency_pets`); a boat filling with people aboard, a person going under,
a young child missing by water and a person gone into a pit and not come up are emergencies, and
people adrift and unable to row back urgent (:mod:`customario.escalation.urgency_afloat`); a fire told
by what is seen (:mod:`customario.escalation.urgency_fire_seen`); a vehicle driven into people, a box
cutter waved, unequal pupils or "not talking" after a head knock, a fall with "my back's in bits",
skin "brought up in welts" by a chemical, "hearing from my legal people", an ear bleeding after a
noise, water running under a plug; and, as no harm now (:mod:`customario.escalation.urgency_quiet` and
the set-aside readers): "itching to", a siren as a sound, a pet's safety asked, a small incident
handled with nobody hurt, a fire put out days ago, a taste "burnt", an EpiPen asked after, "I'll shoot
myself if I hear that trumpet again", a part "on fire" after hours of a craft or in new boots, a
relative on a ward and mending, an injury in the 80s.

From blind38 (development from its arrival, 6 December 2026 ~04:00 UTC) and blind35 (development since
03:55), their misses in both modes and their false alarms read as classes (s43urg): legal action told as
under way or through a regulator (:mod:`customario.escalation.urgency_legal_started`, an inspector in
:mod:`customario.escalation.urgency_threats`); injuries told by a body part's state
(:mod:`customario.escalation.urgency_parts_hurt`); a farewell someone else sent, a fire starting or a thing
caught after smoke, a dangerous animal "out", some of a party buried, a frayed cable in water, the way out cut
off by smoke; an animal's trouble kept urgent when a vet or a working dog is named; and, as no harm, food
served cold or burnt, a task choked on as a habit, keys cut (:mod:`customario.escalation.urgency_errands`),
an injury the business caused said healed, a suit at the caller's own party by pronoun.

From blind37 (development since 6 December 2026 07:05 UTC) and blind40 (development from its arrival), their
rules-alone misses read as classes (s44urg): dangers and injuries told as going on
(:mod:`customario.escalation.urgency_going_on`), a bite or a nick bleeding past its coverings, "the other" party
of a scene, an animal's blow after a clause of its own, a tribunal named by its kind, a person motionless in
fumes; and, as no harm, the caller's own legal profession, an allergy given for the records, an injury told as
a notice after a school holiday, a tripped switch.

From blind39 (development since 6 December 2026 10:10 UTC) and blind40, their misses in both modes read as classes
(s45urg): dangers described (:mod:`customario.escalation.urgency_described`: a crowd crush, a person pinned against
a heavy thing, a crushed limb with shock, bone through the skin, nerve signs after a dive, smoke with the exit
locked), a person "taken" by the current, a wound told by its tool, a scratch gone hot and red, the matter handed
to a lawyer, and "a bit of blood" as an amount.

From blind41 and blind44 (s46urg): harm happening now told by what is seen (:mod:`customario.escalation.urgency_harm_now`:
a threat to kill by someone here, people under a vehicle, an overdose by mistake with signs) and an electrical
fault beside water (:mod:`customario.escalation.urgency_wet_electrics`). From held-out blind43: emergencies told by
the signs seen (:mod:`customario.escalation.urgency_seen_signs`).
From blind45, blind46, blind48 and blind50 (s49urg), their rules-alone misses read as classes in the shared
readers (the Irish English "after" perfect and regularised pasts in urgency_normalise, a body part with "the"
for its owner, a thing taken up with menace, a battery vehicle hissing, not wanting to be here any more, an animal
lame or straining; see docs, "urgency-s49urg"), and as no harm: "nicked" for stolen, a person melting in the
heat, a death past with its cause, an adrenaline pen carried, a fall made light of.
From blind52 (development from its arrival, 7 December 2026 02:25 UTC) and blind49 (s50urg), their misses in both
modes read as classes in the shared readers: a third party on a balcony railing saying goodbyes, weapons in the
plural held by a group trying to get in, a blurred sight since a blow, a summons foretold at the business's door,
an electrical part too hot to touch, a shock "given" after "has just", a live cable with water round it, a vehicle
gone into water with the driver strapped in, a diver gone still, someone going after a person with a thing; and,
as no harm or less: a seizure alert dog, a look "like it was hit by a bus", a colleague named by a legal
profession, bruises made light of with praise, "on fire about" a topic, the weather "scorching", garden waste
burnt, a fall with the child crying but talking, a stall named by a hyphenated animal ("hook-a-duck").
From blind54 (development from its arrival, 7 December 2026 05:30 UTC) and blind51 (s51urg), their misses in both
modes read as classes in the shared readers: "let go" at a high walkway with a strong cue, an alarm sounding with a
person still inside or not coming out (and a fire with animals no longer "an animal only" then), smoke spreading where
a crowd is, a part "still" swollen, a cut bleeding (a wound is no made thing), "bleeding some", a point "clean
through" a part, a fitting hanging by its wires and live within reach; and, as no harm: a plant strangling
"everything", a suit at a public body or "my landlord to the tribunal", a lawyer in the family while the business is
asked to send something, "can you be quick?", a thing's danger by hearsay beside a question, "something" read, a thing
slipped down the side of a seat, legs "dead" after a session that "killed me".
From blind56 (development from its arrival, 7 December 2026 08:40 UTC) and blind53 (s52urg), their misses in both
modes read as classes in the shared readers: a person under a wheel or a cart, caught between a heavy thing and a wall,
under the ice, on a railing or a footbridge saying they will jump; a trade's blade (WordNet "edge tool") held to a
person with menace, a limb a machine is still drawing in, a rider or a driver hurt beside an animal, a threat to burn a
place with the flame in hand, smoke with "we're all still inside"; an eye "puffed shut", a rash over a body part with
no owner said, Scots "ye", "tae", "ah'll", papers to be served, a claim being lodged; and, as no harm: "a little" before
a person kept as its size, a hyphenated "fire-" compound, hives as goods, a pouch for an EpiPen, fingers worked "to
the bone", a lawyer praising or needing copies, a trade knife named, a procedure's pain in a simile, a tattoo style.
From blind58 (development from its arrival, 7 December 2026 11:40 UTC; s53urg), its misses in both modes read as
classes in the shared readers: a name WordNet does not know before a plight ("Jamie's buried"), a structure coming
down as the caller speaks or with a person cut off behind it ("we can hear my grandad calling ... can't get to him"),
a jump said from a rail climbed onto or a scaffold, a fire running at what will feed it, an injunction or prosecution
threatened against the body that runs the business, a claim form filled in, a person stung or bitten by an animal;
and, as no harm: a gutter "choked" (blocked), a pacemaker with the chest as a place, the caller's own lawyer telling
the caller's duty or sending the caller to ask something.
From blind60 (development from its arrival, 7 December 2026 14:40 UTC) and blind58 (s54urg), as classes in the shared
readers: people counted as buried with the verb left out, a shark attacking a person still in the water (an agent noun
WordNet lacks, "kiter", is a person), an electrical part buzzing and hot to touch, a person hanging on a rope that frays,
weapons thrown at people, a thing "choking him"; and, as less or no harm: a garment "strangling" its wearer while a size
is asked, court papers sent to the caller's own party, a finger caught and bleeding with the child "okay, just crying",
dizzy "but talking and walking", "froze my fingers off", "nicked that name".
From blind66 (development from its arrival, 7 December 2026 23:45 UTC; s57urg), its misses in both modes read as
classes in the shared readers: a fight with things in hand "at each other", a person on a railway with a train coming,
a snapped or live cable grabbed and the current holding on, "gone all floppy", a claim named by its court closing an
ultimatum, "the lot of you" before a judge, a controller box crackling, a cell popping with a smell, a state of "it"
opening a list, fluid out of an ear or an eye with pain, a part ripped open after a possessive; and, as less or no harm:
a business "strangled", laughter "in stitches", "not choking", "nothing's happened" with a question, a key "cut me
another", a firm sued named by its trade while the business is asked for a paper, a food or a made thing gone floppy;
from blind63's false alarms, a knife made at a class, "on fire for" a pastime, an EpiPen in a bag, "burning with
curiosity", a candle burnt.
From blind68 (development from its arrival, 8 December 2026 ~02:50 UTC) and blind65 (s58urg), their rules-alone misses
read as classes in the shared readers: dropped h's and the Black Country negatives ("'e cor feel 'is legs", "'er ay
breathin'"), "-ish" on a wound's size, a rider gone under with the water unnamed, a person thrown into glass with blood,
a rechargeable thing gone puffy, ears hurting and ringing after bells, a kept animal's paw crushed or the animal cut
open, pins and needles that last, metal fume fever; and, as no harm or less: a hand "landed on" in a fall, a death in
hospital told as where it happened.
Pure functions; the supervisor tool (:func:`customario.escalation.help_requests.classify_priority`)
and the offline front-desk policies use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from customario.escalation import urgency_aftercare as aftercare
from customario.escalation import urgency_airway as airway
from customario.escalation import urgency_allergy as allergy
from customario.escalation import urgency_asides as asides
from customario.escalation import urgency_asked as asked
from customario.escalation import urgency_asked_after as asked_after
from customario.escalation import urgency_caused as caused
from customario.escalation import urgency_caps as caps
from customario.escalation import urgency_counsel as counsel
from customario.escalation import urgency_depicted as depicted
from customario.escalation import urgency_doers as doers
from customario.escalation import urgency_errands as errands
from customario.escalation import urgency_everyday as everyday
from customario.escalation import urgency_figures as figures
from customario.escalation import urgency_fire_sense as fire_sense
from customario.escalation import urgency_frames as frames
from customario.escalation import urgency_gas as gas
from customario.escalation import urgency_harm_told as harm_told
from customario.escalation import urgency_idioms as idioms
from customario.escalation import urgency_legal_aim as legal_aim
from customario.escalation import urgency_lightly as lightly
from customario.escalation import urgency_marks as marks
from customario.escalation import urgency_mishaps as mishaps
from customario.escalation import urgency_normalise as normalise
from customario.escalation import urgency_told_now as told_now
from customario.escalation import urgency_over as ended
from customario.escalation import urgency_quiet as quiet
from customario.escalation import urgency_plain as plain
from customario.escalation import urgency_pets as pets
from customario.escalation import urgency_reading as reading
from customario.escalation import urgency_recovered as recovered
from customario.escalation import urgency_rules as rules
from customario.escalation import urgency_scope as scope
from customario.escalation import urgency_senses as senses
from customario.escalation import urgency_stories as stories
from customario.escalation import urgency_signs as signs
from customario.escalation import urgency_model
from customario.escalation import urgency_threats as threats
from customario.escalation import urgency_titles as titles
from customario.escalation import urgency_uses as uses
from customario.escalation.urgency_rules import rx

# read apart before the rules (:mod:`customario.escalation.urgency_asked`); the old names kept for
# the modules and tests that cite them
_HYPOTHETICAL = asked.HYPOTHETICAL
_AHEAD = asked.AHEAD
_ADMIN_URGENCY = asked.ADMIN_URGENCY
_BARE = asked.BARE
_not_asked = asked.not_asked
_time_pressure = asked.time_pressure
# the business as the cause, a harm long ago, a rescue medicine (:mod:`customario.escalation.urgency_caused`)
_LONG_AGO = caused.LONG_AGO
_caused_here = caused.caused_here
_rescue_given = caused.rescue_given

EMERGENCY_LINE = "If this is an emergency, please hang up and call 911 (or your local emergency number) right now."


@dataclass(frozen=True)
class Urgency:
    """``level``: ``emergency``, ``urgent`` or ``normal``; ``reason``: the words that decided it."""

    level: str
    reason: str = ""

    @property
    def urgent(self) -> bool:
        return self.level in ("emergency", "urgent")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def _strip_names(text: str) -> str:
    """ "Sue" as a name ("Sue from accounts", "my friend Sue", "Hi, it's Sue") is not a threat."""
    text = re.sub(
        r"\b(?i:it'?s|this is|i'?m|i am|my name is|my name'?s|my (friend|sister|mom|mum|colleague|wife|boss)|ask|tell|with|for|and) Sue\b",
        " ",
        text,
    )
    # a first name with a surname after it ("Sue Patel") is a name, whatever comes before it
    text = re.sub(r"\bSue (?!(You|Your|Them|The|This|That|Him|Her)\b)[A-Z][a-z]+\b", " ", text)
    text = re.sub(r"^\s*Sue\b|\bSue (from|at|in|said|says|recommended|told|booked)\b", " ", text)
    # a possessive or the object of a preposition is a noun, so a name (urg15, blind25 and blind26: "I'll go
    # through Sue for the refund", "I'm going to Sue's birthday"); "to" is left out ("going to sue")
    text = re.sub(
        r"\bSue(?:'s|\u2019s)\b|\b(?i:through|via|by|from|about|like|than|thank|thanks|call|ring|phone|email|message|see|saw|met|meet|"
        r"dear|hi|hello|cheers|love|ta) Sue\b",
        " ",
        text,
    )
    # A name said mid-sentence before "collapsed" is a person, whatever WordNet makes of the word
    # ("and Sam's collapsed in there": "sam" is a missile, a made thing, and was read as a thing
    # giving way; "Tom has collapsed by the tills"); so is a name before a plight a person is in, which
    # WordNet does not know at all (s53urg, blind58: "a slide's come down, Jamie's buried")
    return re.sub(
        r"(?<=[a-z,;] )(?<!\b(?i:the|our|his|her|its) )(?<!\b(?i:a) )(?<!\b(?i:my) )(?<!\b(?i:an) )(?<!\b(?i:your|this|that) )(?<!\b(?i:their) )"
        r"[A-Z][a-z]+(?=(?:'s|\u2019s| has| had| just| is| was| been| got| still)* "
        r"(?:collapsed|collapsing|collapses|buried|half-buried|trapped|pinned|crushed)\b)",
        "someone",
        text,
    )


def _level(t: str) -> Urgency:
    t = lightly.set_aside(
        counsel.set_aside(
            everyday.set_aside(asides.set_aside(scope.set_aside(allergy.set_aside(aftercare.set_aside(t)))))
        )
    )
    for p in rules.FIGURES:
        t = rx(p).sub(" ", t)
    t = senses.chronic(stories.set_aside(senses.set_aside(idioms.set_aside(t))))
    t = _ADMIN_URGENCY.sub(" ", t)
    for p in rules.EMERGENCY:
        m = rx(p).search(t)
        if m:
            return Urgency("emergency", m.group(0))
    if reason := told_now.emergency(t):
        return Urgency("emergency", reason)
    m = rules.SWALLOWED.search(t)
    if m:
        return Urgency("emergency", m.group(0))
    sign = signs.read(t)
    if sign and sign[0] == "emergency":
        return Urgency(*sign)
    concept = reading.read(t)
    if concept and concept[0] == "emergency":
        return Urgency(*concept)
    said = plain.read(t)
    if said and said[0] == "emergency":
        return Urgency(*said)
    if rules.ALLERGY_WORDS.search(t) and (systemic := rules.SYSTEMIC.search(t) or rules.AIRWAY_SIGNS.search(t)):
        return Urgency("emergency", f"{rules.ALLERGY_WORDS.search(t).group(0)} with {systemic.group(0)}")
    if len(set(rules.SHOCK_SIGNS.findall(t))) >= 3:
        return Urgency("emergency", "signs of shock")
    for p in rules.URGENT:
        m = rx(p).search(t)
        if m and p in _BARE and _time_pressure(t):
            continue
        if m:
            if len(set(rules.SHOCK_SIGNS.findall(t))) >= 2:
                return Urgency("emergency", f"{m.group(0)} with signs of shock")
            if rules.HEAD_OR_SHOCK.search(t) and rules.SYSTEMIC.search(t):
                return Urgency("emergency", f"{m.group(0)} with {rules.SYSTEMIC.search(t).group(0)}")
            if rules.FIRE_WORDS.search(t) and rules.PEOPLE_INSIDE.search(t):
                return Urgency("emergency", f"{m.group(0)} with people inside")
            return Urgency("urgent", m.group(0))
    if reason := told_now.urgent(t):
        return Urgency("urgent", reason)
    sign = sign or concept or threats.read(t) or said
    if sign:
        return Urgency(*sign)
    return Urgency("normal")


def assess(text: str) -> Urgency:
    """How urgent ``text`` is (see the module docstring). Never raises.

    Hypothetical and safety questions ("can bleach burn your scalp?"), false alarms ("thought it was
    on fire but ...") and events long over ("A&E last year") are read without those clauses; a line
    whose emergency words sit only in such a clause is still ``urgent``, never ``normal``, so that a
    caller asking "what do I do if someone is choking?" reaches a person first. A blow told with the
    person all right ("a lump but she's talking fine") is ``urgent`` (:func:`urgency_mishaps.reassured`),
    and so is an emergency told of an animal (:func:`urgency_mishaps.animal_only`).

    A line the rules read as normal is raised to ``urgent`` when the trained model of
    :mod:`customario.escalation.urgency_model` reads it as urgent (never to emergency).
    """
    found = assess_rules(text)
    if found.level == "normal":
        p = urgency_model.raises(text)
        if p is not None:
            return Urgency("urgent", f"reads like the urgent lines callers wrote (model, p = {p:.2f})")
    return found


def assess_rules(text: str) -> Urgency:
    """:func:`assess` by the rules alone, without the trained model. Never raises."""
    found = _assess(text)
    if found.level == "emergency" and mishaps.reassured(found.reason, _clean(text)):
        # ... unless the line holds another emergency besides ("a tile fell and hit him, he's not breathing")
        said = normalise.normalise(text or "")
        if found.reason and found.reason in said and _assess(said.replace(found.reason, " ")).level == "emergency":
            return found
        return Urgency("urgent", f"{found.reason}, the person all right or hit by a thing")
    why = caps.capped(found.reason, _clean(text)) if found.level == "emergency" else None
    if why:
        # ... unless the line holds another emergency besides (see above)
        said = normalise.normalise(text or "")
        if not (
            found.reason and found.reason in said and _assess(said.replace(found.reason, " ")).level == "emergency"
        ):
            return Urgency("urgent", f"{found.reason}: {why}")
    if found.level == "emergency" and airway.lips_only(found.reason, normalise.normalise(text or "")):
        return Urgency("urgent", f"{found.reason}: the lips or eyelids, the breathing fine")
    if found.level == "emergency" and marks.minor_after_blow(found.reason, _clean(text)):
        # ... unless the line holds another emergency besides (see above)
        said = normalise.normalise(text or "")
        if not (found.reason in said and _assess(said.replace(found.reason, " ")).level == "emergency"):
            return Urgency("urgent", f"{found.reason}: a blow with a minor injury, over")
    if found.level == "emergency" and gas.all_well(found.reason, normalise.normalise(text or "")):
        return Urgency("urgent", f"{found.reason}: a gas smell, everyone well or out")
    if found.level == "emergency" and mishaps.animal_only(found.reason, _clean(text)):
        return Urgency("urgent", f"{found.reason}: an animal")
    if found.level == "emergency" and pets.animal_only(normalise.normalise((text or "").lower())):
        return Urgency("urgent", f"{found.reason}: an animal in trouble")
    return found


def _assess(text: str) -> Urgency:
    raw = _strip_names(titles.set_aside(text or ""))
    # (an ache told as a blow from a vehicle is a simile, read before "feels like" is normalised away: s48urg)
    t = normalise.normalise(figures.similes(rules.ON_FIRE_BODY.sub(r" \1 burning ", raw.lower().replace("’", "'"))))
    # legal words aimed at someone else while the business is asked to help (s39urg15)
    t = legal_aim.set_aside(t)
    # a look, a picture, a player in form, a dish, a game or a war (s41urg)
    t = depicted.set_aside(t)
    # eager words, a siren as a sound, a pet's safety asked, a small incident handled (s42urg)
    t = quiet.set_aside(t)
    # food come out cold, choking on a task as a habit, keys cut (s43urg)
    t = errands.set_aside(t)
    # a past event of another person asked after, news asked about (s47urg)
    t = asked_after.set_aside(t)
    # figures of speech told by the doer: an activity that "murdered me", a thing "on fire" in a game (s47urg)
    t = doers.set_aside(t)
    whole = t
    if _rescue_given(whole):
        return Urgency("emergency", "a rescue medicine given: the reaction can come back")
    t = uses.set_aside(lightly.set_aside(gas.set_aside(frames.not_now(ended.strip_over(fire_sense.set_aside(t))))))
    now = _level(_not_asked(t))
    if now.level == "normal" and not _AHEAD.search(t) and _level(t).level == "emergency":
        return Urgency("urgent", "emergency words in a question or a past event")
    # ... unless the caller thanks the business for its help: then it was handled at the time
    # ... or praise for how it was handled (urg15, blind21: "you were very kind, so we'd like to book")
    thanks = re.search(
        r"\b(thanks|thank you|cheers|grateful)\b|\b(you|your \w+|staff|they|everyone) (were|was) (very |so |really |ever so |absolutely )?"
        r"(kind|lovely|great|brilliant|amazing|helpful|wonderful|fantastic|good about it|good to (us|me|him|her))\b"
        r"|\blooked after (us|me|him|her|them) (so )?(well|brilliantly)\b",
        whole,
    )
    # ... or the injury is years old: context for a request, not a report
    # ... or a month or more back and said to be healed or gone (urgency_recovered)
    long_ago = _LONG_AGO.search(whole) or re.search(rf"\b({senses.OLD_HURT})\b", whole) or recovered.long_over(whole)
    # ... or said to have healed, and not back (s43urg, blind35: "I had a few blisters after my first session but
    # they healed fine", "nicked his hand on my roof rack ..., hope it healed")
    healed = re.search(r"\b(healed|cleared up|fully recovered|made a full recovery)\b", whole) and not (
        ended.BACK.search(whole) or recovered.back_now(whole)
    )
    if now.level == "normal" and _caused_here(whole) and not (_AHEAD.search(whole) or thanks or long_ago or healed):
        # ... read without what happened at another business ("my previous stylist scalded me, are your basins safe?")
        over = _level(_not_asked(frames.not_now(stories.here(whole))))
        if over.level != "normal":
            return Urgency("urgent", f"{over.reason}: an injury the business caused, over now")
    # blind10: dangers told as a scene and legal threats; they raise a normal line (an urgent one to emergency)
    if now.level != "emergency" and not _AHEAD.search(whole):
        found = harm_told.told(t, whole, bool(long_ago))
        if found and (now.level == "normal" or found[0] == "emergency"):
            return Urgency(*found)
    return now
