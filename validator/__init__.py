"""factcheck: cross-checks the figures of Chinese financial news before publication."""

# The one place the version is written (pyproject.toml reads it): a constant, so that
# `factcheck --version` needs no package metadata lookup at start-up.
__version__ = "0.4.0"
