"""Entry script for the frozen app: the same ``rotaplan`` command."""

import sys

from rotaplan.cli import main

sys.exit(main())
