"""Survey answers understood by text and by voice, on the team's own corpus and the blind one (issue 11).

Every corpus item is played as a short interview against the survey policy (see
``benchmarks/answer_corpus.py``): typed, or spoken by espeak-ng in each caller variant
(``benchmarks/voice_variants.py``: 6 voices/speeds, clean 16 kHz and through an 8 kHz
300-3400 Hz telephone band with noise at 15 dB SNR) and recognised by the product's recogniser
(pocketsphinx in its worker process, with the language model the policy asks for: the question's,
or yes/no for a read-back). The simulated caller answers read-backs truthfully by voice too.

Per corpus and variant it prints: items, right, wrong stored as valid, confirmed (read back),
re-asked, and the turn latency p50/p90/p95 (recognition + policy + first TTS audio, milliseconds; the
wait for end of speech comes on top, see bench_voice_latency.py). Targets: text >= 98 % right and
0 wrong; voice >= 90 % right and <= 1 % wrong on every variant.

    python3 benchmarks/bench_answers.py                          # text, every corpus
    python3 benchmarks/bench_answers.py --misses --no-readback   # + what is missed, + the parser alone
    python3 benchmarks/bench_answers.py --voice --limit 60       # + voice, 60 items per corpus, all variants
    python3 benchmarks/bench_answers.py --voice --variants us-m3-150,us-m3-150-phone --json
    python3 benchmarks/bench_answers.py --voice --keypad --limit 60   # + rows 'VARIANT +keypad'

Voice rows are phone calls: after a spoken answer that was not understood, the agent offers the
keypad; in the voice rows the caller keeps talking (says the answer again), in the '+keypad' rows
they type a value answer to a keypad question after that first failed attempt ('keyed' counts
them). The two are printed as separate rows and never merged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from answer_corpus import load_corpus, run_item, summarise, text_hearing  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "own": ROOT / "tests/corpus/answers/own.yaml",
    "blind": ROOT / "tests/corpus/answers/blind/utterances.yaml",
    # blind2 and blind3 were written by people who had not seen the parser and were held out until
    # the end of 2 December 2026 (their first-contact figures are in docs/conversations.md); since
    # then they are development corpora like own and blind: every miss is read.
    "blind2": ROOT / "tests/corpus/answers/blind2/utterances.yaml",
    "blind3": ROOT / "tests/corpus/answers/blind3/utterances.yaml",
    # The fourth (two new surveys, car_service and library_visit), written by a helper who never
    # read the parser, landed on 2 December 2026 after blind2 and blind3 became development corpora.
    "blind4": ROOT / "tests/corpus/answers/blind4/utterances.yaml",
    # The fifth (moving_company, dental_office), written by a helper who never read the parser,
    # after every rule of the 2 December afternoon had landed: its first contact is the honest figure.
    "blind5": ROOT / "tests/corpus/answers/blind5/utterances.yaml",
    # The sixth (vet_clinic, solar_install), written by a helper asked for regional idioms, stories,
    # sarcasm and numbers that are not the answer, after blind4/blind5 became development corpora.
    "blind6": ROOT / "tests/corpus/answers/blind6/utterances.yaml",
    # Written on 3 December by a helper who never read the parser; held out until the morning of
    # 3 December 2026 (first contact 84.1 %), a development corpus since.
    "blind7": ROOT / "tests/corpus/answers/blind7/utterances.yaml",
    # dental_followup and meal_kit (462 lines, today = Thu 2026-12-10), written on the morning of
    # 3 December by a helper who never read the parser; held out until the morning of 3 December
    # 2026 (first contact 88.3 %, 10 wrong), a development corpus since.
    "blind8": ROOT / "tests/corpus/answers/blind8/utterances.yaml",
    # hotel_stay and outpatient_visit (415 lines, today = Thu 2026-12-17), written on the morning
    # of 3 December by a helper who never read the parser; held out until the morning of 3 December
    # 2026 (first contact 94.5 %, 4 wrong, with the blind8 rules), a development corpus since.
    "blind9": ROOT / "tests/corpus/answers/blind9/utterances.yaml",
    # pharmacy_visit and waste_collection (463 lines, today = Fri 2026-12-18), written on 3 December
    # ~08:35 UTC by a helper who never read the parser; held out until 11:12 UTC on 3 December, a
    # development corpus since.
    "blind10": ROOT / "tests/corpus/answers/blind10/utterances.yaml",
    # driving_school and housing_repair (448 lines, today = Mon 2027-01-11), written on 3 December
    # ~09:40 UTC by a helper who never read the parser, after the blind8/9/10 rules; held out until
    # 11:12 UTC on 3 December, a development corpus since.
    "blind11": ROOT / "tests/corpus/answers/blind11/utterances.yaml",
    # bike_share and tax_prep (479 lines, today = Tue 2027-03-16), written on 3 December ~11:15 UTC
    # by a helper who never read the parser; held out until 15:05 UTC on 3 December, a development
    # corpus since.
    "blind12": ROOT / "tests/corpus/answers/blind12/utterances.yaml",
    # home_insurance_claim and concert_venue (491 lines, today = Sat 2027-10-30), written on
    # 3 December ~15:05 UTC by a helper who never read the parser; held out until 18:10 UTC on
    # 3 December, a development corpus since.
    "blind13": ROOT / "tests/corpus/answers/blind13/utterances.yaml",
    # airline_trip and daycare_center (540 lines, today = Tue 2028-03-14), written on 3 December
    # ~18:05 UTC by a helper who never read the parser; held out until 21:05 UTC on 3 December 2026,
    # a development corpus since.
    "blind14": ROOT / "tests/corpus/answers/blind14/utterances.yaml",
    # pest_control and language_school (550 lines, today = Thu 2029-01-04), written on 3 December
    # ~20:55 UTC by a helper who never read the parser; held out until 01:50 UTC on 4 December 2026,
    # a development corpus since.
    "blind15": ROOT / "tests/corpus/answers/blind15/utterances.yaml",
    # coworking_space and event_photography (566 lines, today = Tue 2029-03-13), written on
    # 4 December ~01:45 UTC by a helper who never read the parser; held out until 04:50 UTC on
    # 4 December 2026, a development corpus since.
    "blind16": ROOT / "tests/corpus/answers/blind16/utterances.yaml",
    # parks_programs and roofing_job (539 lines, today = Thu 2031-10-16), written on 4 December
    # ~05:00 UTC by a helper who never read the parser; held out until 09:20 UTC on 4 December 2026,
    # a development corpus since.
    "blind17": ROOT / "tests/corpus/answers/blind17/utterances.yaml",
    # blood_donation and used_car_sale (555 lines, today = Wed 2030-01-30), written on 4 December
    # ~05:00 UTC by another helper who never read the parser; a development corpus from the start
    # (first contact on 5fc90ba code: 508/555 = 91.5 % with 14 wrong).
    "blind18": ROOT / "tests/corpus/answers/blind18/utterances.yaml",
    # wedding_venue and piano_lessons (556 lines, today = Mon 2033-05-23), written on 4 December
    # ~09:00 UTC by a helper who never read the parser; held out until 12:10 UTC on 4 December 2026,
    # a development corpus since.
    "blind19": ROOT / "tests/corpus/answers/blind19/utterances.yaml",
    # farmers_market and home_cleaning (553 lines, today = Sat 2028-11-11), written on 4 December
    # ~09:00 UTC by another helper who never read the parser; a development corpus from the start
    # (first contact on 690df7e code: 519/553 = 93.9 % with 11 wrong).
    "blind20": ROOT / "tests/corpus/answers/blind20/utterances.yaml",
    # swimming_pool and furniture_delivery (579 lines, today = Thu 2031-03-13), written on
    # 4 December ~12:05 UTC by a helper who never read the parser; held out until 16:30 UTC on
    # 4 December 2026, a development corpus since.
    "blind21": ROOT / "tests/corpus/answers/blind21/utterances.yaml",
    # hearing_clinic and allotment_plot (562 lines, today = Mon 2029-07-02), written on 4 December
    # ~12:05 UTC by another helper who never read the parser; a development corpus from the start
    # (first contact on d0bd516 code: 523/562 = 93.1 % with 7 wrong).
    "blind22": ROOT / "tests/corpus/answers/blind22/utterances.yaml",
    # campground and laundromat (577 lines, today = Wed 2030-10-16), written on 4 December ~16:30 UTC by a
    # helper who never read the parser; held out until 19:10 UTC on 4 December 2026, a development
    # corpus since.
    "blind23": ROOT / "tests/corpus/answers/blind23/utterances.yaml",
    # ev_charging and tutoring_center (574 lines, today = Sat 2028-02-26), written on 4 December
    # ~16:30 UTC by another helper who never read the parser; a development corpus from the start
    # (first contact on 35a6f25 code: 533/574 = 92.9 % with 3 wrong).
    "blind24": ROOT / "tests/corpus/answers/blind24/utterances.yaml",
    # ferry_service and community_theater (590 lines, today = Mon 2029-03-05), written on 4 December
    # ~19:15 UTC by a helper who never read the parser; held out until 22:10 UTC on 4 December 2026,
    # a development corpus since.
    "blind25": ROOT / "tests/corpus/answers/blind25/utterances.yaml",
    # escape_room and optician_visit (576 lines, today = Thu 2027-11-25, US Thanksgiving), written on
    # 4 December ~19:15 UTC by another helper who never read the parser; a development corpus from the
    # start (first contact on 1656000 code: 538/576 = 93.4 % with 12 wrong).
    "blind26": ROOT / "tests/corpus/answers/blind26/utterances.yaml",
    # pet_grooming and food_bank (576 lines, today = Wed 2028-06-14), written on 4 December ~22:15 UTC
    # by a helper who never read the parser; held out until 01:00 UTC on 5 December 2026, a development
    # corpus since.
    "blind27": ROOT / "tests/corpus/answers/blind27/utterances.yaml",
    # coach_tour and plumbing_callout (586 lines, today = Sat 2027-10-30), written on 4 December
    # ~22:15 UTC by another helper who never read the parser; a development corpus from the start.
    "blind28": ROOT / "tests/corpus/answers/blind28/utterances.yaml",
    # ski_rental and evening_course (586 lines, today = Mon 2027-02-01), written on 5 December ~01:00
    # UTC by a helper who never read the parser; held out until 03:55 UTC on 5 December 2026, a
    # development corpus since.
    "blind29": ROOT / "tests/corpus/answers/blind29/utterances.yaml",
    # city_marathon and appliance_repair (576 lines, today = Thu 2028-11-23, US Thanksgiving), written
    # on 5 December ~01:00 UTC by another helper who never read the parser; a development corpus from
    # the start.
    "blind30": ROOT / "tests/corpus/answers/blind30/utterances.yaml",
    # storage_rental and bowling_league (586 lines, today = Fri 2027-12-31, New Year's Eve), written on
    # 5 December ~04:00 UTC by a helper who never read the parser; held out.
    "blind31": ROOT / "tests/corpus/answers/blind31/utterances.yaml",
    # home_alarm_install and taproom_tour (584 lines, today = Mon 2030-05-27, US Memorial Day), written
    # on 5 December ~04:00 UTC by another helper who never read the parser; a development corpus from
    # the start.
    "blind32": ROOT / "tests/corpus/answers/blind32/utterances.yaml",
    # pottery_class and breakdown_callout (581 lines, today = Tue 2028-02-29, a leap day), written on
    # 5 December ~07:00 UTC by a helper who never read the parser; held out.
    "blind33": ROOT / "tests/corpus/answers/blind33/utterances.yaml",
    # summer_camp and window_replacement (586 lines, today = Sun 2029-11-04, the day US daylight saving
    # time ends), written on 5 December ~07:00 UTC by another helper who never read the parser; a
    # development corpus from the start.
    "blind34": ROOT / "tests/corpus/answers/blind34/utterances.yaml",
    # dental_checkup and house_move (579 lines, today = Mon 2030-12-30, the week spans the new
    # year), written on 5 December ~10:00 UTC by a helper who never read the parser; held out until 13:00.
    "blind35": ROOT / "tests/corpus/answers/blind35/utterances.yaml",
    # library_use and solar_install (581 lines, today = Sat 2031-03-01, the day after February
    # ends in a common year), written on 5 December ~10:00 UTC by another helper who never read the
    # parser; a development corpus from the start.
    "blind36": ROOT / "tests/corpus/answers/blind36/utterances.yaml",
    # physio_course and fishing_charter (590 lines, today = Thu 2031-07-03, the day before the
    # US Independence Day), written on 5 December ~13:00 UTC by a helper who never read the parser;
    # held out until 21:55.
    "blind37": ROOT / "tests/corpus/answers/blind37/utterances.yaml",
    # music_festival and kitchen_remodel (586 lines, today = Sun 2031-10-26), written on
    # 5 December ~13:00 UTC by another helper who never read the parser; a development corpus from
    # the start.
    "blind38": ROOT / "tests/corpus/answers/blind38/utterances.yaml",
    # vineyard_tour and escape_room (592 lines, today = Tue 2031-12-30, between Christmas and the
    # new year), written on 5 December ~21:55 UTC by a helper who never read the parser; held out
    # until 6 December 00:55.
    "blind39": ROOT / "tests/corpus/answers/blind39/utterances.yaml",
    # balloon_flight and dog_kennel (585 lines, today = Wed 2032-02-11, in a leap year's February),
    # written on 5 December ~21:55 UTC by another helper who never read the parser; a development
    # corpus from the start.
    "blind40": ROOT / "tests/corpus/answers/blind40/utterances.yaml",
    # cookery_class and tree_surgery_job (589 lines, today = Mon 2032-05-31, the US Memorial Day),
    # written on 6 December ~00:55 UTC by a helper who never read the parser; held out until 6
    # December 03:55 UTC.
    "blind41": ROOT / "tests/corpus/answers/blind41/utterances.yaml",
    # gokart_session and carpet_cleaning (584 lines, today = Fri 2032-07-02, two days before the US
    # Independence Day), written on 6 December ~00:55 UTC by another helper who never read the
    # parser; a development corpus from the start.
    "blind42": ROOT / "tests/corpus/answers/blind42/utterances.yaml",
    # eyewear_fitting and parcel_delivery (598 lines, today = Mon 2032-09-06, the US Labor Day),
    # written on 6 December ~03:50 UTC by a helper who never read the parser; held out until 6
    # December 07:05 UTC.
    "blind43": ROOT / "tests/corpus/answers/blind43/utterances.yaml",
    # dog_training and cottage_stay (592 lines, today = Thu 2032-11-25, the US Thanksgiving Day),
    # written on 6 December ~03:50 UTC by another helper who never read the parser; a development
    # corpus from the start.
    "blind44": ROOT / "tests/corpus/answers/blind44/utterances.yaml",
    # season_ticket and branch_visit (583 lines, today = Wed 2032-03-17, St Patrick's Day), written on
    # 6 December ~07:05 UTC by a helper who never read the parser; held out until 6 December 10:10
    # UTC.
    "blind45": ROOT / "tests/corpus/answers/blind45/utterances.yaml",
    # cycle_hire and piano_lessons (578 lines, today = Tue 2032-12-28, between Christmas and New
    # Year), written on 6 December ~07:05 UTC by a helper who never read the parser; a development
    # corpus from the start.
    "blind46": ROOT / "tests/corpus/answers/blind46/utterances.yaml",
    # driving_lessons and wedding_venue (596 lines, today = Fri 2033-04-15, Good Friday), written on 6
    # December ~10:10 UTC by a helper who never read the parser; held out until 6 December 13:25 UTC.
    "blind47": ROOT / "tests/corpus/answers/blind47/utterances.yaml",
    # mattress_followup and garden_landscaping (580 lines, today = Mon 2032-07-05, the observed US
    # Independence Day), written on 6 December ~10:10 UTC by a helper who never read the parser; a
    # development corpus from the start.
    "blind48": ROOT / "tests/corpus/answers/blind48/utterances.yaml",
    # hearing_aid_followup and boiler_service (594 lines, today = Tue 2034-02-14, Valentine's Day),
    # written on 6 December ~13:25 UTC by a helper who never read the parser; held out until 6 December
    # ~16:25 UTC.
    "blind49": ROOT / "tests/corpus/answers/blind49/utterances.yaml",
    # gym_exit and festival_weekend (584 lines, today = Mon 2032-12-27, the UK's Christmas bank holiday
    # in lieu), written on 6 December ~13:25 UTC by a helper who never read the parser; a development
    # corpus from the start.
    "blind50": ROOT / "tests/corpus/answers/blind50/utterances.yaml",
    # pet_claim_followup and ski_school_week (577 lines, today = Thu 2033-09-22), written on 6 December
    # ~16:25 UTC by a helper who never read the parser; held out until 6 December ~19:20 UTC.
    "blind51": ROOT / "tests/corpus/answers/blind51/utterances.yaml",
    # loft_conversion and piano_tuning (592 lines, today = Thu 2031-11-06), written on 6 December
    # ~16:25 UTC by a helper who never read the parser; a development corpus from the start.
    "blind52": ROOT / "tests/corpus/answers/blind52/utterances.yaml",
    # house_move and swim_school (586 lines, today = Tue 2034-03-14), written on 6 December ~19:20 UTC
    # by a helper who never read the parser; held out until 6 December ~23:10 UTC.
    "blind53": ROOT / "tests/corpus/answers/blind53/utterances.yaml",
    # wedding_photos and allotment_members (575 lines, today = Sat 2032-06-19), written on 6 December
    # ~19:20 UTC by a helper who never read the parser; a development corpus from the start.
    "blind54": ROOT / "tests/corpus/answers/blind54/utterances.yaml",
    # driving_school and boiler_cover (587 lines, today = Thu 2033-10-27), written on 6 December
    # ~23:00 UTC by a helper who never read the parser; held out until 7 December ~02:30 UTC.
    "blind55": ROOT / "tests/corpus/answers/blind55/utterances.yaml",
    # cattery_stay and escape_room_group (579 lines, today = Tue 2035-05-08), written on 6 December
    # ~23:00 UTC by a helper who never read the parser; a development corpus from the start.
    "blind56": ROOT / "tests/corpus/answers/blind56/utterances.yaml",
    # dog_groom and solar_install (600 lines, today = Thu 2034-02-16), written on 7 December ~02:25 UTC by a
    # helper who never read the parser; held out until 7 December ~05:30 UTC.
    "blind57": ROOT / "tests/corpus/answers/blind57/utterances.yaml",
    # guitar_lessons and window_cleaning (589 lines, today = Tue 2036-03-04), written on 7 December ~02:25 UTC by
    # a helper who never read the parser; a development corpus from the start.
    "blind58": ROOT / "tests/corpus/answers/blind58/utterances.yaml",
    # carpark_season and dental_followup (592 lines, today = Wed 2037-05-13), written on 7 December ~05:30 UTC
    # by a helper who never read the parser; held out until 7 December ~08:40 UTC.
    "blind59": ROOT / "tests/corpus/answers/blind59/utterances.yaml",
    # tutoring_term and marina_berth (582 lines, today = Fri 2035-11-23), written on 7 December ~05:30 UTC by
    # a helper who never read the parser; a development corpus from the start.
    "blind60": ROOT / "tests/corpus/answers/blind60/utterances.yaml",
    # wedding_cake_ie and dog_walking_us (569 lines, today = Tue 2038-02-16), written on 7 December ~08:40 UTC
    # by a helper who never read the parser; held out until 7 December ~11:40 UTC.
    "blind61": ROOT / "tests/corpus/answers/blind61/utterances.yaml",
    # termite_inspection and paddle_rental (597 lines, today = Sat 2036-08-30), written on 7 December ~08:40 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind62": ROOT / "tests/corpus/answers/blind62/utterances.yaml",
    # braai_followup and lawn_first_month (589 lines, today = Thu 2039-05-26), written on 7 December ~11:40 UTC
    # by a helper who never read the parser; held out until 7 December ~14:40 UTC.
    "blind63": ROOT / "tests/corpus/answers/blind63/utterances.yaml",
    # snow_clearing and kilt_hire (597 lines, today = Wed 2038-11-24), written on 7 December ~11:40 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind64": ROOT / "tests/corpus/answers/blind64/utterances.yaml",
    # tadka_studio and keynote_tuning (591 lines, today = Fri 2040-03-16), written on 7 December ~14:40 UTC
    # by a helper who never read the parser; held out until 7 December ~17:30 UTC.
    "blind65": ROOT / "tests/corpus/answers/blind65/utterances.yaml",
    # kiwi_campervan and surf_camp_week (595 lines, today = Wed 2037-08-19), written on 7 December ~14:40 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind66": ROOT / "tests/corpus/answers/blind66/utterances.yaml",
    # safari_lodge and roof_repair (592 lines, today = Thu 2043-10-22), written on 7 December ~17:30 UTC
    # by a helper who never read the parser; held out until 7 December ~20:47 UTC.
    "blind67": ROOT / "tests/corpus/answers/blind67/utterances.yaml",
    # distillery_tour and daycare_first_month (589 lines, today = Mon 2042-06-09), written on 7 December ~17:30 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind68": ROOT / "tests/corpus/answers/blind68/utterances.yaml",
    # seagrape_guesthouse and bluebird_movers (578 lines, today = Tue 2044-03-15), written on 7 December ~20:40 UTC
    # by a helper who never read the parser; held out until 7 December ~23:55 UTC.
    "blind69": ROOT / "tests/corpus/answers/blind69/utterances.yaml",
    # cowork_first_month and driving_test_debrief (577 lines, today = Thu 2045-08-24), written on 7 December ~20:40 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind70": ROOT / "tests/corpus/answers/blind70/utterances.yaml",
    # mobile_money_agent and vet_visit_followup (576 lines, today = Fri 2046-05-11), written on 7 December ~23:45 UTC
    # by a helper who never read the parser; held out until 8 December ~03:05 UTC.
    "blind71": ROOT / "tests/corpus/answers/blind71/utterances.yaml",
    # car_workshop_service and laundry_pickup (576 lines, today = Mon 2047-01-14), written on 7 December ~23:45 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind72": ROOT / "tests/corpus/answers/blind72/utterances.yaml",
    # generator_repair and bulky_waste_collection (589 lines, today = Wed 2045-10-04), written on 8 December ~02:50 UTC
    # by a helper who never read the parser; held out.
    "blind73": ROOT / "tests/corpus/answers/blind73/utterances.yaml",
    # aircon_servicing and feed_store (580 lines, today = Sat 2048-03-21), written on 8 December ~02:50 UTC
    # by a helper who never read the parser; a development corpus from the start.
    "blind74": ROOT / "tests/corpus/answers/blind74/utterances.yaml",
}
# Held out: written by someone who had not seen the parser, and never used to tune it. Only their
# counts are read; --misses shows their items only when a wrong value was stored (a safety defect).
# blind4 and blind5 were held out until the evening of 2 December 2026 (first-contact figures in
# docs/conversations.md); since then they are development corpora. blind6 was held out until the
# night of 2-3 December 2026 (first contact 264/320 = 82.5 % with 10 wrong; 287/320 = 89.7 %, 0
# wrong after only its wrong items had been read); since then it is a development corpus. blind7 was
# held out until the morning of 3 December 2026 (first contact 84.1 %; 286/320 = 89.4 %, 0 wrong
# after only its wrong items had been read); since then it is a development corpus. blind8 and
# blind9 were held out until the morning of 3 December 2026 (first contact, from their README.md:
# blind8 408/462 = 88.3 % with 10 wrong; blind9 392/415 = 94.5 % with 4 wrong on main with the
# blind8 rules, 391/415 = 94.2 % with 5 wrong before them; 417/462 = 90.3 % and 397/415 = 95.7 %, 0
# wrong, after only their wrong items had been read); since then they are development corpora.
# blind10 (first contact 429/463 = 92.7 % with 12 wrong) and blind11 (first contact 399/448 = 89.1 %
# with 4 wrong) were held out until 11:12 UTC on 3 December 2026 (441/463 = 95.2 % and 403/448 =
# 90.0 %, 0 wrong, after only their wrong items had been read); since then they are development
# corpora. blind12 was held out until 15:05 UTC on 3 December 2026 (first contact 441/479 = 92.1 %
# with 12 wrong; 455/479 = 95.0 %, 2 wrong, after only its wrong items had been read); since then it
# is a development corpus. blind13 was held out until 18:10 UTC on 3 December 2026 (first contact
# 432/491 = 88.0 % with 16 wrong; 449/491 = 91.4 %, 0 wrong, after only its wrong items had been
# read); since then it is a development corpus. blind14 was held out until 21:05 UTC on 3 December
# 2026 (first contact 489/540 = 90.6 % with 10 wrong; 499/540 = 92.4 %, 0 wrong, after only its wrong
# items had been read); since then it is a development corpus. blind15 was held out until 01:50 UTC
# on 4 December 2026 (first contact 514/550 = 93.5 % with 8 wrong; 521/550 = 94.7 %, 5 wrong, after
# only its wrong items had been read); since then it is a development corpus (537/550 = 97.6 %, 0 wrong
# after its classes, docs/conversations.md#blind15-classes). blind16 was held out until 04:50 UTC on
# 4 December 2026 (first contact 521/566 = 92.0 % with 11 wrong; 532/566 = 94.0 %, 0 wrong, after
# only its wrong items had been read); since then it is a development corpus. blind17 was held out
# until 09:20 UTC on 4 December 2026 (first contact 510/539 = 94.6 % with 10 wrong; 519/539 = 96.3 %,
# 2 wrong, after only its wrong items had been read); since then it is a development corpus. blind19
# was held out until 12:10 UTC on 4 December 2026 (first contact 520/556 = 93.5 % with 13 wrong;
# 532/556 = 95.7 %, 1 wrong, after only its wrong items had been read); since then it is a
# development corpus. blind21 was held out until 16:30 UTC on 4 December 2026 (first contact 548/579 =
# 94.6 % with 8 wrong; 553/579 = 95.5 %, 1 wrong, after the stop's work and only its wrong items had
# been read); since then it is a development corpus. blind23 was held out until 19:10 UTC on 4 December
# 2026 (first contact 545/577 = 94.5 % with 4 wrong; 551/577 = 95.5 %, 0 wrong, after the stop's work
# and only its wrong items had been read); since then it is a development corpus. blind25 was held out
# until 22:10 UTC on 4 December 2026 (first contact 531/590 = 90.0 % with 14 wrong; 540/590 = 91.5 %,
# 4 wrong, after the stop's work and only its wrong items had been read); since then it is a
# development corpus. blind27 was held out until 01:00 UTC on 5 December 2026 (first contact 549/576 =
# 95.3 % with 2 wrong; 552/576 = 95.8 %, 0 wrong, after the stop's work and only its wrong items had
# been read); since then it is a development corpus. blind29 was held out until 03:55 UTC on 5 December
# 2026 (first contact 556/586 = 94.9 % with 2 wrong; 557/586 = 95.1 %, 1 wrong, after the stop's work
# and only its wrong items had been read); since then it is a development corpus. blind31 was held out
# until 07:00 UTC on 5 December 2026 (first contact 543/586 = 92.7 % with 8 wrong; 550/586 = 93.9 %,
# 1 wrong, after the stop's work and only its wrong items had been read); since then it is a
# development corpus. blind33 was held out until 10:00 UTC on 5 December 2026 (first contact
# 553/581 = 95.2 % with 2 wrong; 555/581 = 95.5 %, 0 wrong, after the stop's work and only its wrong
# items had been read); since then it is a development corpus. blind35 was held out until 13:00 UTC on
# 5 December 2026 (first contact 548/579 = 94.6 % with 3 wrong; 550/579 = 95.0 %, 0 wrong, after the
# stop's work and only its wrong items had been read); since then it is a development corpus. blind37
# was held out until 21:55 UTC on 5 December 2026 (first contact 559/590 = 94.7 % with 1 wrong;
# 560/590 = 94.9 %, 0 wrong, after the stop's work and only its wrong items had been read); since then
# it is a development corpus. blind39 was held out until 00:55 UTC on 6 December 2026 (first contact
# 537/592 = 90.7 % with 3 wrong; 541/592 = 91.4 %, 0 wrong, after the stop's work and only its wrong
# items had been read); since then it is a development corpus. blind41 was held out until 03:55 UTC on
# 6 December 2026 (first contact 561/589 = 95.2 % with 0 wrong; 565/589 = 95.9 %, 0 wrong, after the
# stop's work, nothing wrong to read); since then it is a development corpus. blind43 was held out until
# 07:05 UTC on 6 December 2026 (first contact 565/598 = 94.5 % with 6 wrong, 8 with the risk read-back
# off; 568/598 = 95.0 %, 2 wrong, after the stop's work and only its wrong items had been read); since
# then it is a development corpus. blind45 was held out until 10:10 UTC on 6 December 2026 (first contact
# 550/583 = 94.3 % with 2 wrong, 8 with the risk read-back off; 554/583 = 95.0 %, 0 wrong, after the
# stop's work and only its wrong items had been read); since then it is a development corpus. blind47 was
# held out until 13:25 UTC on 6 December 2026 (first contact 554/596 = 93.0 % with 7 wrong, 13 with the
# risk read-back off; 561/596 = 94.1 %, 0 wrong, after the stop's work and only its wrong items had
# been read); since then it is a development corpus. blind49 was held out until 16:25 UTC on 6 December
# 2026 (first contact 564/594 = 94.9 % with 8 wrong, 9 with the risk read-back off; 568/594 = 95.6 %,
# 5 wrong, 4 of them a closing-question convention conflict, after the stop's work and only its wrong
# items had been read); since then it is a development corpus. blind51 was held out until 19:20 UTC on
# 6 December 2026 (first contact 543/577 = 94.1 % with 2 wrong and 1 crash, 4 wrong and the crash with
# the risk read-back off; 546/577 = 94.6 %, 0 wrong, after the stop's work and only its wrong items had
# been read); since then it is a development corpus. blind53 was held out until 23:10 UTC on 6 December
# 2026 (first contact 550/586 = 93.9 % with 3 wrong, 9 with the risk read-back off; 552/586 = 94.2 %,
# 0 wrong, after the stop's work and only its wrong items had been read); since then it is a
# development corpus. blind55 was held out until 02:30 UTC on 7 December 2026 (first contact 573/587 =
# 97.6 % with 1 wrong, 1 with the risk read-back off; 574/587 = 97.8 %, 0 wrong, after the stop's work
# and only its wrong items had been read); since then it is a development corpus. blind57 was held out
# until 05:30 UTC on 7 December 2026 (first contact 569/600 = 94.8 % with 7 wrong, 11 with the risk
# read-back off; 574/600 = 95.7 %, 4 wrong, 3 of them the closing-question convention, after the
# stop's work and only its wrong items had been read); since then it is a development corpus. blind59
# was held out until 08:40 UTC on 7 December 2026 (first contact 567/592 = 95.8 % with 7 wrong, 10
# with the risk read-back off; 571/592 = 96.5 %, 4 wrong, all four conventions the corpora disagree
# on, after the stop's work and only its wrong items had been read); since then it is a development
# corpus. blind61 was held out until 11:40 UTC on 7 December 2026 (first contact 546/569 = 96.0 % with
# 5 wrong, 6 with the risk read-back off; 549/569 = 96.5 %, 2 wrong, both don't-know conventions,
# after the stop's work and only its wrong items had been read); since then it is a development
# corpus. blind63 was held out until 14:40 UTC on 7 December 2026 (first contact 547/589 = 92.9 % with
# 4 wrong, 10 with the risk read-back off; 554/589 = 94.1 %, 1 wrong, a conditional-yes convention,
# after the stop's work and only its wrong items had been read); since then it is a development
# corpus. blind65 was held out until 17:30 UTC on 7 December 2026 (first contact 578/591 = 97.8 % with
# 3 wrong, 5 with the risk read-back off; 581/591 = 98.3 %, 0 wrong, after the stop's work and only
# its wrong items had been read); since then it is a development corpus. blind67 was held out until
# 20:47 UTC on 7 December 2026 (first contact 557/592 = 94.1 % with 8 wrong, 11 with the risk read-back
# off; 568/592 = 95.9 %, 0 wrong, after the stop's work and only its wrong items had been read); since
# then it is a development corpus. blind69 was held out until 23:55 UTC on 7 December 2026 (first contact
# 560/578 = 96.9 % with 3 wrong, 5 with the risk read-back off; 562/578 = 97.2 %, 2 wrong, the decline
# convention, after the stop's work and only its wrong items had been read); since then it is a
# development corpus. blind71 was held out until 03:05 UTC on 8 December 2026 (first contact 541/576 =
# 93.9 % with 5 wrong, 6 with the risk read-back off; 545/576 = 94.6 %, 2 wrong, both don't-know
# conventions, after the stop's work and only its wrong items had been read); since then it is a
# development corpus.
HELD_OUT: set[str] = {"blind73"}


def voice_hearing(variant, recogniser, log=None, first_seed=0):
    """``hear(said, policy)`` for one caller variant: speak, recognise with the policy's phrases."""
    from customario.conversation.voice import again_said, expected_for_policy, forced_for_policy, reads_back
    from voice_variants import speak

    # Each item's audio depends only on the item and its turn (first_seed + turn): a change that
    # saves or adds a turn in one item must not change the noise of every later item.
    counter = {"n": first_seed}

    def hear(said: str, policy) -> tuple[str, float | None]:
        counter["n"] += 1
        pcm, rate = speak(said, variant, seed=counter["n"])
        phrases = expected_for_policy(policy)
        text, conf, _pid = recogniser.recognise_blocking(
            pcm.astype("<i2").tobytes(),
            rate,
            phrases,
            yes_no=reads_back(policy),
            again_said=again_said(policy),
            forced=forced_for_policy(policy),
        )
        if log is not None:
            log.append(
                {
                    "variant": variant.name,
                    "said": said,
                    "heard": text,
                    "confidence": conf,
                    "phase": getattr(policy, "phase", None),
                }
            )
        return text, conf

    return hear


