"""`python -m desktop` and the `guanjia` command: the CLI when given a command, else the GUI
(or, with --self-test, the window's check of itself: desktop/self_test.py)."""

from __future__ import annotations

import sys

from desktop import cli

# The modules the program starts as `PROGRAM -m MODULE ARGS` (desktop/demo_launcher.py:
# the demo's builder and its window). From the sources PROGRAM is Python; the built
# program (packaging/) is not, and runs them itself.
RUNNABLE = ("desktop", "models.demo.demo_database")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "-m" and argv[1] in RUNNABLE:
        return run_module(argv[1], argv[2:])
    args = cli.parse(argv)
    if args.command is None:
        if args.self_test:
            from desktop import self_test  # like the window's modules: loaded when asked

            return self_test.run(args)
        from desktop.app import run_gui  # the window's modules load only for the window

        return run_gui(args)
    return cli.run(args)


def run_module(name: str, argv: list[str]) -> int:
    """`-m NAME ARGV` in the built program, as Python would run it."""
    if name == "desktop":
        return main(argv)
    from models.demo import demo_database

    return demo_database.main(argv)


if __name__ == "__main__":
    sys.exit(main())
