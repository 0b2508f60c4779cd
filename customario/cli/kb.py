"""`customario kb add|list|show|search|edit|remove|import` — the knowledge base."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state

CampaignOpt = Annotated[
    Optional[str], typer.Option("--campaign", "-c", help="Campaign the article belongs to (default: every campaign).")
]
TagsOpt = Annotated[Optional[str], typer.Option("--tags", help="Comma-separated tags, e.g. 'price,colour'.")]
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Who makes the change (recorded in the history).")]
_COLUMNS = ["id", "campaign", "question", "answer", "tags", "source", "version", "updated_at"]


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Knowledge base: articles the agent answers from (SQLite FTS5).", no_args_is_help=True)

    @sub.command("add")
    def add(
        ctx: typer.Context,
        question: Annotated[str, typer.Argument(help="The question the article answers.")],
        answer: Annotated[str, typer.Argument(help="The answer the agent gives.")],
        tags: TagsOpt = None,
        campaign: CampaignOpt = None,
        by: ByOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Add an article (a question that already exists is refused: use kb edit).

        Example: `customario kb add "Do you do hair extensions?" "Yes, tape-in extensions from $350." --campaign salon_reception`
        """
        from customario.escalation.kb_articles import add_article
        from customario.render.tables import emit_record, status

        art = add_article(state(ctx).db, question, answer, tags=tags, campaign=campaign or "", by=by)
        status(f"Added article {art['id']}.")
        emit_record(art, "json" if json_ else "table")

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        campaign: CampaignOpt = None,
        source: Annotated[Optional[str], typer.Option("--source", help="imported, supervisor or manual.")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List articles, newest first.

        Example: `customario kb list --source supervisor --json`
        """
        from customario.escalation.kb_articles import list_articles
        from customario.render.tables import emit_rows

        rows = list_articles(state(ctx).db, campaign=campaign, source=source, limit=limit)
        emit_rows(rows, output_format(json_, nl, csv_), _COLUMNS)

    @sub.command("show")
    def show(
        ctx: typer.Context, article_id: Annotated[int, typer.Argument(help="Article id.")], json_: JsonOpt = False
    ) -> None:
        """Show an article with its source and version history.

        Example: `customario kb show 12 --json`
        """
        from customario.escalation.kb_articles import get_article
        from customario.render.tables import emit_record, emit_rows

        art = get_article(state(ctx).db, article_id)
        if json_:
            emit_record(art, "json")
            return
        versions = art.pop("versions")
        emit_record(art)
        typer.echo("")
        emit_rows(versions, "table", ["version", "change", "changed_by", "changed_at", "source_ref", "answer"])

    @sub.command("search")
    def search_(
        ctx: typer.Context,
        query: Annotated[str, typer.Argument(help="A question, as a caller would ask it.")],
        campaign: CampaignOpt = None,
        limit: Annotated[int, typer.Option("--limit", min=1, help="Hits to show.")] = 3,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """Search like the agent does: hits with a confidence (0-1); 'confident' means the agent answers,
        'suggestion' is the article it would offer back ("Are you asking about ...?") instead.

        Example: `customario kb search "what time do you open on saturday" --campaign salon_reception`
        """
        from customario.escalation.kb_suggest import suggestion
        from customario.escalation.knowledge import search
        from customario.render.tables import emit_rows, status

        result = search(state(ctx).db, query, campaign=campaign, limit=max(limit, 2))
        offered = suggestion(result)
        result.hits = result.hits[:limit]
        fmt = output_format(json_, nl, csv_)
        if fmt == "json":
            from customario.render.tables import to_json

            typer.echo(to_json({**result.to_dict(), "suggestion": offered}))
            return
        status(
            f"terms: {' '.join(result.terms) or '(none)'}; confident: {'yes' if result.confident else 'no'} "
            f"(threshold {result.threshold})" + (f"; would ask: {offered['ask']}" if offered else "")
        )
        emit_rows(result.hits, fmt, ["id", "confidence", "question", "answer", "source", "matched"])

    @sub.command("edit")
    def edit(
        ctx: typer.Context,
        article_id: Annotated[int, typer.Argument(help="Article id.")],
        question: Annotated[Optional[str], typer.Option("--question", help="New question text.")] = None,
        answer: Annotated[Optional[str], typer.Option("--answer", help="New answer text.")] = None,
        tags: TagsOpt = None,
        by: ByOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Change an article; the old text stays in its version history.

        Example: `customario kb edit 12 --answer "Yes, from $380 including the consultation."`
        """
        from customario.escalation.kb_articles import edit_article
        from customario.render.tables import emit_record, status

        art = edit_article(state(ctx).db, article_id, question=question, answer=answer, tags=tags, by=by)
        art.pop("versions", None)
        status(f"Article {art['id']} is at version {art['version']}.")
        emit_record(art, "json" if json_ else "table")

    @sub.command("remove")
    def remove(
        ctx: typer.Context, article_id: Annotated[int, typer.Argument(help="Article id.")], by: ByOpt = None
    ) -> None:
        """Remove an article (its history stays; `kb show` still finds nothing afterwards).

        Example: `customario kb remove 12`
        """
        from customario.escalation.kb_articles import remove_article
        from customario.render.tables import status

        art = remove_article(state(ctx).db, article_id, by=by)
        status(f"Removed article {art['id']}: {art['question']}")

    @sub.command("import")
    def import_(
        ctx: typer.Context,
        file: Annotated[str, typer.Argument(help="Business profile YAML, or articles as YAML/JSON/CSV.")],
        campaign: CampaignOpt = None,
        by: ByOpt = None,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Import a business profile or an article list; duplicates are reported, not doubled.

        A file inside a campaign module folder belongs to that campaign unless --campaign says otherwise.

        Example: `customario kb import campaigns/salon_reception/knowledge/business_profile.yaml`
        """
        from customario.escalation.kb_import import default_scope, import_articles
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        if campaign:
            from customario.definitions.catalog import resolve_campaign

            resolve_campaign(st.db, campaign, st.settings.campaigns_dir, add=False)  # NotFoundError (exit 4)
        scope = campaign if campaign is not None else default_scope(file, st.settings.campaigns_dir)
        result = import_articles(st.db, file, campaign=scope, by=by, dry_run=dry_run, limit=limit)
        counts = {k: v for k, v in result.counts.items() if v}
        status(
            f"{'Dry run: ' if dry_run else ''}{result.kind} {file} into {scope or 'every campaign'}: "
            + ", ".join(f"{v} {k}" for k, v in counts.items())
        )
        if json_:
            from customario.render.tables import to_json

            typer.echo(
                to_json(
                    {
                        "file": result.file,
                        "campaign": result.campaign,
                        "kind": result.kind,
                        "counts": result.counts,
                        "rows": result.rows,
                    }
                )
            )
        else:
            emit_rows(result.rows, "table", ["id", "outcome", "question", "detail"])

    sub.add_typer(_review_app(), name="review")
    app.add_typer(sub, name="kb")


def _review_app() -> typer.Typer:
    """`customario kb review ...`: the review queue of learned answers."""
    review = typer.Typer(
        help="Learned answers waiting for a person: approve, edit or reject (personal data found).",
        invoke_without_command=True,
    )

    @review.callback()
    def review_list(
        ctx: typer.Context,
        status_: Annotated[str, typer.Option("--status", help="pending, approved, rejected or all.")] = "pending",
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List answers waiting for review (with what personal data was found and the redacted text).

        Example: `customario kb review` then `customario kb review approve 3 --redacted --by ana`
        """
        if ctx.invoked_subcommand is not None:
            return
        from customario.escalation.learning import list_reviews
        from customario.render.tables import emit_rows

        rows = list_reviews(state(ctx).db, None if status_ == "all" else status_, limit)
        emit_rows(
            rows,
            output_format(json_, nl, csv_),
            None if json_ or nl else ["id", "status", "campaign", "question", "answer", "personal", "redacted_answer"],
        )

    @review.command("show")
    def review_show(
        ctx: typer.Context, review_id: Annotated[int, typer.Argument(help="Review entry id.")], json_: JsonOpt = False
    ) -> None:
        """Show one entry: the text, the redacted text and every finding.

        Example: `customario kb review show 3`
        """
        from customario.escalation.learning import get_review
        from customario.render.tables import emit_record

        emit_record(get_review(state(ctx).db, review_id), "json" if json_ else "table")

    @review.command("approve")
    def review_approve(
        ctx: typer.Context,
        review_id: Annotated[int, typer.Argument(help="Review entry id.")],
        by: Annotated[str, typer.Option("--by", help="Who approves (recorded).")],
        redacted: Annotated[
            bool, typer.Option("--redacted", help="Learn the redacted text ([name], [card], ...).")
        ] = False,
        question: Annotated[Optional[str], typer.Option("--question", help="Learn this question instead.")] = None,
        answer: Annotated[Optional[str], typer.Option("--answer", help="Learn this answer instead.")] = None,
        allow_personal: Annotated[
            bool, typer.Option("--allow-personal", help="What was found is not personal (e.g. a staff name).")
        ] = False,
        json_: JsonOpt = False,
    ) -> None:
        """Approve an answer into the knowledge base (as it is, redacted, or edited).

        Text that still holds personal data is refused unless --allow-personal.

        Example: `customario kb review approve 3 --answer "Yes, double charges are refunded within 5 days." --by ana`
        """
        from customario.escalation.learning import approve_review
        from customario.render.tables import emit_record, status

        r = approve_review(
            state(ctx).db,
            review_id,
            by=by,
            redacted=redacted,
            question=question,
            answer=answer,
            allow_personal=allow_personal,
        )
        status(f"Approved review entry {review_id}: knowledge-base article {r['article_id']}.")
        if json_:
            emit_record(r, "json")

    @review.command("edit")
    def review_edit(
        ctx: typer.Context,
        review_id: Annotated[int, typer.Argument(help="Review entry id.")],
        question: Annotated[Optional[str], typer.Option("--question", help="New question text.")] = None,
        answer: Annotated[Optional[str], typer.Option("--answer", help="New answer text.")] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Edit the text waiting for review (personal data is looked for again).

        Example: `customario kb review edit 3 --answer "Double charges are refunded within 5 business days."`
        """
        from customario.escalation.learning import edit_review
        from customario.render.tables import emit_record, status

        r = edit_review(state(ctx).db, review_id, question=question, answer=answer)
        status(f"Review entry {review_id} edited; personal data: {r['personal'] or 'none found'}.")
        if json_:
            emit_record(r, "json")

    @review.command("reject")
    def review_reject(
        ctx: typer.Context,
        review_id: Annotated[int, typer.Argument(help="Review entry id.")],
        by: ByOpt = None,
        reason: Annotated[Optional[str], typer.Option("--reason", help="Why (recorded).")] = None,
    ) -> None:
        """Reject an answer: it is never learned.

        Example: `customario kb review reject 3 --reason "only true for that caller"`
        """
        from customario.escalation.learning import reject_review
        from customario.render.tables import status

        reject_review(state(ctx).db, review_id, by=by or "reviewer", reason=reason)
        status(f"Rejected review entry {review_id}; nothing was learned.")

    @review.command("scan")
    def review_scan(
        ctx: typer.Context,
        by: ByOpt = None,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Look again for personal data in answers already learned; move those that hold any to review.

        For articles learned before the review queue existed or before the detector knew a pattern:
        each one found is taken out of the knowledge base (never read to a caller again) and waits
        here for a person. Articles a person approved through the review queue are left alone.

        Example: `customario kb review scan --dry-run` then `customario kb review scan --by ana`
        """
        from customario.escalation.learning import scan_learned
        from customario.render.tables import emit_rows, status

        rows = scan_learned(state(ctx).db, by=by or "scan", dry_run=dry_run, limit=limit)
        emit_rows(
            rows,
            output_format(json_, False, False),
            None if json_ else ["article_id", "review_id", "question", "personal"],
        )
        verb = "would move" if dry_run else "moved"
        status(f"{len(rows)} learned article(s) hold personal data; {verb} to review.")

    return review
