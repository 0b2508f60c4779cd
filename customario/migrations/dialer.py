"""Migrations for the dialer tables. Append-only."""

from sqlite_utils import Migrations

migrations = Migrations("customario.dialer")
