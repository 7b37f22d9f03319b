"""``python -m validator`` runs the command line, as the ``factcheck`` script does."""

from .cli import app

app(prog_name="factcheck")
