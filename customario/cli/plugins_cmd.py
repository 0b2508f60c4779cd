"""`customario plugins`."""

from __future__ import annotations

import typer

from customario.cli._common import JsonOpt, state


def register(app: typer.Typer) -> None:
    @app.command("plugins")
    def plugins(ctx: typer.Context, json_: JsonOpt = False) -> None:
        """List campaign modules: where they come from, what they add, and any that are broken.

        Example: `customario plugins --json`
        """
        from customario.plugins.manager import discover
        from customario.render.tables import emit_rows

        registry = discover(state(ctx).settings.campaigns_dir)
        rows = [
            {
                "name": m.name,
                "source": m.source,
                "status": "broken" if m.error else "ok",
                "definitions": [p.name for p in m.definitions],
                "tools": len(m.tools),
                "cli": [n for n, _ in m.cli],
                "evaluators": sorted(m.evaluators),
                "migrations": getattr(m.migrations, "name", None),
                "error": m.error,
                "location": m.location,
            }
            for m in registry.modules
        ]
        emit_rows(rows, "json" if json_ else "table",
                  ["name", "source", "status", "definitions", "tools", "cli", "error"])
