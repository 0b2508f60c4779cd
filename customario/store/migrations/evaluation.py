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


@migrations()
def m003_payments_test_status_and_payee(db):
    """Payments of simulated or test calls get status ``test`` (never approved, never exported), and
    each payment names its payee (``payee_kind`` contact | web, ``payee_ref``); a payment without
    one cannot be approved. SQLite cannot change a CHECK constraint in place: the table is rebuilt."""
    db.executescript(
        """
        CREATE TABLE payments_new (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL UNIQUE REFERENCES calls(id),  -- one payment per call, enforced here
            contact_id INTEGER REFERENCES contacts(id),
            campaign TEXT,
            evaluation_id INTEGER REFERENCES evaluations(id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            computed_cents INTEGER NOT NULL CHECK (computed_cents >= 0),   -- what the rules gave
            currency TEXT NOT NULL DEFAULT 'USD',
            status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'paid', 'held', 'void', 'test')),
            reason TEXT,                              -- why held / void / test / the amount
            score REAL,
            rule TEXT NOT NULL DEFAULT '{}',          -- JSON: inputs of the payment rule
            payee_kind TEXT,                          -- contact | web (NULL: nobody to pay)
            payee_ref TEXT,                           -- contact id or the web respondent's reference
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            approved_at TEXT,
            paid_at TEXT,
            payout_ref TEXT                           -- payout file / provider reference
        );
        INSERT INTO payments_new (id, call_id, contact_id, campaign, evaluation_id, amount_cents, computed_cents, currency,
                                  status, reason, score, rule, payee_kind, payee_ref, created_at, updated_at, approved_at,
                                  paid_at, payout_ref)
            SELECT p.id, p.call_id, p.contact_id, p.campaign, p.evaluation_id, p.amount_cents, p.computed_cents, p.currency,
                   CASE WHEN c.channel IN ('simulation', 'console') AND p.status IN ('pending', 'held') THEN 'test' ELSE p.status END,
                   CASE WHEN c.channel IN ('simulation', 'console') AND p.status IN ('pending', 'held')
                        THEN 'test call (channel ' || c.channel || '): never paid' ELSE p.reason END,
                   p.score, p.rule,
                   CASE WHEN p.contact_id IS NOT NULL THEN 'contact' END, CAST(p.contact_id AS TEXT),
                   p.created_at, p.updated_at, p.approved_at, p.paid_at, p.payout_ref
            FROM payments p LEFT JOIN calls c ON c.id = p.call_id;
        DROP TABLE payments;
        ALTER TABLE payments_new RENAME TO payments;
        CREATE INDEX payments_status ON payments(status, campaign);
        """
    )


_TEST_CALL = (
    "(SELECT 1 FROM calls c WHERE c.id = NEW.call_id AND (c.channel IN ('simulation', 'console') OR "
    "COALESCE(CASE WHEN json_valid(c.metadata) THEN json_extract(c.metadata, '$.test') END, 0) "
    "NOT IN (0, '', 'false')))"
)


@migrations()
def m004_payment_guards(db):
    """The payment rules, held by the database as well as by ``customario.analysis.payments``: a
    payment of a simulated or test call (channel simulation/console, ``metadata.test``) can only be
    ``test``, ``held`` or ``void``; a ``test`` payment never becomes payable; an approved or paid
    payment names its payee. A write that breaks one aborts (``RAISE(ABORT)``) whatever wrote it."""
    for op, extra in (("INSERT", ""), ("UPDATE OF status, payee_kind, call_id", "UPDATE")):
        suffix = "update" if extra else "insert"
        old_test = " OR OLD.status = 'test'" if extra else ""
        db.executescript(
            f"""
            CREATE TRIGGER payments_test_never_payable_{suffix} BEFORE {op} ON payments
            WHEN NEW.status IN ('pending', 'approved', 'paid') AND (EXISTS {_TEST_CALL}{old_test})
            BEGIN SELECT RAISE(ABORT, 'a payment of a simulated or test call is never payable'); END;

            CREATE TRIGGER payments_payable_needs_payee_{suffix} BEFORE {op} ON payments
            WHEN NEW.status IN ('approved', 'paid') AND NEW.payee_kind IS NULL
            BEGIN SELECT RAISE(ABORT, 'an approved or paid payment needs a payee'); END;
            """
        )
