"""In-process runner of the malformed-input corpus (tests/corpus/bad/cases.yaml, issue 15).

The corpus was written blind (by someone who had not read the parsers); its own subprocess runner
``run_cases.py`` is kept beside it for before/after figures. This module runs the same cases through
``typer.testing.CliRunner`` in this process (about 50x faster than a process per case), with the same
placeholders, setup steps, database hashing and verdicts:

- ``{case}`` a scratch copy of ``files/<id>/`` (files over 1 MiB are linked, and checked unchanged),
  ``{tmp}`` and ``{cwd}`` fresh folders, ``{db}`` the case database, ``{fixtures}`` shared fixtures.
- The database is a migrated empty one plus the case's ``setup`` steps (built once per distinct setup
  and copied), hashed (file + non-empty WAL) before and after the command.

Generated files (binary, huge) come from ``make_files.py`` into a cache folder, never the checkout.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus" / "bad"
REPO = CORPUS.parents[2]
STRIP_ENV = ("LIVEKIT_", "ANTHROPIC_", "GOOGLE_", "CUSTOMARIO_", "TWILIO_", "SENDGRID_", "SMTP_")
LINK_OVER = 1 << 20


def load_cases() -> list[dict]:
    return yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))["cases"]


def _make_files_module():
    spec = importlib.util.spec_from_file_location("corpus_bad_make_files", CORPUS / "make_files.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def materialise(target: Path) -> Path:
    """``target/files``: the hand-written corpus files plus every generated one (cached by hash)."""
    mod = _make_files_module()
    files = target / "files"
    manifest = {}
    for line in (CORPUS / "MANIFEST.sha256").read_text().splitlines():
        h, _, p = line.partition("  ")
        manifest[p] = h
    stamp = target / "stamp.json"
    key = hashlib.sha256(
        (CORPUS / "MANIFEST.sha256").read_bytes() + (CORPUS / "make_files.py").read_bytes()
    ).hexdigest()
    if stamp.exists() and json.loads(stamp.read_text()).get("key") == key and files.is_dir():
        return files
    if files.exists():
        shutil.rmtree(files)
    shutil.copytree(CORPUS / "files", files, symlinks=True)
    for rel in sorted(mod.GEN):
        out = files / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        data = mod.build(rel)
        if hashlib.sha256(data).hexdigest() != manifest.get(rel):
            raise RuntimeError(f"generated corpus file {rel} does not match MANIFEST.sha256")
        out.write_bytes(data)
    stamp.write_text(json.dumps({"key": key}))
    return files


def file_hash(path: Path) -> str:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return "absent"
    if stat.S_ISDIR(st.st_mode):
        return "directory"
    if not stat.S_ISREG(st.st_mode):
        return "special"
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def db_hash(db: Path) -> str:
    parts = [file_hash(db)]
    wal = Path(str(db) + "-wal")
    if wal.is_file() and wal.stat().st_size:
        parts.append("wal:" + file_hash(wal))
    return "+".join(parts)


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


class CaseTimeout(Exception):
    pass


@contextlib.contextmanager
def alarm(seconds: float):
    def fire(signum, frame):
        raise CaseTimeout(f"case took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Outcome:
    id: str
    exit: int | None
    stderr: str
    stdout: str
    traceback: bool
    error_lines: int
    db_changed: bool
    watch_changed: bool
    payload_ran: list[str] = field(default_factory=list)
    inputs_changed: list[str] = field(default_factory=list)
    skipped: str | None = None
    seconds: float = 0.0


async def accept_voice_call(db, settings, stored, contact=None, *, audio_in=None, audio_out=None, device=False, **_):
    """Stands in for ``run_audio_call`` in the corpus: the caller WAV is decoded exactly as a call
    would (every refusal happens before this point), the agent WAV is written, and no call is run.

    A real voice call runs in real time (and up to the no-input limit for a silent WAV), so the
    calls themselves are covered by tests/test_voice_console.py; the corpus checks acceptance."""
    from customario.conversation.voice.audio import read_wav, silence, write_wav

    read_wav(audio_in, 16000)
    if audio_out is not None:
        write_wav(audio_out, silence(0.1, 24000), 24000)
    return {"call_id": 0, "disposition": "accepted", "turns": 0, "audio_out": audio_out}


class Harness:
    """Runs cases in-process; one instance per test session."""

    def __init__(self, work: Path, files: Path):
        from typer.testing import CliRunner

        from customario.cli.app import build_app

        self.work = work
        self.files = files
        self.app = build_app()
        self.runner = CliRunner()
        self.templates: dict[str, Path] = {}
        self.immutable: list[str] = []

    # -- running the CLI -------------------------------------------------------------------
    @contextlib.contextmanager
    def _environment(self, cwd: Path, extra_env: dict):
        saved_env = dict(os.environ)
        saved_cwd = os.getcwd()
        for k in list(os.environ):
            if k.startswith(STRIP_ENV):
                del os.environ[k]
        os.environ["NO_COLOR"] = "1"
        os.environ["COLUMNS"] = "120"
        os.environ.update(extra_env)
        os.chdir(cwd)
        try:
            yield
        finally:
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_env)

    def cli(self, args: list[str], cwd: Path, env: dict | None = None, timeout: float = 120):
        import traceback

        import customario.conversation.voice.runner as runner

        real, runner.run_audio_call = runner.run_audio_call, accept_voice_call
        try:
            return self._cli(args, cwd, env, timeout, traceback)
        finally:
            runner.run_audio_call = real

    def _cli(self, args, cwd, env, timeout, traceback):
        with self._environment(cwd, env or {}):
            try:
                with alarm(timeout):
                    r = self.runner.invoke(self.app, args, input="", catch_exceptions=True)
            except CaseTimeout as exc:
                return None, "", f"TIMEOUT: {exc}", False
        tb = r.exception is not None and not isinstance(r.exception, SystemExit)
        err = r.stderr
        if tb:
            err += "\n" + "".join(traceback.format_exception(r.exception))
        return r.exit_code, r.stdout, err, tb

    # -- databases ------------------------------------------------------------------------
    def _setup(self, steps, ph: dict) -> str | None:
        for st in steps or []:
            ((kind, val),) = st.items()
            val = fill(val, ph)
            if kind == "customario":
                rc, out, err, tb = self.cli(val, Path(ph["cwd"]), timeout=600)
                if rc != 0:
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
                if not self._unwritable(Path(val)):
                    return f"skip: could not make {val} unwritable on this machine"
            else:
                return f"unknown setup step {kind}"
        return None

    def _unwritable(self, path: Path) -> bool:
        if not path.exists():
            path.mkdir(parents=True)
        is_dir = path.is_dir()
        path.chmod(0o555 if is_dir else 0o444)
        if os.geteuid() == 0 and shutil.which("chattr"):
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
                self.immutable.append(str(path))
        try:
            if is_dir:
                probe = path / ".probe"
                probe.write_text("x")
                probe.unlink()
            else:
                with open(path, "a"):
                    pass
            return False
        except OSError:
            return True

    def release(self, root: Path) -> None:
        for p in list(self.immutable):
            if p.startswith(str(root)):
                subprocess.run(["chattr", "-i", p], capture_output=True)
                self.immutable.remove(p)
        for dirpath, dirnames, _ in os.walk(root):
            for n in dirnames:
                with contextlib.suppress(OSError):
                    os.chmod(os.path.join(dirpath, n), 0o755)

    def template(self, steps) -> tuple[Path | None, str | None]:
        from customario.store.db import open_db

        key = json.dumps(steps or [], sort_keys=True)
        if key in self.templates:
            return self.templates[key], None
        tdir = self.work / "_templates" / hashlib.sha256(key.encode()).hexdigest()[:12]
        shutil.rmtree(tdir, ignore_errors=True)
        (tdir / "cwd").mkdir(parents=True)
        db = tdir / "test.db"
        from customario.plugins.manager import discover

        open_db(db, plugins=discover(None)).close()  # as `customario db migrate` in a fresh folder
        ph = {
            "db": str(db),
            "fixtures": str(self.files / "_fixtures"),
            "cwd": str(tdir / "cwd"),
            "tmp": str(tdir / "cwd"),
            "case": str(tdir / "cwd"),
        }
        problem = self._setup(steps, ph)
        if problem:
            return None, problem
        self.templates[key] = db
        return db, None

    # -- one case -------------------------------------------------------------------------
    def run(self, c: dict) -> Outcome:
        import time

        cid = c["id"]
        root = self.work / cid
        if root.exists():
            self.release(root)
            shutil.rmtree(root)
        case_dir, tmp, cwd, dbdir = root / "case", root / "tmp", root / "cwd", root / "db"
        linked: dict[Path, tuple] = {}
        src = self.files / cid
        case_dir.mkdir(parents=True)
        if src.exists():
            for p in src.rglob("*"):
                dest = case_dir / p.relative_to(src)
                if p.is_dir() and not p.is_symlink():
                    dest.mkdir(parents=True, exist_ok=True)
                elif p.is_symlink():
                    dest.symlink_to(os.readlink(p))
                elif p.stat().st_size > LINK_OVER:
                    dest.symlink_to(p)
                    st = p.stat()
                    linked[p] = (st.st_size, st.st_mtime_ns)
                else:
                    shutil.copy2(p, dest)
        for d in (tmp, cwd, dbdir):
            d.mkdir(parents=True, exist_ok=True)
        db = dbdir / "test.db"
        ph = {
            "case": str(case_dir),
            "tmp": str(tmp),
            "db": str(db),
            "fixtures": str(self.files / "_fixtures"),
            "cwd": str(cwd),
        }
        steps = c.get("setup") or []
        problem = None
        if c.get("db") != "none":
            cacheable = not any(k in json.dumps(steps) for k in ("{case}", "{tmp}", "{cwd}", "unwritable", "fifo"))
            tpl, problem = self.template(steps if cacheable else [])
            if tpl:
                shutil.copyfile(tpl, db)
                if not cacheable:
                    problem = self._setup(steps, ph)
        else:
            problem = self._setup(steps, ph)
        if problem:
            self.release(root)
            return Outcome(cid, None, "", "", False, 0, False, False, skipped=problem)
        exp = c["expect"]
        watch = [Path(p) for p in fill(exp.get("watch", []), ph)]
        before, before_watch = db_hash(db), [file_hash(p) for p in watch]
        t0 = time.monotonic()
        rc, out, err, tb = self.cli(fill(c["args"], ph), cwd, fill(c.get("env", {}), ph), timeout=c.get("timeout", 90))
        seconds = time.monotonic() - t0
        after, after_watch = db_hash(db), [file_hash(p) for p in watch]
        self.release(root)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        changed_inputs = [
            str(p) for p, (size, mtime) in linked.items() if (p.stat().st_size, p.stat().st_mtime_ns) != (size, mtime)
        ]
        outcome = Outcome(
            cid,
            rc,
            err,
            out,
            tb or "Traceback (most recent call last)" in err + out,
            sum(1 for ln in lines if ln.startswith("Error:")),
            before != after,
            before_watch != after_watch,
            payload_ran=[p for p in fill(exp.get("no_file", []), ph) if Path(p).exists()],
            inputs_changed=changed_inputs,
            seconds=seconds,
        )
        shutil.rmtree(root, ignore_errors=True)
        return outcome


def error_line_ok(o: Outcome) -> bool:
    """Exactly one non-empty stderr line, starting ``Error: `` and ending a sentence (what + how)."""
    lines = [ln for ln in o.stderr.splitlines() if ln.strip()]
    return (
        not o.traceback
        and o.error_lines == 1
        and len([ln for ln in lines if not ln.startswith("Warning")]) == 1
        and lines[-1].startswith("Error: ")
        and lines[-1].rstrip().endswith((".", "?", "!"))
    )


def main() -> int:  # pragma: no cover - a manual tool: python tests/corpus_bad_harness.py [ids...]
    import tempfile

    sys.path.insert(0, str(REPO))
    cases = load_cases()
    wanted = sys.argv[1:]
    if wanted:
        cases = [c for c in cases if any(c["id"].startswith(w) or c["surface"] == w for w in wanted)]
    work = Path(tempfile.mkdtemp(prefix="corpus-bad-"))
    files = materialise(Path(os.environ.get("CORPUS_BAD_CACHE", "/tmp/customario-corpus-bad")))
    h = Harness(work, files)
    for c in cases:
        o = h.run(c)
        print(
            json.dumps(
                {
                    "id": o.id,
                    "exit": o.exit,
                    "exp": c["expect"]["exit"],
                    "alt": c["expect"].get("alt_exits"),
                    "tb": o.traceback,
                    "db": o.db_changed,
                    "s": round(o.seconds, 2),
                    "skip": o.skipped,
                    "err": o.stderr.strip().splitlines()[-1][:200] if o.stderr.strip() else "",
                }
            )
        )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
