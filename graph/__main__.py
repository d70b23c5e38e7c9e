"""`python -m graph` works like `mandate-graph`."""

from .cli import main

main()
