"""Rendering for the CLI: tables, JSON, CSV, and insights as text or HTML."""
