"""``wirelint server``: the language server on stdio (the implementation is in :mod:`lint.lsp`)."""

from __future__ import annotations

import logging
import os
import sys


def serve() -> int:
    """Run the language server on stdin/stdout until the client says exit; return the exit status.

    stdout carries the protocol only: anything else printing to ``sys.stdout`` is sent to stderr.
    """
    from lint.lsp.server import build_server

    logging.basicConfig(level=os.environ.get("WIRELINT_LOG", "WARNING").upper(), stream=sys.stderr,
                        format="wirelint server %(levelname)s %(name)s: %(message)s")
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    server = build_server()
    server.start_io(stdin, stdout)
    server.stop()
    return 0 if server.protocol._shutdown else 1
