"""`python -m dsar_desk` and the `dsar-desk` entry point."""

from __future__ import annotations

import gc
import sys

from dsar_desk.cli import run


def main() -> int:
    code = run(sys.argv[1:])
    # The process ends now. Interpreter teardown would run the cycle collector over every
    # object still alive (after an export, a whole month's log: ~0.1 s) and free nothing
    # the operating system does not reclaim anyway; the store is closed and synced by now.
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
