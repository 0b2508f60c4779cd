"""customario: an open toolkit for AI voice campaigns.

Importing this package is cheap on purpose: the CLI starts without livekit, anthropic or pandas.
"""

import sys as _sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils without letting it import pandas and numpy (~1.1 s on 2 cores).

    sqlite-utils imports both only to map their scalar types to column types when it creates
    tables from Python values; customario creates every table in SQL migrations and binds plain
    Python values, so nothing is lost. Modules that need pandas import it normally afterwards.
    """
    if "sqlite_utils" in _sys.modules:
        return
    blocked = [name for name in ("pandas", "numpy") if name not in _sys.modules]
    for name in blocked:
        _sys.modules[name] = None  # makes `import name` raise ImportError inside sqlite-utils
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if _sys.modules.get(name) is None:
                del _sys.modules[name]


_import_sqlite_utils_without_pandas()
