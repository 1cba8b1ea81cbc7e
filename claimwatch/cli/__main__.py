"""`python -m claimwatch.cli`: the command line, as the `claimwatch` script runs it."""

import sys

from claimwatch.cli.main import main

sys.exit(main())
