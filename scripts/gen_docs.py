"""Regenerate the generated documentation pages from the code.

python scripts/gen_docs.py           # write docs/commands.md and docs/campaign-reference.md
python scripts/gen_docs.py --check   # exit 1 if either page is stale (tests/test_docs.py does this)
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def pages() -> dict[Path, str]:
    from customario.cli.reference import reference_markdown as commands
    from customario.definitions.reference import reference_markdown as campaign

    return {REPO / "docs" / "commands.md": commands(), REPO / "docs" / "campaign-reference.md": campaign()}


def main(argv: list[str]) -> int:
    stale = [path for path, text in pages().items() if not path.is_file() or path.read_text() != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(REPO)} is stale: run python scripts/gen_docs.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in pages().items():
        path.write_text(text)
        print(f"wrote {path.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
