"""``python -m desk_assistant`` starts the application."""

import sys

from desk_assistant.cli import main

sys.exit(main())
