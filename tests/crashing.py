"""`python -m tests.crashing POINT ARGS…`: the claimwatch command line with crash point POINT armed
(claimwatch.faults), for the crash-safety tests."""

import sys

from claimwatch import faults
from claimwatch.cli import main

if __name__ == "__main__":
    faults.arm(sys.argv[1])
    sys.exit(main(sys.argv[2:]))
