"""Finding 5: build time grew with the square of a line's length (1 MB on one line took 119.5 s,
the same words in paragraphs 8.6 s; 3 MB did not finish). Extraction is now linear in a
paragraph's length, and a very long line is named in the build report.

Times are compared, not bounded: the same sentences on one line cost about what they cost
in paragraphs, and four times the text costs about four times as much (before the fix: 9x a
line against paragraphs at 400 KB, 16x for four times the text). Text without full stops is
one endless sentence: each date's tense is read from up to dates/tense.py REACH characters
either side instead of its own sentence, a bounded constant that made it 2.2-2.7x the cost
of paragraphs as the other extractors got faster (2026-12-05), so it is held to 4x and to
growing linearly itself. On 2026-12-06 CI caught a line of 400 KB growing 7.1x for four times
the text: three lookups each searched the whole line once per question (the last "? " before a
borrowed date, the last "(" before a place, a cased month word in the date gates); bounded,
the line costs what paragraphs cost again (1.1x, 4.2x for 4x).
"""

import json
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.ingest.corpus import iter_corpus
from eastflank.loaders.ingest.long_lines import LONG_LINE

SENTENCES = (
    "The defence minister of Romania met his Polish counterpart in Bucharest on 3 March 2021 to discuss air policing.",
    "NATO agreed in June 2022 to deploy additional battlegroups to Slovakia, Hungary, Bulgaria and Romania.",
    "Officials said the exercise would involve about 4,000 troops from eleven Allies and partner nations.",
    "“We stand ready to defend every inch of Allied territory,” the Secretary General told reporters.",
    "Moldova signed a new partnership programme with the Alliance after a meeting of the council in Brussels.",
    "The United States will deliver six patrol boats to Georgia by the end of next year, the embassy announced.",
    "Lithuania hosted a summit of the Bucharest Nine where leaders adopted a declaration on eastern security.",
    "The European Union approved an assistance measure worth 40 million euros for the armed forces of Moldova.",
    "Estonia and Latvia opened a joint training centre for cyber defence in Tallinn last spring.",
    "Ukraine applied for membership in September 2022, and the ministers welcomed the application.",
)
SMALL, LARGE = 100_000, 400_000


def article(size: int, shape: str) -> str:
    """A title and about `size` characters of the sentences above: on one line ("line"), five
    sentences a paragraph ("paragraphs"), or on one line without full stops ("no stops")."""
    count = size // (sum(map(len, SENTENCES)) // len(SENTENCES))
    sentences = [SENTENCES[i % len(SENTENCES)] for i in range(count)]
    if shape == "no stops":
        sentences = [s.rstrip(".") for s in sentences]
    if shape == "paragraphs":
        return "Allies on the eastern flank\n" + "\n".join(" ".join(sentences[i : i + 5]) for i in range(0, count, 5))
    return "Allies on the eastern flank\n" + " ".join(sentences) + "\n"


def seconds(tmp_path: Path, context: ExtractionContext, text: str) -> float:
    """The least of three timings of extracting the article, as the build reads it."""
    corpus = tmp_path / f"corpus-{len(text)}-{hash(text) & 0xFFFF}"
    corpus.mkdir()
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    (record,) = iter_corpus(corpus, BuildReport())
    timings = []
    for _ in range(3):
        started = time.process_time()
        extract_document(record, context)
        timings.append(time.process_time() - started)
    return min(timings)


def test_one_line_costs_what_paragraphs_cost_and_grows_linearly(tmp_path: Path) -> None:
    _, context = load_context()
    large = {shape: seconds(tmp_path, context, article(LARGE, shape)) for shape in ("paragraphs", "line", "no stops")}
    small = {shape: seconds(tmp_path, context, article(SMALL, shape)) for shape in ("line", "no stops")}
    print(f"\n{LARGE:,} characters: {large}; {SMALL:,}: {small}")
    assert large["line"] < 2.5 * large["paragraphs"], large
    assert large["no stops"] < 4 * large["paragraphs"], large
    assert large["line"] / small["line"] < 7, (large, small)
    assert large["no stops"] / small["no stops"] < 7, (large, small)


def test_a_very_long_line_is_named_in_the_build_report(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result]
) -> None:
    (small_corpus / "one_line.txt").write_text(article(30_000, "no stops"), encoding="utf-8")
    out = tmp_path / "dist"
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    warnings = json.loads((out / "build-report.json").read_text(encoding="utf-8"))["warnings"][LONG_LINE]
    length = len(article(30_000, "no stops").split("\n")[1])
    want = [
        f"{small_corpus / 'one_line.txt'}: line 2 is {length:,} characters long; it is stored whole, but extraction "
        "reads text without full stops in pieces, so break the text into paragraphs"
    ]
    assert warnings == want, warnings
