"""`--help` names values the way a user types them: FILE..., PATH, N — never Python types."""

from __future__ import annotations

import re

import pytest
from graph_helpers import run_cli

from graph.cli import app

COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
# What Typer prints for annotations: <list[Path]>, <str>, {files}..., <int>
PYTHON_TYPES = re.compile(r"<[a-z][\w\[\], |]*>|\{\w+\}|list\[")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_metavars_not_types(command, capsys):
    code, out, err = run_cli([command, "--help"], capsys)
    assert code == 0, err
    assert not PYTHON_TYPES.search(out), PYTHON_TYPES.search(out)[0]
    assert "[OPTIONS]" in out.splitlines()[0]


@pytest.mark.parametrize(
    ("command", "usage", "options"),
    [
        ("build", "[OPTIONS] PATH...", ("--store PATH|URL", "--jobs N", "--include GLOB")),
        ("extract", "[OPTIONS] PATH...", ("--format FORMAT", "--out DIR")),
        ("chain", "[OPTIONS] KEY", ("--depth N", "--relation LIST")),
        ("query", "[OPTIONS] [SPARQL]", ("--param NAME=VALUE", "--timeout SECONDS")),
        ("export", "[OPTIONS]", ("-o, --output FILE", "--format FORMAT")),
        ("remove", "[OPTIONS] FILE|SYMBOL...", ("--store PATH|URL",)),
    ],
)
def test_help_usage_and_option_metavars(command, usage, options, capsys):
    code, out, _ = run_cli([command, "--help"], capsys)
    assert out.splitlines()[0] == f"Usage: mandate-graph {command} {usage}"
    for option in options:
        assert option in out
