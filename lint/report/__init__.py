"""The pieces of ``wirelint report`` / ``--format html``: one self-contained HTML page.

``page`` assembles the document from ``overview`` (the batch table and ``chart``), ``story`` (one
file's highlighted text, built with ``highlight``) and ``ruledocs``; ``assets`` holds the inline
CSS and JavaScript. Nothing in the page refers to anything outside it.
"""
