"""`python -m dsar_desk` and the `dsar-desk` entry point."""

from __future__ import annotations

import sys

from dsar_desk.cli import run


def main() -> int:
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
