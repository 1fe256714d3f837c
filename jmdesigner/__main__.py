import sys

from jmdesigner.cli import main

sys.exit(main())
