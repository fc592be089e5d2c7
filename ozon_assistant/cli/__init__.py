"""Command-line front end: ``ozon-assistant [FILE]`` opens the window, subcommands do the rest.

Each subcommand lives in its own ``cmd_*.py`` module with a ``register(subparsers)`` function,
found here by name, so adding a command touches no other file. Modules import their heavy
dependencies inside their handlers: ``check`` must start fast and never load Qt.
Errors the user can act on (:class:`OzonError`, usage errors) print one line and exit 2.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from ozon_assistant import __version__
from ozon_assistant.core.errors import OzonError

PROG = "ozon-assistant"
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command a closed pipe stopped


class UsageError(OzonError):
    """Wrong arguments: exit 2 with one line."""


class Formatter(argparse.HelpFormatter):
    """argparse's help layout at the terminal's width, found as ``shutil.get_terminal_size``
    finds it but without importing shutil (and with it bz2 and lzma: 3 ms of every `check`,
    since argparse formats each argument as it is added)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (no usage dump, no traceback)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def command_modules() -> list[str]:
    import pkgutil  # pulls in inspect (6 ms): only when every command is needed

    import ozon_assistant.cli as pkg

    return sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("cmd_"))


Handlers = dict[str, Callable[[argparse.Namespace], int]]


def build_parser(only: str | None = None) -> tuple[Parser, Handlers]:
    """The parser with every command, or with only command ``only`` when its module
    ``cmd_<only>`` registers it (``check`` then starts without importing and building the
    other commands: 3-4 ms of a run that proselint does in ~110 ms)."""
    if only is not None and only.isidentifier() and \
            importlib.util.find_spec(f"ozon_assistant.cli.cmd_{only}") is not None:
        parser = _parser()
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
        handlers: Handlers = importlib.import_module(f"ozon_assistant.cli.cmd_{only}").register(sub)
        if only in handlers:
            return parser, handlers
    parser = _parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    handlers = {}
    for name in command_modules():
        module = importlib.import_module(f"ozon_assistant.cli.{name}")
        handlers.update(module.register(sub))
    return parser, handlers


def _parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Ozon Compose Assistant: check replies to Ozon buyers against Ozon's "
        "communication standard. Without a command, opens the window (with FILE loaded).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _open_window(argv: Sequence[str]) -> int:
    gui = Parser(prog=PROG, description="Open the compose window.")
    gui.add_argument("file", nargs="?", help="a reply to open in the compose pane")
    gui.add_argument("--no-first-run", action="store_true", help="skip the first-run screen")
    gui.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    args = gui.parse_args(list(argv))
    gc.enable()  # a window runs for hours: its garbage must be collected (see entry())
    if args.quit_after_start:
        from ozon_assistant.ui.window.smoke import start_and_quit

        return start_and_quit(args.file)
    try:
        from ozon_assistant.ui.window.app import run_app
    except ImportError as exc:
        raise UsageError(f"the window is not available here: {exc}") from None
    return run_app(args.file, no_first_run=args.no_first_run)


class PipeGuard:
    """``sys.stdout`` while a command runs. When the reader goes away (``check … | head -1``)
    the rest of the output goes nowhere and the command runs on to its verdict, so the exit
    code still says whether every reply was approved; a broken pipe used to end the run with
    exit 0 even when replies had errors."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.broken = False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                return int(self.inner.write(text))
            except BrokenPipeError:
                self.reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self.inner.flush()
            except BrokenPipeError:
                self.reader_gone()

    def reader_gone(self) -> None:
        """From now on stdout is the null device (what is still buffered too, so the exit's
        flush has nowhere to fail)."""
        self.broken = True
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, self.inner.fileno())
            finally:
                os.close(null)
        except (OSError, ValueError, AttributeError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def main(argv: Sequence[str] | None = None) -> int:
    guard = PipeGuard(sys.stdout)
    sys.stdout = guard  # type: ignore[assignment]
    try:
        return _main(argv)
    except BrokenPipeError:  # written past the guard (stdout.buffer): the verdict was lost
        guard.reader_gone()
        return EXIT_BROKEN_PIPE
    finally:
        if sys.stdout is guard:
            guard.flush()
            sys.stdout = guard.inner


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        first = next((a for a in argv if not a.startswith("-")), None)
        parser, handlers = build_parser(first)
        if not argv or (first is not None and first not in handlers) or \
                all(a in ("--no-first-run", "--quit-after-start") for a in argv):
            return _open_window(argv)
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        return handlers[args.command](args)
    except OzonError as exc:
        print(f"{PROG}: {exc}" if not str(exc).startswith(PROG) else str(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def entry() -> NoReturn:
    """The ``ozon-assistant`` program (also ``python -m ozon_assistant`` and the bundle).

    A command runs for a fraction of a second and what it loads (rule tables, dictionaries)
    lives until it exits, so the cycle collector would only walk those objects while they
    load (5 ms of a 100 ms ``check``) and once more on the way out (10 ms): it is off for
    commands, and ``gc.freeze()`` leaves everything to the operating system at exit. Reference
    counting still frees everything a command drops. The window turns collection back on."""
    gc.disable()
    try:
        code = main()
    finally:
        gc.freeze()
    sys.exit(code)
