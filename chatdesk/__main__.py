"""Allow ``python -m chatdesk``."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--highlight-worker"]:  # the bundle's highlighting child process
        from chatdesk.services.highlighter import serve

        sys.exit(serve())
    if sys.argv[1:2] == ["--typeset-worker"]:  # the bundle's math typesetting child process
        from chatdesk.services.typeset import serve as typeset

        sys.exit(typeset())
    if sys.argv[1:2] == ["--pdf-worker"]:  # the bundle's PDF reader, under a memory limit
        from chatdesk.services.documents.pdf_child import serve as read_pdfs

        sys.exit(read_pdfs())
    from chatdesk.app import main

    sys.exit(main())
