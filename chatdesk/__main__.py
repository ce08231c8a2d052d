"""Allow ``python -m chatdesk``."""

import sys

from chatdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
