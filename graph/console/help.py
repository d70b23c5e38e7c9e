"""Commands whose help names values as a user types them (FILE..., PATH, N), not Python types.

Typer labels every argument and option by its annotation (`<list[Path]>`, `{files}...`). A
command built with `PlainCommand` shows each parameter's metavar instead: the one given in
its declaration, else its name in capitals.
"""

from __future__ import annotations

from typer.core import TyperArgument, TyperCommand, TyperOption


def metavar(param: TyperArgument | TyperOption) -> str:
    """The parameter's metavar: as declared, else its name in capitals (`--jobs` -> JOBS)."""
    return param.metavar or (param.name or "value").upper()


def usage_piece(param: TyperArgument) -> str:
    """How an argument reads in the usage line: FILE..., [KEY]."""
    piece = metavar(param) + ("..." if param.nargs != 1 else "")
    return piece if param.required else f"[{piece}]"


class OutputClosed(Exception):
    """The reader of standard output went away (`| head`): see main() in cli.py."""


class PlainCommand(TyperCommand):
    """A Typer command whose usage line and help list show metavars, never types.

    It also lets a closed standard output reach main() (Typer would turn it into exit 1).
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise OutputClosed from None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperOption) and not (param.is_flag or param.count):
                param.metavar = metavar(param)

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [
            usage_piece(p) for p in self.get_params(ctx) if isinstance(p, TyperArgument)
        ]

    def format_options(self, ctx, formatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if isinstance(param, TyperArgument):
                arguments.append((usage_piece(param), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
