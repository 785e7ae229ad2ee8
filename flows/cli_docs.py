"""Write docs/cli.md, the command reference, from the commands' own help: `python -m flows.cli_docs > docs/cli.md`.

Generated rather than written by hand so it cannot drift: tests/test_cli_help.py checks that every command
and option of `vzmon` appears in docs/cli.md, and fails (naming what is missing) when someone adds one
without regenerating.
"""

from __future__ import annotations

from collections.abc import Iterator

import click


def commands(group: click.Command, path: tuple[str, ...] = ("vzmon",)) -> Iterator[tuple[str, click.Command]]:
    """(`vzmon alerts status`, command) for the group and every command under it, depth first, by name."""
    yield " ".join(path), group
    if isinstance(group, click.Group):
        for name in sorted(group.commands):
            yield from commands(group.commands[name], (*path, name))


def help_text(name: str, command: click.Command) -> str:
    """The command's --help as a person sees it at 100 columns."""
    ctx = click.Context(command, info_name=name, max_content_width=100, terminal_width=100)
    return command.get_help(ctx)


def reference() -> str:
    from flows.cli import cli

    out = ["# Command reference", "",
           "Generated from the commands' `--help` by `python -m flows.cli_docs > docs/cli.md`; "
           "tests/test_cli_help.py checks that it lists every command and option.", ""]
    for name, command in commands(cli):
        out += [f"## {name}", "", "```text", help_text(name, command).rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(reference(), end="")
