#!/usr/bin/env python3
"""Run the malformed-input corpus (cases.yaml) against a customario command and summarise the outcome.

Standalone: needs Python >= 3.9 and PyYAML. Every case runs in its own scratch folder with its own copy of
the case files and its own database, so the corpus itself is never modified.

    python3 run_cases.py                                   # `customario` on PATH, write baseline.md + results.json
    python3 run_cases.py --customario-cmd "python3 -m customario" --jobs 2
    python3 run_cases.py --only leads --only wav-zero-bytes --out-md /tmp/x.md

For each case: build the database (a migrated empty database, then the case's `setup` steps; identical setups
are built once and copied), hash the database file (+ its -wal) and any `watch` files, run
`<customario-cmd> <args>` with the placeholders filled in, hash again, and record the exit code, whether stderr
holds a Python traceback, whether it holds exactly one line starting "Error:", and whether the database changed.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import hashlib
import json
import os
import shlex
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STRIP_ENV = ("LIVEKIT_", "ANTHROPIC_", "GOOGLE_", "CUSTOMARIO_", "TWILIO_", "SENDGRID_", "SMTP_")


# ------------------------------------------------------------------ helpers
def fill(value, ph: dict):
    if isinstance(value, str):
        for k, v in ph.items():
            value = value.replace("{" + k + "}", v)
        return value
    if isinstance(value, list):
        return [fill(v, ph) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, ph) for k, v in value.items()}
    return value


def file_hash(path: Path) -> str:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return "absent"
    except OSError as e:
        return f"error:{e.errno}"
    if stat.S_ISDIR(st.st_mode):
        return "directory"
    if stat.S_ISFIFO(st.st_mode):
        return "fifo"
    if not stat.S_ISREG(st.st_mode):
        return "special"
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError as e:
        return f"error:{e.errno}"
    return h.hexdigest()


def db_raw_hash(db: Path) -> str:
    """SHA-256 of the database file plus its -wal file (a write may sit in the WAL after a crash)."""
    parts = [file_hash(db)]
    wal = Path(str(db) + "-wal")
    if wal.exists() and wal.is_file() and wal.stat().st_size:
        parts.append("wal:" + file_hash(wal))
    return "+".join(parts)


def db_logical_hash(db: Path, counts: dict | None = None) -> str | None:
    """Hash of every table's rows (order-independent), read from a copy so the original is never touched.
    Fills `counts` with the row count of every table."""
    if not db.is_file():
        return None
    with tempfile.TemporaryDirectory() as d:
        try:
            c = Path(d) / "copy.db"
            shutil.copyfile(db, c)
            wal = Path(str(db) + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, Path(str(c) + "-wal"))
            con = sqlite3.connect(c)
            h = hashlib.sha256()
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name")]
            for t in tables:
                h.update(t.encode())
                try:
                    rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{t}"'))
                except sqlite3.Error:
                    rows = ["<unreadable>"]
                if counts is not None:
                    counts[t] = len(rows)
                for r in rows:
                    h.update(r.encode())
            for r in con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"):
                h.update(repr(r).encode())
            con.close()
            return h.hexdigest()
        except (sqlite3.Error, OSError):
            return None


IMMUTABLE: list[str] = []


def cacheable_steps(steps) -> bool:
    """Setups made only of customario commands on {db}/{fixtures} are built once and copied."""
    return all(list(st) == ["customario"] for st in steps or []) and not any(
        k in json.dumps(steps) for k in ("{case}", "{tmp}", "{cwd}"))


def make_unwritable(path: Path) -> bool:
    if not path.exists():
        path.mkdir(parents=True)
    is_dir = path.is_dir()
    path.chmod(0o555 if is_dir else 0o444)
    if os.geteuid() == 0:
        r = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if r.returncode == 0:
            IMMUTABLE.append(str(path))
    # probe
    try:
        if is_dir:
            probe = path / ".probe"
            with open(probe, "w") as f:
                f.write("x")
            probe.unlink()
        else:
            with open(path, "a"):
                pass
        return False
    except OSError:
        return True


def release(root: Path):
    for p in list(IMMUTABLE):
        if p.startswith(str(root)):
            subprocess.run(["chattr", "-i", p], capture_output=True)
            IMMUTABLE.remove(p)
    for dirpath, dirnames, filenames in os.walk(root):
        for n in dirnames:
            try:
                os.chmod(os.path.join(dirpath, n), 0o755)
            except OSError:
                pass


LIVE: set[int] = set()
MEM_LIMIT = [0]


def _limit():
    if MEM_LIMIT[0]:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT[0], MEM_LIMIT[0]))


def _stop(signum, frame):
    for pid in list(LIVE):
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    sys.exit(130)


def run(cmd: list[str], cwd: Path, env: dict, timeout: float):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True, preexec_fn=_limit)
    LIVE.add(p.pid)
    try:
        out, err = p.communicate(timeout=timeout)
        rc = p.returncode
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        rc = None
        timed_out = True
    LIVE.discard(p.pid)
    return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), timed_out, time.monotonic() - t0


# ------------------------------------------------------------------ runner
class Runner:
    def __init__(self, a):
        self.a = a
        self.cmd = shlex.split(a.customario_cmd)
        self.work = Path(a.work or tempfile.mkdtemp(prefix="customario-bad-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.files = HERE / "files"
        self.fixtures = self.work / "_fixtures"
        if self.fixtures.exists():
            shutil.rmtree(self.fixtures)
        shutil.copytree(self.files / "_fixtures", self.fixtures)
        self.templates: dict[str, Path] = {}
        env = {k: v for k, v in os.environ.items() if not k.startswith(STRIP_ENV)}
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "120"
        self.env = env

    def setup_steps(self, steps, ph, dbdir: Path) -> str | None:
        for st in steps or []:
            (kind, val), = st.items()
            val = fill(val, ph)
            if kind == "customario":
                rc, out, err, to, _ = run(self.cmd + val, Path(ph["cwd"]), self.env, self.a.setup_timeout)
                if rc not in (0,):
                    return f"setup step failed (rc={rc}): {' '.join(val)}: {err.strip()[-300:]}"
            elif kind == "sql":
                con = sqlite3.connect(ph["db"])
                con.execute(val)
                con.commit()
                con.close()
            elif kind == "mkdir":
                Path(val).mkdir(parents=True, exist_ok=True)
            elif kind == "write":
                Path(val["path"]).write_text(val["text"])
            elif kind == "copy":
                shutil.copyfile(val[0], val[1])
            elif kind == "fifo":
                os.mkfifo(val)
            elif kind == "unwritable":
                if not make_unwritable(Path(val)):
                    return f"skip: could not make {val} unwritable on this machine"
            else:
                return f"unknown setup step {kind}"
        return None

    def template(self, steps) -> tuple[Path | None, str | None]:
        key = json.dumps(steps or [], sort_keys=True)
        if key in self.templates:
            return self.templates[key], None
        tdir = self.work / "_templates" / hashlib.sha256(key.encode()).hexdigest()[:12]
        if tdir.exists():
            shutil.rmtree(tdir)
        (tdir / "cwd").mkdir(parents=True)
        db = tdir / "test.db"
        ph = {"db": str(db), "fixtures": str(self.fixtures), "cwd": str(tdir / "cwd"), "tmp": str(tdir / "cwd"),
              "case": str(tdir / "cwd")}
        rc, out, err, to, _ = run(self.cmd + ["--db", str(db), "db", "migrate"], tdir / "cwd", self.env, self.a.setup_timeout)
        if rc != 0:
            return None, f"db migrate failed: {err.strip()[-300:]}"
        problem = self.setup_steps(steps, ph, tdir)
        if problem:
            return None, problem
        self.templates[key] = db
        return db, None

    def one(self, c: dict) -> dict:
        cid = c["id"]
        root = self.work / cid
        if root.exists():
            release(root)
            shutil.rmtree(root)
        case_dir, tmp, cwd, dbdir = root / "case", root / "tmp", root / "cwd", root / "db"
        src = self.files / cid
        if src.exists():
            shutil.copytree(src, case_dir, symlinks=True)
        else:
            case_dir.mkdir(parents=True)
        for d in (tmp, cwd, dbdir):
            d.mkdir(parents=True, exist_ok=True)
        db = dbdir / "test.db"
        ph = {"case": str(case_dir), "tmp": str(tmp), "db": str(db), "fixtures": str(self.fixtures), "cwd": str(cwd)}
        res = {"id": cid, "surface": c["surface"], "expected_exit": c["expect"]["exit"],
               "alt_exits": c["expect"].get("alt_exits", [])}
        steps = c.get("setup") or []
        problem = None
        if c.get("db") != "none":
            cacheable = cacheable_steps(steps)
            tpl, problem = self.template(steps if cacheable else [])
            if tpl:
                shutil.copyfile(tpl, db)
                # Apply migrations that the CLI gained since the template was built (migrations run on every
                # open, so they must not count as a change caused by the case).
                rc, _, err, _, _ = run(self.cmd + ["--db", str(db), "db", "migrate"], cwd, self.env, self.a.setup_timeout)
                if rc != 0:
                    problem = f"db migrate before the case failed: {err.strip()[-300:]}"
                elif not cacheable:
                    problem = self.setup_steps(steps, ph, dbdir)
        else:
            problem = self.setup_steps(steps, ph, dbdir)
        if problem:
            res.update(outcome="skipped" if problem.startswith("skip") else "setup-failed", detail=problem)
            release(root)
            return res
        watch = [Path(p) for p in fill(c["expect"].get("watch", []), ph)]
        before_raw = db_raw_hash(db)
        cnt0, cnt1 = {}, {}
        before_log = db_logical_hash(db, cnt0)
        before_watch = [file_hash(p) for p in watch]
        env = dict(self.env)
        env.update(fill(c.get("env", {}), ph))
        args = fill(c["args"], ph)
        rc, out, err, timed_out, dur = run(self.cmd + args, cwd, env, c.get("timeout", self.a.timeout) * self.a.timeout_scale)
        after_raw = db_raw_hash(db)
        after_log = db_logical_hash(db, cnt1)
        deltas = {t: cnt1.get(t, 0) - cnt0.get(t, 0) for t in sorted(set(cnt0) | set(cnt1))
                  if cnt1.get(t, 0) != cnt0.get(t, 0) and not t.endswith(("_fts_data", "_fts_idx", "_fts_docsize",
                                                                            "_tri_data", "_tri_idx", "_tri_docsize"))}
        after_watch = [file_hash(p) for p in watch]
        release(root)
        err_lines = [l for l in err.splitlines() if l.strip()]
        tb = "Traceback (most recent call last)" in err or "Traceback (most recent call last)" in out
        n_error = sum(1 for l in err_lines if l.startswith("Error:"))
        exp = c["expect"]
        if timed_out:
            verdict = "timeout"
        elif rc == exp["exit"]:
            verdict = "documented"
        elif rc in exp.get("alt_exits", []):
            verdict = "alternative"
        else:
            verdict = "wrong"
        db_changed = before_raw != after_raw
        watch_changed = before_watch != after_watch
        changed = db_changed or watch_changed
        # An accepted alternative exit 0 (the input was taken as valid) may write; any error exit may not.
        accepted_alt = verdict == "alternative" and rc == 0
        res.update(
            outcome=verdict, exit=rc, seconds=round(dur, 2), traceback=tb,
            error_lines=n_error, error_line_ok=(n_error == 1 and not tb),
            db_changed=db_changed, db_changed_logical=(before_log != after_log) if before_log and after_log else None,
            watch_changed=watch_changed,
            unexpected_change=bool(exp.get("db_unchanged", True) and changed and not accepted_alt),
            row_deltas=deltas,
            payload_ran=[p for p in fill(exp.get("no_file", []), ph) if Path(p).exists()],
            stderr_head="\n".join(err_lines[:3])[:500], stderr_tail="\n".join(err_lines[-3:])[:500],
            stdout_head=out[:200],
        )
        if not self.a.keep:
            shutil.rmtree(root, ignore_errors=True)
        return res


# ------------------------------------------------------------------ report
def noerr(r: dict) -> bool:
    """The run reported an error (non-zero exit) without exactly one 'Error:' line, or with a traceback."""
    return r.get("exit") not in (None, 0) and not r.get("error_line_ok")


def report(results: list[dict], cases: list[dict], a, started: str, cmd: str) -> str:
    by = defaultdict(list)
    for r in results:
        by[r["surface"]].append(r)
    order = []
    for c in cases:
        if c["surface"] not in order:
            order.append(c["surface"])
    cols = ["cases", "traceback", "documented exit", "alternative exit", "wrong exit", "timeout",
            "db/watched file changed (must not)", "db changed (any)", "no single Error: line", "payload ran", "skipped"]
    lines = [
        "# Baseline: malformed-input corpus against the current CLI",
        "",
        f"Run {started} with `{cmd}` ({len(results)} cases, {a.jobs} at a time). "
        "This is the **before** figure: re-run `python3 run_cases.py` after a change and compare.",
        "",
        f"Version under test: {a.version_info}",
        "",
        "- **traceback**: stderr (or stdout) holds `Traceback (most recent call last)`.",
        "- **documented exit**: the exit code equals `expect.exit`; **alternative**: it is one of `expect.alt_exits` "
        "(ambiguous cases, see README); **wrong**: anything else (including 0 for a refused input and 1 for an unhandled error); "
        "**timeout**: killed after the case's time limit.",
        "- **db/watched file changed (must not)**: `expect.db_unchanged` is true but the SHA-256 of the database file "
        "(+ its -wal) or of a watched file differs before/after. **db changed (any)** counts every raw change.",
        "- **no single Error: line**: the run exited non-zero but stderr does not hold exactly one line starting "
        "`Error:` (or it holds a traceback).",
        "- **payload ran**: a `!!python/...` tag or an injected expression created its marker file.",
        "",
        "| surface | " + " | ".join(cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    tot = Counter()
    for s in order:
        rs = by.get(s, [])
        row = {
            "cases": len(rs),
            "traceback": sum(r.get("traceback", False) for r in rs),
            "documented exit": sum(r["outcome"] == "documented" for r in rs),
            "alternative exit": sum(r["outcome"] == "alternative" for r in rs),
            "wrong exit": sum(r["outcome"] == "wrong" for r in rs),
            "timeout": sum(r["outcome"] == "timeout" for r in rs),
            "db/watched file changed (must not)": sum(r.get("unexpected_change", False) for r in rs),
            "db changed (any)": sum(r.get("db_changed", False) for r in rs),
            "no single Error: line": sum(1 for r in rs if noerr(r)),
            "payload ran": sum(bool(r.get("payload_ran")) for r in rs),
            "skipped": sum(r["outcome"] in ("skipped", "setup-failed") for r in rs),
        }
        tot.update(row)
        lines.append(f"| {s} | " + " | ".join(str(row[c]) for c in cols) + " |")
    lines.append("| **total** | " + " | ".join(f"**{tot[c]}**" for c in cols) + " |")
    lines += ["", "## Exit codes seen, per surface", "", "| surface | exit code: count |", "|---|---|"]
    for s in order:
        cnt = Counter("timeout" if r["outcome"] == "timeout" else str(r.get("exit")) for r in by.get(s, [])
                      if r["outcome"] not in ("skipped", "setup-failed"))
        lines.append(f"| {s} | " + ", ".join(f"{k}: {v}" for k, v in sorted(cnt.items())) + " |")
    lines += ["", "## Cases that did not behave as documented", "",
              "`exp` = expected exit (alternatives in brackets), `got` = actual; flags: TB traceback, DB changed "
              "although it must not, NOERR no single Error: line, PAYLOAD marker file created.", ""]
    for s in order:
        bad = []
        for r in by.get(s, []):
            c = next(c for c in cases if c["id"] == r["id"])
            flags = []
            if r.get("traceback"):
                flags.append("TB")
            if r.get("unexpected_change"):
                flags.append("DB")
            if noerr(r):
                flags.append("NOERR")
            if r.get("payload_ran"):
                flags.append("PAYLOAD")
            if r["outcome"] in ("wrong", "timeout", "skipped", "setup-failed") or flags:
                alt = f" [{','.join(map(str, r['alt_exits']))}]" if r.get("alt_exits") else ""
                got = r["outcome"] if r["outcome"] in ("timeout", "skipped", "setup-failed") else r.get("exit")
                msg = (r.get("stderr_tail") or r.get("detail") or "").replace("\n", " / ").replace("|", "\\|")[:160]
                if r.get("unexpected_change") and r.get("row_deltas"):
                    msg = "rows " + ", ".join(f"{t} {d:+d}" for t, d in r["row_deltas"].items()) + "; " + msg
                bad.append(f"| `{r['id']}` | {r['expected_exit']}{alt} | {got} | {' '.join(flags)} | {msg} |")
        if bad:
            lines += [f"### {s}", "", "| case | exp | got | flags | last stderr lines |", "|---|---|---|---|---|"] + bad + [""]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--customario-cmd", default="customario", help="command that runs the CLI (default: customario)")
    ap.add_argument("--cases", default=str(HERE / "cases.yaml"))
    ap.add_argument("--only", action="append", default=[], help="case id, id prefix or surface (repeatable)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=90.0, help="default seconds per case")
    ap.add_argument("--timeout-scale", type=float, default=1.0)
    ap.add_argument("--setup-timeout", type=float, default=600.0)
    ap.add_argument("--work", help="scratch folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep each case's scratch folder")
    ap.add_argument("--no-make", action="store_true", help="do not run make_files.py first")
    ap.add_argument("--mem-limit-gb", type=float, default=10.0,
                    help="address-space limit of each CLI process (RLIMIT_AS), so a YAML/ZIP bomb cannot take the machine; 0 = none")
    ap.add_argument("--version-note", help="free text recorded with the version (e.g. the commit a pinned copy came from)")
    ap.add_argument("--report-only", action="store_true",
                    help="re-judge --out-json with the current cases.yaml expectations and re-render --out-md (no run)")
    ap.add_argument("--source-dir", help="git checkout the CLI is installed from (its HEAD is recorded in the report)")
    ap.add_argument("--out-md", default=str(HERE / "baseline.md"))
    ap.add_argument("--out-json", default=str(HERE / "results.json"))
    a = ap.parse_args()
    if a.report_only:
        data = json.loads(Path(a.out_json).read_text())
        cases = yaml.safe_load(open(a.cases, encoding="utf-8"))["cases"]
        byid = {c["id"]: c for c in cases}
        for res in data["results"]:
            c = byid.get(res["id"])
            if c and "exit" in res and res["outcome"] in ("documented", "alternative", "wrong"):
                # re-judge with the current expectations (expectation edits need no re-run)
                res["expected_exit"] = c["expect"]["exit"]
                res["alt_exits"] = c["expect"].get("alt_exits", [])
                res["outcome"] = ("documented" if res["exit"] == res["expected_exit"] else
                                  "alternative" if res["exit"] in res["alt_exits"] else "wrong")
                changed = res.get("db_changed") or res.get("watch_changed")
                accepted_alt = res["outcome"] == "alternative" and res["exit"] == 0
                res["unexpected_change"] = bool(c["expect"].get("db_unchanged", True) and changed and not accepted_alt)
        res_ids = {r["id"] for r in data["results"]}
        a.version_info = data.get("version_info", "see results.json")
        Path(a.out_json).write_text(json.dumps(data, indent=1))
        Path(a.out_md).write_text(report(data["results"], [c for c in cases if c["id"] in res_ids], a,
                                         data["started"], data["command"]))
        return 0
    MEM_LIMIT[0] = int(a.mem_limit_gb * (1 << 30))
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    if not a.no_make:
        subprocess.run([sys.executable, str(HERE / "make_files.py")], check=True)
    cases = yaml.safe_load(open(a.cases, encoding="utf-8"))["cases"]
    if a.only:
        cases = [c for c in cases if any(c["id"] == o or c["id"].startswith(o) or c["surface"] == o for o in a.only)]
    r = Runner(a)

    def version():
        v = subprocess.run(r.cmd + ["--version"], capture_output=True, text=True).stdout.strip() or "unknown"
        if a.source_dir:
            g = subprocess.run(["git", "-C", a.source_dir, "log", "-1", "--format=%h %cd %s", "--date=iso"],
                               capture_output=True, text=True).stdout.strip()
            d = subprocess.run(["git", "-C", a.source_dir, "status", "--porcelain"], capture_output=True, text=True).stdout
            v += f"; source {a.source_dir} at {g}" + (" (with uncommitted changes)" if d.strip() else "")
        if a.version_note:
            v += f"; {a.version_note}"
        return v
    v0 = version()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    # build shared templates first (sequentially), then run the cases
    for c in cases:
        steps = c.get("setup") or []
        if c.get("db") != "none" and cacheable_steps(steps):
            _, problem = r.template(steps)
            if problem:
                print(f"template for {c['id']}: {problem}", file=sys.stderr)
    _, problem = r.template([])
    results = []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = {ex.submit(r.one, c): c for c in cases}
        for i, f in enumerate(cf.as_completed(futs), 1):
            c = futs[f]
            try:
                res = f.result()
            except Exception as e:  # a runner bug must not lose the other results
                res = {"id": c["id"], "surface": c["surface"], "expected_exit": c["expect"]["exit"],
                       "alt_exits": c["expect"].get("alt_exits", []), "outcome": "setup-failed", "detail": f"runner: {e!r}"}
            results.append(res)
            flag = " TB" if res.get("traceback") else ""
            flag += " DB" if res.get("unexpected_change") else ""
            print(f"[{i}/{len(cases)}] {res['id']}: {res['outcome']} exit={res.get('exit')} "
                  f"(expected {res['expected_exit']}){flag}", file=sys.stderr, flush=True)
    v1 = version()
    a.version_info = f"`{v0}` at the start" + ("" if v1 == v0 else f", `{v1}` at the end (the source changed during the run)")
    order = {c["id"]: i for i, c in enumerate(cases)}
    results.sort(key=lambda x: order[x["id"]])
    Path(a.out_json).write_text(json.dumps({"command": a.customario_cmd, "started": started, "jobs": a.jobs,
                                            "version_info": a.version_info, "results": results}, indent=1))
    Path(a.out_md).write_text(report(results, cases, a, started, a.customario_cmd))
    print(f"wrote {a.out_md} and {a.out_json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
