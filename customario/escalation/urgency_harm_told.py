"""The readers of harm told as a scene, a sign or a plight, in the order :mod:`customario.escalation.urgency`
asks them (issue 11; moved out of ``urgency._assess`` by s47urg so that the module stays readable).

:func:`told` runs on ``t``, the normalised, lower-case line with past clauses, questions and frames that
are not harm now set aside, and on ``whole``, the line before those were set aside (the readers of legal
threats, counsel and despair need the whole line). It returns the first reader's answer,
``("emergency" | "urgent", reason)``, or None. The order is the one ``urgency._assess`` had: the
emergency readers (``grave``) first, then the readers that may answer either level, then the urgent ones
(``hurt``): a line that tells two classes is read by the graver one. Each reader's module names its class
and where its rule comes from.
"""

from __future__ import annotations

from customario.escalation import urgency_abuse as abuse
from customario.escalation import urgency_afloat as afloat
from customario.escalation import urgency_ailments as ailments
from customario.escalation import urgency_airway as airway
from customario.escalation import urgency_allergy as allergy
from customario.escalation import urgency_bleeding as bleeding
from customario.escalation import urgency_bodies as bodies
from customario.escalation import urgency_breaths as breaths
from customario.escalation import urgency_burning as burning
from customario.escalation import urgency_carried as carried
from customario.escalation import urgency_conductors as conductors
from customario.escalation import urgency_counsel as counsel
from customario.escalation import urgency_dangers as dangers
from customario.escalation import urgency_described as described
from customario.escalation import urgency_exposures as exposures
from customario.escalation import urgency_fire_seen as fire_seen
from customario.escalation import urgency_gas as gas
from customario.escalation import urgency_going_on as going_on
from customario.escalation import urgency_harm_now as harm_now
from customario.escalation import urgency_head as head
from customario.escalation import urgency_hearing as hearing
from customario.escalation import urgency_legal_aim as legal_aim
from customario.escalation import urgency_legal_started as legal_started
from customario.escalation import urgency_marks as marks
from customario.escalation import urgency_mishaps as mishaps
from customario.escalation import urgency_motionless as motionless
from customario.escalation import urgency_parts_hurt as parts_hurt
from customario.escalation import urgency_perils as perils
from customario.escalation import urgency_pets as pets
from customario.escalation import urgency_plights as plights
from customario.escalation import urgency_power_lines as power_lines
from customario.escalation import urgency_scenes as scenes
from customario.escalation import urgency_seen_signs as seen_signs
from customario.escalation import urgency_selfharm as selfharm
from customario.escalation import urgency_shocks as shocks
from customario.escalation import urgency_shut_in as shut_in
from customario.escalation import urgency_situations as situations
from customario.escalation import urgency_struck as struck
from customario.escalation import urgency_systemic as systemic
from customario.escalation import urgency_unfolding as unfolding
from customario.escalation import urgency_unseen_harm as unseen_harm
from customario.escalation import urgency_vitals as vitals
from customario.escalation import urgency_warnings as warnings
from customario.escalation import urgency_wet_electrics as wet_electrics
from customario.escalation import urgency_wild_animals as wild_animals


def told(t: str, whole: str, long_ago: bool) -> tuple[str, str] | None:
    """The first reader's ``(level, reason)`` for ``t`` (``whole`` for the readers that need the whole
    line), else None; ``long_ago``: the line tells a harm long ago (years back, or a month or more and over), so that a shock told with
    "seems fine now" is not raised (see :mod:`customario.escalation.urgency_shocks`)."""
    return (
        vitals.grave(t)
        or motionless.read(t)
        or breaths.grave(t)
        or shut_in.grave(t)
        or afloat.grave(t)
        or head.read(t)
        or bleeding.read(t)
        or airway.grave(t)
        or dangers.grave(t)
        or burning.grave(t)
        or fire_seen.grave(t)
        or wet_electrics.grave(t)
        or going_on.grave(t)
        or described.grave(t)
        or gas.grave(t)
        or wild_animals.grave(t)
        or harm_now.grave(t)
        or seen_signs.grave(t)
        or unseen_harm.grave(t)
        or unfolding.grave(t)
        or power_lines.grave(t)
        or struck.grave(t)
        or bodies.grave(t)
        or situations.grave(t)
        or plights.grave(t)
        or carried.grave(t)
        or systemic.grave(t)
        or systemic.after_shock(whole)
        or selfharm.means_asked(whole)
        or described.despair(whole)
        or warnings.read(t)
        or perils.read(t)
        or perils.still_under(whole)
        or mishaps.read(t)
        or struck.read(t)
        or exposures.read(t)
        or scenes.read(t)
        or bodies.hurt(t)
        or situations.hurt(t)
        or plights.hurt(t)
        or power_lines.hurt(t)
        or conductors.hurt(t)
        or wet_electrics.hurt(t)
        or marks.hurt(t)
        or shocks.hurt(t)
        # ... a shock told with its tingling is urgent when the caller says it seems fine now (s41urg,
        # blind31: "the amp gave me a shock through the mic, my arm was tingly, seems fine now")
        or (None if long_ago else shocks.hurt(whole))
        or hearing.hurt(t)
        or ailments.hurt(t)
        or harm_now.hurt(t)
        or parts_hurt.hurt(t, whole)
        or going_on.hurt(t)
        or described.hurt(t)
        or pets.hurt(t)
        or unseen_harm.hurt(t)
        or unfolding.hurt(t)
        or afloat.adrift(t)
        or abuse.hurt(t)
        or dangers.hurt(t)
        or perils.legal_threat(whole)
        or legal_aim.threat(whole)
        or mishaps.legal_intent(whole)
        or counsel.read(whole)
        or legal_started.read(whole)
        or allergy.taken_by_mistake(whole)
    )
