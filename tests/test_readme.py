"""README stays true: its data dictionary is current and it gives exactly two set-up commands."""

import re

from eastflank.loaders.paths import PROJECT_ROOT
from eastflank.loaders.publish.dictionary import replace_in_readme

README = PROJECT_ROOT / "README.md"


def test_data_dictionary_in_readme_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert replace_in_readme(text) == text, "README's data dictionary is stale: run `eastflank dictionary`"


def test_readme_gives_exactly_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    commands = re.findall(r"<!-- (serve|test)-command -->\n```sh\n(.+)\n```", text)
    assert [kind for kind, _ in commands] == ["serve", "test"], commands
    assert all(command.startswith("python3 -m venv .venv && ") for _, command in commands), commands


def test_ci_runs_the_readme_test_command() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci, "the CI script must extract and run README's test command"
