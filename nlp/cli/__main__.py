import sys

from nlp.cli.main import main

sys.exit(main())
