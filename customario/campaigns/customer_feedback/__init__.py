"""customer_feedback: a voice survey (NPS, satisfaction, open questions) with evaluation, payment and insights.

A plug-in that only ships its definition; everything else is the core survey machinery.
"""

from importlib import resources

from customario.api import hookimpl


@hookimpl
def register_definitions(register):
    register(resources.files(__name__) / "customer_feedback.yaml")
