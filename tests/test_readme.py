"""README stays true: it gives exactly two set-up commands, and the dictionary it links to is current."""

import re

from eastflank.loaders.paths import DOCS_DIR, PROJECT_ROOT
from eastflank.loaders.publish.dictionary import data_dictionary_page

README = PROJECT_ROOT / "README.md"


def test_data_dictionary_in_docs_is_current() -> None:
    text = (DOCS_DIR / "data-dictionary.md").read_text(encoding="utf-8")
    assert text == data_dictionary_page(), "docs/data-dictionary.md is stale: run `eastflank dictionary`"


def test_readme_links_to_the_data_dictionary() -> None:
    assert "(docs/data-dictionary.md)" in README.read_text(encoding="utf-8")


def test_readme_gives_exactly_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    commands = re.findall(r"<!-- (serve|test)-command -->\n```sh\n(.+)\n```", text)
    assert [kind for kind, _ in commands] == ["serve", "test"], commands
    assert all(command.startswith("python3 -m venv .venv && ") for _, command in commands), commands


def test_ci_runs_the_readme_test_command() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci, "the CI script must extract and run README's test command"
