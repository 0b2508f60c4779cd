"""Core migration sets (see ``customario.store.db.CORE_MIGRATION_SETS``). Append-only: never edit an
applied migration; add a new function below the last one instead."""
