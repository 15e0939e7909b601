"""Time the extraction stages one by one over a corpus, streaming one article at a time.

The build interleaves stages per article (and across processes), so its own timings
cannot split reading from matching; this pass runs the same library functions in
sequence on each article and sums their times per stage.
"""

import time
from collections import defaultdict
from pathlib import Path

from eastflank.loaders.extract.context import load_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.extract.entities.mentions import find_mentions
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.corpus import article_paths, to_record
from eastflank.loaders.ingest.metadata import ArticleMetadata
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.ingest.read import read_article
from eastflank.loaders.paths import REFERENCE_DIR


def time_stages(corpus: Path, sample_every: int = 1, reference_dir: Path = REFERENCE_DIR) -> dict[str, float]:
    """Seconds spent in read, split, match, and the rest of extraction (dates, events, quotes ...).

    With `sample_every` n > 1 only every n-th article is timed and the sums are multiplied
    by n: an estimate, which the benchmark labels as one, that keeps the 100,000-article
    run from spending half an hour on a second single-process pass.
    """
    _, context = load_context(reference_dir)
    seconds: dict[str, float] = defaultdict(float)
    for path in article_paths(corpus)[::sample_every]:
        started = time.perf_counter()
        document = to_record(path, read_article(path), ArticleMetadata())
        read_done = time.perf_counter()
        spans = split_paragraphs(document.text, context.chrome)
        paragraphs = [(stable_id("paragraph", document.id, span.position), span) for span in spans]
        split_done = time.perf_counter()
        find_mentions(context.gazetteer, document.id, paragraphs)
        match_done = time.perf_counter()
        extract_document(document, context)
        extract_done = time.perf_counter()
        seconds["read"] += read_done - started
        seconds["split"] += split_done - read_done
        seconds["match"] += match_done - split_done
        seconds["dates, events and the rest"] += max(0.0, (extract_done - match_done) - (match_done - read_done))
    return {stage: total * sample_every for stage, total in seconds.items()}
