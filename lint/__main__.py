"""`python -m lint` runs the wirelint command line."""

from lint.cli import main

raise SystemExit(main())
