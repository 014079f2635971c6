"""`python -m desktop` and the `guanjia` command: the CLI when given a command, else the GUI."""

from __future__ import annotations

import sys

from desktop import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from desktop.app import run_gui  # the window's modules load only for the window

        return run_gui(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
