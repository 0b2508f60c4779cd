"""Migrations for the evaluation tables. Append-only."""

from sqlite_utils import Migrations

migrations = Migrations("customario.evaluation")
