"""The command-line reference (docs/cli.md), generated from the Typer app by introspection.

Every command, argument and option documents itself where it is declared; this module only
lays those out as Markdown, so a new command or option reaches the reference by running
`eastflank dictionary`, and a test fails when someone forgets.
"""

from enum import Enum
from pathlib import Path

import typer

from eastflank.loaders.paths import PROJECT_ROOT

Parameter = typer.core.TyperArgument | typer.core.TyperOption

PAGE_HEAD = """# Command-line reference

<!-- Generated from the Typer app in loaders/cli.py by `eastflank dictionary`; do not edit. -->

Every command also takes `--help`. A default under `<checkout>/` is that folder of this
project wherever the command runs; any other relative path is relative to the working directory.
"""
EXAMPLE_PREFIX = "Example: "


def cli_reference(app: typer.Typer, program: str = "eastflank") -> str:
    """The whole page: a head, the program's summary, then one section per command."""
    group = typer.main.get_command(app)
    if not isinstance(group, typer.core.TyperGroup):
        raise TypeError(f"{program} has one command and no subcommands to document")
    root = typer.Context(group, info_name=program)
    sections = [PAGE_HEAD, f"`{program}`: {group.help}\n"]
    for name in group.list_commands(root):
        command = group.get_command(root, name)
        if command is not None and not command.hidden:
            sections.append(_command_section(typer.Context(command, info_name=name, parent=root)))
    return "\n".join(sections)


def _command_section(context: typer.Context) -> str:
    command = context.command
    paragraphs = [" ".join(paragraph.split()) for paragraph in (command.help or "").strip().split("\n\n")]
    examples = [text.removeprefix(EXAMPLE_PREFIX) for text in paragraphs if text.startswith(EXAMPLE_PREFIX)]
    lines = [f"## `{context.command_path}`", ""]
    lines += [line for text in paragraphs if not text.startswith(EXAMPLE_PREFIX) for line in (text, "")]
    lines += ["```", command.get_usage(context), "```", ""]
    parameters = [p for p in command.get_params(context) if isinstance(p, Parameter) and p.name != "help"]
    rows = [_parameter_row(parameter, context) for parameter in parameters]
    if rows:
        lines += ["| argument or option | what it is | default |", "|---|---|---|", *rows, ""]
    for example in examples:
        lines += ["Example:", "", "```sh", example, "```", ""]
    return "\n".join(lines)


def _parameter_row(parameter: Parameter, context: typer.Context) -> str:
    record = parameter.get_help_record(context)
    name = record[0] if record is not None else str(parameter.name)
    what = parameter.help or ""
    if parameter.envvar:
        what += f" Also read from `${parameter.envvar}`."
    return "| " + " | ".join(_cell(text) for text in (f"`{name}`", what, _default(parameter))) + " |"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: a pipe would end the cell."""
    return text.replace("|", "\\|")


def _default(parameter: Parameter) -> str:
    """The default as a user types it: enum values by name, project paths relative to the root."""
    if parameter.required:
        return "required"
    value = parameter.default
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, Path) and value.is_relative_to(PROJECT_ROOT):
        value = f"<checkout>/{value.relative_to(PROJECT_ROOT)}"
    return f"`{value}`"
