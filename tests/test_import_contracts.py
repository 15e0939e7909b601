"""Imports run one way, down the stage order, as pyproject.toml's import-linter contract says.

import-linter reads the package from disk, and the editable install maps `eastflank.*` onto
`loaders/` and `schema/` through an import hook it cannot follow; so each test lays out an
`eastflank/` folder of links (or copies) in a temporary directory and runs `lint-imports`
on it with the project's own contract.
"""

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from eastflank.loaders.paths import PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lay_out(root: Path, copy: bool = False) -> Path:
    """An importable `eastflank` package under `root` made of the project's two source folders."""
    package = root / "eastflank"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for folder in ("loaders", "schema"):
        if copy:
            shutil.copytree(PROJECT_ROOT / folder, package / folder, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (package / folder).symlink_to(PROJECT_ROOT / folder)
    return root


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), str(PROJECT_ROOT / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_stage_contract_is_kept(tmp_path: Path) -> None:
    done = lint_imports(lay_out(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout, done.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    root = lay_out(tmp_path, copy=True)
    cache = root / "eastflank" / "loaders" / "extract" / "cache.py"
    cache.write_text(cache.read_text() + "\nfrom eastflank.loaders.publish import release_info  # noqa\n")
    done = lint_imports(root)
    assert done.returncode != 0, done.stdout
    assert "BROKEN" in done.stdout, done.stdout


def test_shipped_code_never_imports_the_tests() -> None:
    offenders = []
    for path in sorted([*(PROJECT_ROOT / "loaders").rglob("*.py"), *(PROJECT_ROOT / "schema").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module is not None:
                names = [node.module]
            offenders += [
                f"{path.relative_to(PROJECT_ROOT)}: {name}" for name in names if name.split(".")[0] == "tests"
            ]
    assert offenders == [], offenders


def test_every_module_of_loaders_sits_in_a_layer() -> None:
    contract = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layered = {name.strip() for layer in contract["contracts"][0]["layers"] for name in layer.split("|")}
    modules = {
        f"eastflank.loaders.{path.stem if path.is_file() else path.name}"
        for path in (PROJECT_ROOT / "loaders").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").is_file()
    }
    assert sorted(modules - layered) == [], sorted(modules - layered)
