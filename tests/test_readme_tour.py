"""The README's tour shows what the commands really print (tests/tour.py runs them)."""

from __future__ import annotations

import pytest
from conftest import REPO
from tour import Block, differences, readme_blocks, rewrite, run_tour


@pytest.fixture(scope="module")
def tour() -> list[Block]:
    return run_tour()


def test_the_readme_shows_the_real_output_of_every_tour_command(tour):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    problems = list(differences(readme, tour))
    assert not problems, "\n".join(problems) + "\nrun: python tests/tour.py --write"


def test_the_tour_runs_every_command(tour):
    from graph.cli import app

    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    shown = "\n".join(block.text for block in tour)
    assert not [c for c in commands if f"$ mandate-graph {c}" not in shown]


def test_a_stale_block_is_reported_and_rewritten():
    readme = "intro\n<!-- tour: x -->\n```\n$ old\nold output\n```\nend\n"
    fresh = [Block("x", "", "$ new\nnew output")]
    assert [p.splitlines()[0] for p in differences(readme, fresh)] == ["block 'x' differs:"]
    written = rewrite(readme, fresh)
    assert written == "intro\n<!-- tour: x -->\n```\n$ new\nnew output\n```\nend\n"
    assert not list(differences(written, fresh))
    assert readme_blocks(written)["x"].text == "$ new\nnew output"


def test_a_missing_or_unknown_block_is_reported():
    readme = "<!-- tour: gone -->\n```\n$ a\n```\n"
    problems = list(differences(readme, [Block("new", "", "$ b")]))
    assert any("'gone' is not a step" in p for p in problems)
    assert any("no block <!-- tour: new -->" in p for p in problems)
