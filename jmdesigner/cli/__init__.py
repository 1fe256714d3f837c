"""The ``jmdesigner`` command: scripting verbs, and the GUI when called with just a file.

Every failure a user can cause ends with one line ``jmdesigner: error: …`` on stderr and
exit status 1 (a refused input, file or action) or 2 (a mistake in the command line itself);
no traceback reaches the terminal.

One module per verb (``new``, ``importing``, ``exporting``, ``info``, ``check``, ``templates``),
registered by name in ``verbs`` and imported only when chosen: a command line pays for its own
verb (the window's parser and Qt's options load only without one). A verb module imports only the
standard library at the top and loads SQLAlchemy, ReportLab, openpyxl or Qt inside ``run``, so
``--help`` and ``info`` stay light.
"""

from jmdesigner.cli.entry import gui_main, main

__all__ = ["gui_main", "main"]
