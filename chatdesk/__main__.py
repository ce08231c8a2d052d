"""Allow ``python -m chatdesk``."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--highlight-worker"]:  # the bundle's highlighting child process
        from chatdesk.services.highlighter import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--typeset-worker"]:  # the bundle's math typesetting child process
        from chatdesk.services.typeset import serve as typeset

        sys.exit(typeset())
    from chatdesk.app import main

    sys.exit(main())
