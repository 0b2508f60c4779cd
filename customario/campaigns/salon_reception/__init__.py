"""salon_reception: an inbound front desk that answers from the knowledge base and escalates the rest.

The business profile (``knowledge/business_profile.yaml``) is imported into the knowledge base on the first
call (or with ``customario kb import campaigns/salon_reception/knowledge/business_profile.yaml``). The offline
dialogue policy lives in ``policy.py`` and is imported only when a call starts.
"""


def _policy_factory(campaign, contact=None, ctx=None):
    from .policy import SalonPolicy

    return SalonPolicy(campaign, contact, ctx)


def register(r):
    r.policy(_policy_factory)
