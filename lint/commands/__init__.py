"""Sub-commands of the wirelint command line, one module each."""
