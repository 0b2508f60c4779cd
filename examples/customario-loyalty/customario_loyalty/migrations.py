"""The plug-in's own tables: one sqlite_utils.Migrations set, named after the plug-in, append-only."""

from sqlite_utils import Migrations

migrations = Migrations("loyalty")


@migrations()
def m001_points(db):
    db.executescript(
        """
        CREATE TABLE loyalty_points (
            id INTEGER PRIMARY KEY,
            e164 TEXT NOT NULL,
            points INTEGER NOT NULL,
            reason TEXT NOT NULL,
            call_id INTEGER UNIQUE REFERENCES calls(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX loyalty_points_e164 ON loyalty_points(e164);
        """
    )
