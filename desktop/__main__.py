import sys

from desktop.cli.entry import main

sys.exit(main())