def first_audio(text: str) -> None:
    """Synthesise the agent's first sentence (the TTS part of the turn latency)."""
    import re

    from customario.conversation.voice.tts import synthesize

    synthesize(re.split(r"(?<=[.?!])\s", text.strip())[0], 16000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus",
        default="own,blind,blind2,blind3,blind4,blind5,blind6,blind7,blind8,blind9,blind10,blind11,blind12,blind13,blind14,blind15,blind16,blind17,blind18,blind19,blind20,blind21,blind22,blind23,blind24,blind25,blind26,blind27,blind28,blind29,blind30,blind31,blind32,blind33,blind34,blind35,blind36,blind37,blind38,blind39,blind40,blind41,blind42,blind43,blind44,blind45,blind46,blind47,blind48,blind49,blind50,blind51,blind52,blind53,blind54,blind55,blind56,blind57,blind58,blind59,blind60,blind61,blind62,blind63,blind64,blind65,blind66,blind67,blind68,blind69,blind70,blind71,blind72,blind73,blind74",
        help="own, blind, blind2 ... blind72, blind73 (held out), blind74, comma-separated",
    )
    ap.add_argument("--voice", action="store_true", help="also run every voice variant")
    ap.add_argument("--variants", default="all", help="comma-separated variant names (see voice_variants.py)")
    ap.add_argument("--limit", type=int, default=None, help="voice: items per corpus (a fixed random sample)")
    ap.add_argument(
        "--keypad",
        action="store_true",
        help="voice: also rows 'VARIANT +keypad' where, after one failed spoken answer to a keypad "
        "question (nps, scale, number, yes/no, single or multi choice, date), the caller types it on the keypad",
    )
    ap.add_argument(
        "--keypad-only",
        action="store_true",
        help="voice: only the '+keypad' rows (implies --keypad); each row starts from a fresh recogniser, "
        "so they are the same as in a run with both",
    )
    ap.add_argument("--log", default=None, help="voice: write every recognition to this JSONL file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--misses",
        action="store_true",
        help="text: print every item not right (id, verdict, what was stored, the text) on stderr; "
        "for a held-out corpus only the wrong ones",
    )
    ap.add_argument(
        "--no-readback",
        action="store_true",
        help="text: also count what the parser alone stores with read-backs off (rows 'text, no read-back')",
    )
    ap.add_argument(
        "--risk",
        choices=("on", "off"),
        default=None,
        help="understanding.confirm_risky on or off for every survey (default: each survey's own setting)",
    )
    args = ap.parse_args()
    args.keypad = args.keypad or args.keypad_only
    overrides = {"confirm_risky": args.risk == "on"} if args.risk else None

    rows = []
    for name in [c.strip() for c in args.corpus.split(",") if c.strip()]:
        if not CORPORA[name].is_file():
            print(f"# {name}: {CORPORA[name].relative_to(ROOT)} not there, skipped", file=sys.stderr)
            continue
        items, surveys, today = load_corpus(CORPORA[name])
        started = time.perf_counter()
        verdicts = [run_item(i, surveys, today, text_hearing, understanding=overrides) for i in items]
        if args.no_readback:
            bare = [run_item(i, surveys, today, text_hearing, readback=False, understanding=overrides) for i in items]
            rows.append({"corpus": name, "variant": "text, no read-back", **summarise(bare), "seconds": None})
        if args.misses:
            for v in verdicts:
                if v.verdict != "right" and (name not in HELD_OUT or v.verdict == "wrong"):
                    print(
                        f"{name} {v.verdict:<8} {v.item['id']:<24} expect={v.item.get('expect')} "
                        f"stored={v.stored} text={v.item['text']!r}",
                        file=sys.stderr,
                    )
        rows.insert(
            len(rows) - (1 if args.no_readback else 0),
            {
                "corpus": name,
                "variant": "text",
                **summarise(verdicts),
                "seconds": round(time.perf_counter() - started, 1),
            },
        )
        if not args.voice:
            continue
        from customario.conversation.voice.stt import Recogniser
        from voice_variants import by_name

        spoken = [i for i in items if i.get("voice", True) is not False]
        if args.limit:
            spoken = random.Random(11).sample(spoken, min(args.limit, len(spoken)))
        rec = Recogniser()
        rec.start()
        log: list[dict] = []
        try:
            for variant in by_name(args.variants):
                # A phone call (the keypad is offered after a failed spoken answer); voice alone and
                # voice + keypad are separate rows, never merged.
                for keyed in (True,) if args.keypad_only else (False, True) if args.keypad else (False,):
                    if args.keypad:
                        # pocketsphinx's decoders carry state (cepstral mean) from one utterance to
                        # the next: both rows of a variant start from a fresh recogniser.
                        rec.close()
                        rec = Recogniser()
                        rec.start()
                    started = time.perf_counter()
                    verdicts = [
                        run_item(
                            i,
                            surveys,
                            today,
                            voice_hearing(variant, rec, log, 100 * k),
                            speak=first_audio,
                            keypad=keyed,
                            channel="phone",
                            understanding=overrides,
                        )
                        for k, i in enumerate(spoken)
                    ]
                    label = variant.name + (" +keypad" if keyed else "")
                    log += [
                        {
                            "variant": label,
                            "item": v.item["id"],
                            "verdict": v.verdict,
                            "stored": v.stored,
                            "heard": v.heard,
                            "confirmed": v.confirmed,
                            "keyed": v.keyed,
                        }
                        for v in verdicts
                    ]
                    rows.append(
                        {
                            "corpus": name,
                            "variant": label,
                            **summarise(verdicts),
                            "seconds": round(time.perf_counter() - started, 1),
                        }
                    )
                    print(f"# {name} {label} done", file=sys.stderr, flush=True)
        finally:
            rec.close()
        if args.log:
            with open(args.log, "a", encoding="utf-8") as fh:
                fh.writelines(json.dumps({"corpus": name, **e}, default=str) + "\n" for e in log)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(
        f"{'corpus':<8}{'variant':<24}{'n':>5}{'right':>14}{'wrong':>12}{'confirmed':>10}{'re-asked':>9}"
        f"{'keyed':>6}{'p50 ms':>8}{'p90 ms':>8}{'p95 ms':>8}"
    )
    for r in rows:
        right = f"{r['right']} ={r['right_pct']:>6.1f}%"
        wrong = f"{r['wrong']} ={r['wrong_pct']:>5.2f}%"
        keyed = r["keyed"] if r["variant"].endswith("+keypad") else "-"
        print(
            f"{r['corpus']:<8}{r['variant']:<24}{r['n']:>5}{right:>14}{wrong:>12}"
            f"{r['confirmed']:>10}{r['reasked']:>9}{keyed:>6}{r['turn_p50_ms'] or 0:>8.0f}"
            f"{r.get('turn_p90_ms') or 0:>8.0f}{r['turn_p95_ms'] or 0:>8.0f}"
        )
    print(
        "targets: text >= 98 % right, 0 wrong; voice >= 90 % right, <= 1 % wrong on every variant; "
        "turn latency here excludes the end-of-speech wait (bench_voice_latency.py measures end to end)"
    )


if __name__ == "__main__":
    main()
