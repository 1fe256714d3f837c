"""The one-folder app's entry point: the same ``jmdesigner`` command as a pip install gives."""

import sys

from jmdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
