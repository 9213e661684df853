"""`python -m desktop` and the frozen app's entry: multiprocessing's child hook first, then the `policydesk` command."""

import multiprocessing
import sys


def run() -> int:
    # a frozen parse worker is this same executable started with --multiprocessing-fork: it must stop here
    multiprocessing.freeze_support()
    from desktop.cli import main
    return main()


if __name__ == "__main__":
    sys.exit(run())
