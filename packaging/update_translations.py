"""Refresh the translations: collect the window's texts into the .ts files, compile the .qm files.

The texts are those of the window (src/rotaplan/gui) and the core's message catalogue
(src/rotaplan/core/catalogue.py: the sentences of problems and cover-suggestion reasons).

Run from anywhere (uses pyside6-lupdate and pyside6-lrelease next to this Python or on PATH):

    python packaging/update_translations.py            # every language in resources/translations
    python packaging/update_translations.py --add de   # start a new language
    python packaging/update_translations.py --check    # exit 1 if a .ts or .qm is out of date

New and changed texts appear as "unfinished" in the .ts; translate them with pyside6-linguist
(or any editor) and run the script again to compile. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The window's texts, and the core's templates marked with QT_TRANSLATE_NOOP (e.g. refused edits).
SOURCES = (ROOT / "src" / "rotaplan" / "gui", ROOT / "src" / "rotaplan" / "core")
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"update_translations: {name} not found (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    """Every Python file of the window and the core."""
    return sorted(str(path) for folder in SOURCES for path in folder.rglob("*.py"))


def lupdate(ts: Path) -> str:
    """Merge the current texts into ``ts``; returns lupdate's summary."""
    done = subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "relative", *sources(), "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` to ``qm``; returns lrelease's summary."""
    done = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def suspicious_contexts(ts: Path) -> list[str]:
    """Contexts that cannot match at run time (texts outside a class, or ``obj.tr`` calls)."""
    names = re.findall(r"<name>(.*?)</name>", ts.read_text(encoding="utf-8"))
    return [name or "(none)" for name in names if not re.fullmatch(r"[A-Z]\w*", name)]


def unfinished(ts: Path) -> int:
    """How many texts still wait for a translation."""
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def _texts(ts: Path) -> str:
    # Source locations move with every edit of the code; only the texts matter here.
    return re.sub(r"\s*<location [^>]*/>", "", ts.read_text(encoding="utf-8"))


def check(languages: list[str]) -> int:
    """1 when a .ts misses texts of the sources or a .qm is older than its .ts."""
    status = 0
    for language in languages:
        ts = FOLDER / f"rotaplan_{language}.ts"
        # The copy sits beside the original so that the relative source locations agree.
        copy = ts.with_name(f".check-{ts.name}")
        try:
            shutil.copy(ts, copy)
            lupdate(copy)
            if _texts(copy) != _texts(ts):
                print(f"{ts.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
                status = 1
        finally:
            copy.unlink(missing_ok=True)
        with tempfile.TemporaryDirectory() as temp:
            qm = Path(temp) / "check.qm"
            lrelease(ts, qm)
            if qm.read_bytes() != ts.with_suffix(".qm").read_bytes():
                print(f"{ts.with_suffix('.qm').relative_to(ROOT)} is out of date")
                status = 1
    return status


def main() -> int:
    """Update (or check) every language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="start a new language, e.g. de or pt_BR")
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    languages = sorted(p.stem.removeprefix("rotaplan_") for p in FOLDER.glob("rotaplan_*.ts"))
    if args.add and args.add not in languages:
        languages.append(args.add)
    if args.check:
        return check(languages)
    for language in languages:
        ts = FOLDER / f"rotaplan_{language}.ts"
        summary = lupdate(ts)
        print(f"{ts.relative_to(ROOT)}: {summary.splitlines()[-1].strip()}")
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"  {unfinished(ts)} unfinished; compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
        bad = suspicious_contexts(ts)
        if bad:
            print(
                "  warning: texts in contexts that never match at run time: "
                + ", ".join(bad)
                + ' (use self.tr() in a class, or QCoreApplication.translate("Context", ...))'
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
