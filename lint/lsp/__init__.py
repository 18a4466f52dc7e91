"""The wirelint language server (``wirelint server``), built on pygls.

Modules, one job each:

- :mod:`lint.lsp.positions`: offsets <-> LSP positions in UTF-8, UTF-16 or UTF-32 code units.
- :mod:`lint.lsp.buffers`: the open documents, kept in sync from didOpen/didChange.
- :mod:`lint.lsp.analysis`: lint one buffer exactly as ``wirelint check`` lints the same file.
- :mod:`lint.lsp.actions`: quick fixes, fix-all, suppression comments and hover text.
- :mod:`lint.lsp.server`: the pygls wiring, debouncing and publishing.
"""
