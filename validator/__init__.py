"""factcheck: cross-checks the figures of Chinese financial news before publication."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
