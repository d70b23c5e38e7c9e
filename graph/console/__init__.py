"""Plain text for the terminal: aligned tables, the progress line, the build summary."""
