"""Migrations for the supervisor tables. Append-only."""

from sqlite_utils import Migrations

migrations = Migrations("customario.supervisor")
