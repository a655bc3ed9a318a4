"""The ``rotaplan`` command: the desktop window by default, sub-commands for headless work.

Exit status: 0 success, 1 the command worked and found errors, 2 bad input or a failed operation
(one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rotaplan import __version__
from rotaplan.cli import check, ical, pagerduty, render, report, simulate, suggest
from rotaplan.cli.common import CommandError
from rotaplan.core import AnalysisError

__all__ = ["build_parser", "main"]

_COMMAND_MODULES = (render, check, report, simulate, suggest, ical, pagerduty)


_COMMAND_NAMES: set[str] = set()

_SELF_TEST_HELP = "open the window, paint it once, print how long that took and exit"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="rotaplan",
        description="Plan on-call rotations. Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"rotaplan {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo project")
    parser.add_argument("--self-test", action="store_true", help=_SELF_TEST_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the desktop window")
    gui.add_argument("file", nargs="?", help="project file to open")
    gui.add_argument("--demo", action="store_true", dest="gui_demo", help="open the demo project")
    gui.add_argument("--self-test", action="store_true", dest="gui_self_test", help=_SELF_TEST_HELP)
    for module in _COMMAND_MODULES:
        module.register(commands)
    _COMMAND_NAMES.update(commands.choices)
    return parser


def _open_window(file: str | None, demo: bool, self_test: bool = False) -> int:
    # The GUI sits above the CLI in the layering (DESIGN §1), so it is found at run time: headless
    # commands never import Qt.
    try:
        gui = importlib.import_module("rotaplan.gui.app")
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("rotaplan.gui"):
            print("rotaplan: the desktop window is coming; use the sub-commands (rotaplan --help)")
            return 0
        raise CommandError(f"cannot start the window: {error}") from None
    result: int = gui.run(file=file, demo=demo, self_test=self_test)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # `rotaplan FILE` opens FILE in the window, like `rotaplan gui FILE`.
    parser = build_parser()
    if arguments and not arguments[0].startswith("-") and arguments[0] not in _COMMAND_NAMES:
        arguments.insert(0, "gui")
    try:
        args = parser.parse_args(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        if args.command is None:
            return _open_window(None, args.demo, args.self_test)
        if args.command == "gui":
            return _open_window(
                args.file, args.gui_demo or args.demo, args.gui_self_test or args.self_test
            )
        status: int = args.run(args)
        return status
    except (CommandError, AnalysisError) as error:
        # An AnalysisError is a request the core refuses (an unknown id, a render over its size
        # limit): bad input, reported like any other.
        print(f"rotaplan: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rotaplan: interrupted", file=sys.stderr)
        return 130
