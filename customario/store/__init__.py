"""The store: one SQLite file opened through :func:`customario.store.db.open_db`, its migrations, and live-call ownership."""
