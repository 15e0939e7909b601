"""docs/ stays true: generated pages match the code, README stays short, and no link is dead."""

import re
from enum import Enum
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from eastflank.loaders.cli import app
from eastflank.loaders.docs.cli_reference import cli_reference
from eastflank.loaders.docs.generated import generated_pages
from eastflank.loaders.paths import DOCS_DIR, PROJECT_ROOT

README = PROJECT_ROOT / "README.md"
MARKDOWN_FILES = [README, PROJECT_ROOT / "CHANGELOG.md", *sorted(DOCS_DIR.glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCED_BLOCK = re.compile(r"^```.*?^```", flags=re.S | re.M)


@pytest.mark.parametrize("path", sorted(generated_pages(app)), ids=lambda path: path.name)
def test_generated_page_is_current(path: Path) -> None:
    want = generated_pages(app)[path]
    assert path.read_text(encoding="utf-8") == want, f"{path.name} is stale: run `eastflank dictionary`"


def test_every_command_has_a_section_in_the_cli_reference() -> None:
    text = (DOCS_DIR / "cli.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).list_commands(typer.Context(typer.main.get_command(app)))
    assert "dictionary" in commands, commands
    missing = [name for name in commands if f"## `eastflank {name}`" not in text]
    assert missing == [], missing


def test_readme_is_at_most_12_kb() -> None:
    size = README.stat().st_size
    assert size <= 12 * 1024, size


@pytest.mark.parametrize("path", MARKDOWN_FILES, ids=lambda path: str(path.relative_to(PROJECT_ROOT)))
def test_every_relative_link_points_to_a_file_and_heading_that_exist(path: Path) -> None:
    dead = [target for target in relative_links(path) if not link_resolves(path, target)]
    assert dead == [], dead


def relative_links(path: Path) -> list[str]:
    """Link targets outside code blocks that are not web addresses."""
    text = FENCED_BLOCK.sub("", path.read_text(encoding="utf-8"))
    return [target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def link_resolves(source: Path, target: str) -> bool:
    """True when the file exists and, for `file#heading`, the file has that heading."""
    file_part, _, anchor = target.partition("#")
    linked = source if file_part == "" else (source.parent / file_part)
    if not linked.exists():
        return False
    return anchor == "" or anchor in heading_anchors(linked)


def heading_anchors(path: Path) -> set[str]:
    """GitHub's anchors for a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens."""
    text = FENCED_BLOCK.sub("", path.read_text(encoding="utf-8"))
    headings = re.findall(r"^#+ (.+)$", text, flags=re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_heading_anchors_follow_githubs_rule(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Top\n\n## What `out/` holds\n\n```\n# not a heading\n```\n", encoding="utf-8")
    assert heading_anchors(page) == {"top", "what-out-holds"}, heading_anchors(page)
    assert link_resolves(page, "#what-out-holds")
    assert not link_resolves(page, "#not-a-heading")
    assert not link_resolves(page, "missing.md")


class Colour(Enum):
    red = "red"
    blue = "blue"


def test_the_reference_lists_commands_arguments_options_and_defaults() -> None:
    toy = typer.Typer(help="A toy program.")

    @toy.command()
    def paint(
        wall: Annotated[str, typer.Argument(help="Which wall.")],
        colour: Annotated[Colour, typer.Option(help="Paint colour.")] = Colour.blue,
        folder: Annotated[Path, typer.Option(help="Where the tins are.")] = PROJECT_ROOT / "tins",
    ) -> None:
        """Paint one wall.

        Example: toy paint north --colour red
        """

    @toy.command(hidden=True)
    def secret() -> None:
        """Not in the reference."""

    got = cli_reference(toy, program="toy").split("`toy`: A toy program.\n\n", 1)[1]
    want = "\n".join(
        [
            "## `toy paint`",
            "",
            "Paint one wall.",
            "",
            "```",
            "Usage: toy paint [OPTIONS] {wall}",
            "```",
            "",
            "| argument or option | what it is | default |",
            "|---|---|---|",
            "| `wall <str>` | Which wall. | required |",
            "| `--colour <red\\|blue>` | Paint colour. | `blue` |",
            "| `--folder <path>` | Where the tins are. | `<checkout>/tins` |",
            "",
            "Example:",
            "",
            "```sh",
            "toy paint north --colour red",
            "```",
            "",
        ]
    )
    assert got == want, got


def test_the_dictionary_command_writes_every_generated_page(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dictionary", "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.output
    written = {path.name: path.read_text(encoding="utf-8") for path in (tmp_path / "docs").iterdir()}
    want = {path.name: text for path, text in generated_pages(app).items()}
    assert written == want, sorted(written)
