"""Documented limits on what a user can hand customario (docs/exit-codes.md, "Input limits").

Every file, number and nesting level a user supplies is bounded, so a malformed or hostile input
ends in one ``Error:`` line instead of a crash, an endless read or silent overflow. Exceeding a
file limit is an InputDataError (exit 65); an out-of-range CLI number is a usage error (exit 2).
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB

# Files read whole into memory (definitions, personas, business profiles, KB lists, config).
MAX_YAML_BYTES = 1 * MIB  # definitions, personas, customario.yaml, YAML KB files (pure-Python parser)
MAX_KB_FILE_BYTES = 16 * MIB  # business profiles and KB article lists (YAML, JSON, CSV)
MAX_WAV_BYTES = 256 * MIB  # caller audio for `console --audio-in` (~2.3 h of 16 kHz mono)
MAX_INBOUND_BYTES = 10 * MIB  # one inbound SMS/e-mail payload

# Structure of YAML/JSON documents.
MAX_DEPTH = 32  # nesting of mappings/lists (a definition needs about 6)
MAX_NODES = 200_000  # values after expanding YAML aliases (billion-laughs guard)
MAX_FIELD_CHARS = 64 * KIB  # one CSV cell / one KB question or answer
MAX_KB_ARTICLES = 10_000  # articles in one knowledge-base import
MAX_WHEN_CHARS = 1_000  # one `when:` skip-logic expression
MAX_WHEN_DEPTH = 20  # nesting of a `when:` expression (and/or/not/brackets)

# Numbers.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # SQLite INTEGER; ids and counts on the CLI
MAX_CENTS = 100_000_000  # one payment or price: $1,000,000.00 in integer cents
MAX_ABS_NUMBER = 1e15  # any other number in a definition (scale/number min/max, weights)
MAX_DURATION_S = 366 * 86400  # any duration (back-off, timeouts): one year
MAX_WEIGHT = 1e6  # evaluation-criterion and persona weights
MAX_SCALE_POINTS = 100  # max - min of a scale question (0-100 is the widest scale)
