"""Campaign and survey definitions (YAML validated by pydantic).

Public API: :class:`Campaign`, :class:`Question`, :func:`load_definition`, :func:`parse_definition`,
:func:`render_template`, :func:`definition_hash`.
"""

from customario.definitions.models import (  # noqa: F401
    Campaign,
    Question,
    Choice,
    Criterion,
    QUESTION_TYPES,
    CONTACT_PLACEHOLDERS,
)
from customario.definitions.loader import (  # noqa: F401
    load_definition,
    parse_definition,
    definition_hash,
    canonical_json,
)
from customario.definitions.templates import render_template, placeholders_in  # noqa: F401
from customario.definitions.skip import compile_when, evaluate_when  # noqa: F401
