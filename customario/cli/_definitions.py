"""Commands shared by `campaign` and `survey`: validate, add, list, show."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, JsonOpt, NlOpt, output_format, state


def add_definition_commands(sub: typer.Typer, noun: str, kind: str | None) -> None:
    """Attach validate/add/list/show to ``sub``; ``kind='survey'`` restricts them to surveys."""

    def _check_kind(campaign, where: str) -> None:
        if kind and campaign.kind != kind:
            from customario.errors import DefinitionError

            raise DefinitionError(
                f"{where} defines a {campaign.kind} campaign, not a {kind}",
                "Use `customario campaign ...` for it, or set `kind: survey`",
            )

    @sub.command("validate")
    def validate(
        ctx: typer.Context,
        files: Annotated[list[str], typer.Argument(help="Definition YAML files or module names.")],
        json_: JsonOpt = False,
    ) -> None:
        """Check definition files; print file:line:column and the fix for the first problem.

        Example: `customario campaign validate campaigns/customer_feedback/customer_feedback.yaml`
        """
        from customario.definitions.catalog import check_references, resolve_campaign
        from customario.definitions import definition_hash, load_definition
        from customario.definitions.disclosure import disclosure_warnings
        from customario.render.tables import emit_rows, status

        results = []
        for ref in files:
            if ref.endswith((".yaml", ".yml")) or Path(ref).exists() or "/" in ref:
                c = load_definition(ref)
                check_references(c, state(ctx).settings.campaigns_dir, ref)
            else:
                c = resolve_campaign(state(ctx).db, ref, state(ctx).settings.campaigns_dir, add=False).campaign
            _check_kind(c, ref)
            warnings = disclosure_warnings(c)
            for w in warnings:
                status(f"Warning: {w}.")
            results.append(
                {
                    "file": ref,
                    "name": c.name,
                    "kind": c.kind,
                    "questions": len(c.questions),
                    "hash": definition_hash(c)[:12],
                    "valid": True,
                    "warnings": len(warnings),
                }
                | ({"warning_text": warnings} if json_ else {})
            )
        emit_rows(results, "json" if json_ else "table")

    @sub.command("add")
    def add(
        ctx: typer.Context,
        refs: Annotated[list[str], typer.Argument(help="Definition YAML files or campaign module names.")],
        json_: JsonOpt = False,
    ) -> None:
        """Validate and store definitions; a changed file becomes a new version, an unchanged one is a no-op.

        Example: `customario campaign add campaigns/outbound_sales/outbound_sales.yaml`
        """
        from customario.definitions.catalog import add_campaign, check_references
        from customario.definitions import load_definition
        from customario.definitions.disclosure import disclosure_warnings
        from customario.plugins.manager import discover
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        files = discover(st.settings.campaigns_dir).definition_files()
        rows = []
        # Validate everything first, then store: a bad file in the list stores nothing.
        loaded = []
        for ref in refs:
            path = ref if ref.endswith((".yaml", ".yml")) or ref not in files else str(files[ref])
            c = load_definition(path)
            check_references(c, st.settings.campaigns_dir, path)
            _check_kind(c, ref)
            loaded.append((c, path))
        with st.db.atomic():
            for c, path in loaded:
                stored, created = add_campaign(st.db, c, path)
                rows.append({**stored.summary(), "created": created})
        for r in rows:
            status(f"{'Added' if r['created'] else 'Unchanged'}: {r['name']} version {r['version']}.")
        for c, _path in loaded:
            for w in disclosure_warnings(c):
                status(f"Warning: {w}.")
        if json_:
            emit_rows(rows, "json")

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        all_versions: Annotated[bool, typer.Option("--all-versions", help="Show every stored version.")] = False,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List stored definitions (latest version of each).

        Example: `customario campaign list --json`
        """
        from customario.definitions.catalog import list_campaigns
        from customario.render.tables import emit_rows

        rows = [s.summary() for s in list_campaigns(state(ctx).db, kind=kind, all_versions=all_versions)]
        emit_rows(
            rows,
            output_format(json_, nl, csv_),
            ["name", "version", "kind", "module", "questions", "hash", "created_at"],
        )

    @sub.command("show")
    def show(
        ctx: typer.Context,
        name: Annotated[str, typer.Argument(help="Campaign or survey name.")],
        version: Annotated[Optional[int], typer.Option("--version", help="A stored version (default: latest).")] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Show a stored definition (YAML-like text, or --json).

        Example: `customario campaign show customer_feedback --json`
        """
        from customario.definitions.catalog import get_campaign
        from customario.render.tables import to_json

        s = get_campaign(state(ctx).db, name, version)
        if kind and s.kind != kind:
            from customario.errors import NotFoundError

            raise NotFoundError(f"{name} is a {s.kind} campaign, not a {kind}", "Use `customario campaign show`")
        data = {**s.summary(), "definition": s.campaign.model_dump(mode="json")}
        if json_:
            typer.echo(to_json(data))
        else:
            from ruamel.yaml import YAML
            import sys

            y = YAML()
            y.default_flow_style = False
            y.dump(data, sys.stdout)
