"""salon_reception: an inbound front desk that answers from the knowledge base and escalates the rest.

A plug-in like any third party's (:mod:`customario.api`). The business profile
(``knowledge/business_profile.yaml``) is imported into the knowledge base on the first call (or with
``customario kb import``). The offline dialogue policy lives in ``policy.py`` and is imported only
when a call starts.
"""

from importlib import resources

from customario.api import hookimpl

NAME = "salon_reception"


@hookimpl
def register_definitions(register):
    register(resources.files(__name__) / "salon_reception.yaml")


def _policy_factory(campaign, contact=None, ctx=None):
    from .policy import SalonPolicy

    return SalonPolicy(campaign, contact, ctx)


@hookimpl
def register_policies(register):
    register(NAME, _policy_factory)
