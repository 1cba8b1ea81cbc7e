"""`python -m tests.helpers.crashing POINT ARGS…`: the claimwatch command line with crash point POINT armed
(claimwatch.core.faults), for the crash-safety tests."""

import sys

from claimwatch.cli import main
from claimwatch.core import faults

if __name__ == "__main__":
    faults.arm(sys.argv[1])
    sys.exit(main(sys.argv[2:]))
