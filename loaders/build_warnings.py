"""What a build noticed: counts and warnings that the closing summary lists."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class BuildReport:
    """Warnings by category, each with a message naming what to look at."""

    warnings: list[tuple[str, str]] = field(default_factory=list)

    def warn(self, category: str, message: str) -> None:
        """Record one warning (e.g. category 'skipped file', 'unused reference entry')."""
        self.warnings.append((category, message))

    def counts(self) -> Counter[str]:
        """How many warnings of each category."""
        return Counter(category for category, _ in self.warnings)
