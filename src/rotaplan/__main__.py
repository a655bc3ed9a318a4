"""``python -m rotaplan``."""

import sys

from rotaplan.cli import main

sys.exit(main())
