"""Migrations for the evaluation tables: evaluations, payments (ledger), evaluation batches.

Append-only. Times are UTC ISO-8601 text, money integer cents, model cost integer micro-dollars
(millionths of a US dollar, an estimate: see ``customario.adapters.anthropic.estimate_cost``).
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.evaluation")


@migrations()
def m001_evaluations_payments_batches(db):
    db.executescript(
        """
        CREATE TABLE evaluation_batches (
            id INTEGER PRIMARY KEY,
            provider_batch_id TEXT NOT NULL UNIQUE,   -- Message Batches id (msgbatch_...)
            campaign TEXT,
            evaluator TEXT NOT NULL,
            model TEXT,
            request_count INTEGER NOT NULL,
            processing_status TEXT NOT NULL,          -- in_progress | canceling | ended
            counts TEXT NOT NULL DEFAULT '{}',        -- JSON: succeeded, errored, expired, canceled, processing
            collected_at TEXT,                        -- set once results were matched
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE evaluations (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            campaign TEXT,
            rubric_version TEXT NOT NULL,             -- hash of the campaign's criteria (id, description, weight)
            evaluator TEXT NOT NULL,                  -- offline | anthropic | a plug-in evaluator name
            status TEXT NOT NULL,                     -- done | failed | submitted (in a Message Batch)
            score REAL,                               -- 0..100, computed in code from criterion weights
            cross_check_score REAL,                   -- deterministic offline score of the same call
            verdicts TEXT NOT NULL DEFAULT '[]',      -- JSON: [{criterion, verdict, evidence, rationale, weight}]
            signals TEXT NOT NULL DEFAULT '{}',       -- JSON: data-quality signals (customario.analysis.quality)
            flags TEXT NOT NULL DEFAULT '[]',         -- JSON: names of raised data-quality / review flags
            model TEXT,
            input_tokens INTEGER,
            output_tokens INTEGER,
            cache_read_tokens INTEGER,
            cache_creation_tokens INTEGER,
            cost_microusd INTEGER,                    -- estimated model cost, millionths of USD
            batch_id INTEGER REFERENCES evaluation_batches(id),
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (call_id, rubric_version, evaluator)
        );
        CREATE INDEX evaluations_status ON evaluations(status, campaign);
        CREATE INDEX evaluations_batch ON evaluations(batch_id);

        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL UNIQUE REFERENCES calls(id),  -- one payment per call, enforced here
            contact_id INTEGER REFERENCES contacts(id),
            campaign TEXT,
            evaluation_id INTEGER REFERENCES evaluations(id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            computed_cents INTEGER NOT NULL CHECK (computed_cents >= 0),   -- what the rules gave
            currency TEXT NOT NULL DEFAULT 'USD',
            status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'paid', 'held', 'void')),
            reason TEXT,                              -- why held / void / the amount
            score REAL,
            rule TEXT NOT NULL DEFAULT '{}',          -- JSON: inputs of the payment rule
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            approved_at TEXT,
            paid_at TEXT,
            payout_ref TEXT                           -- payout file / provider reference
        );
        CREATE INDEX payments_status ON payments(status, campaign);
        """
    )


@migrations()
def m002_answers_covering_index(db):
    # Insights aggregate answers per question without sorting: a covering index in GROUP BY order.
    db.execute("CREATE INDEX IF NOT EXISTS answers_question_value ON answers(question_id, status, value, call_id)")
