"""`python -m graph` works like `mandate-graph`."""

from .cli import main

if __name__ == "__main__":
    main()
