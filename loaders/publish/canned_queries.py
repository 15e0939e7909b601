"""Canned queries for Datasette: the questions an analyst asks first, one click away.

Each query is plain SQLite SQL with named parameters, which Datasette turns into a form.
An entity parameter accepts an id (`md`), a name (`Moldova`) or an alias (`NATO`), in any
case, and a blank value means "all", so a form left empty still answers something.

Every query answers in milliseconds at any corpus size (tests/loaders/publish/test_query_plans.py
checks the plans): "all" and "one entity" are separate arms of a UNION ALL, each guarded by
its parameter, because one plan cannot serve both. The "all" arm walks an index in the
order the query returns, so it stops at Datasette's row cap; the "one entity" arm starts
from the entity's rows in an index and sorts only those. Where those rows are many, the
sort carries only their keys (an `ordered` subquery, kept whole by `limit -1` and read
first through CROSS JOIN), and only the rows Datasette shows are joined to their text.
Counts over every mention or event are read from the summary tables (schema/summaries.py)
instead of being counted.

For an entity named in thousands of articles even sorting only its rows is too slow, so
entity_in_context and programme_lifecycle have a third way: walk documents or events in the
order the query returns (an index), keep the rows naming the entity, and stop at the page.
Which way is cheaper depends on how often the entity is named (`frequent`, read from the
summary tables), and the unused arm is switched off without running: by a LIMIT of 0 where
the arms are concatenated, and, where the arms are merged in order, by a condition tested
in an outer loop of one row (`gate`) before the inner loop starts. A condition on the arm's
own table would not do: SQLite tests a subquery condition on every row, not once. The
walking arm's gate is table_stats' row for the walked table, which SQLite knows is one row
(a primary-key lookup) and so still walks the index in order.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CannedQuery:
    """One named query: its title, what it answers, and its SQL."""

    name: str
    title: str
    description: str
    sql: str
    description_html: str | None = None

    def metadata(self) -> dict[str, Any]:
        """The query as Datasette's metadata `queries` entry."""
        entry: dict[str, Any] = {"title": self.title, "sql": self.sql.strip(), "hide_sql": True}
        if self.description_html is None:
            entry["description"] = self.description
        else:
            entry["description_html"] = self.description_html
        return entry


def chosen(parameter: str) -> str:
    """A CTE selecting the entity ids a parameter names, by id, name or alias, in any case."""
    return f"""chosen as (
  select id from entities where lower(id) = lower(:{parameter}) or lower(name) = lower(:{parameter})
  union
  select entity_id from entity_aliases where lower(alias) = lower(:{parameter})
)"""


def mentioned_in_evidence(chosen_ids: str, column: str = "id") -> str:
    """The `column` (id or rowid) of events whose evidence sentence names one of `chosen_ids` (a subquery).

    Both come from the covering indexes on mentions and events, so no row is read.
    """
    return f"""select e.{column} from mentions m
    join events e on e.paragraph_id = m.paragraph_id
    where m.entity_id in ({chosen_ids}) and m.start_char >= e.start_char and m.end_char <= e.end_char"""


TIMELINE = CannedQuery(
    "timeline",
    "Timeline of events",
    "Every dated event in date order; give an entity (id, name or alias) to keep the events it "
    "takes part in, hosts or is named in, or leave it blank for all.",
    f"""
with {chosen("entity")},
picked as (
  select id from events where location_entity_id in (select id from chosen)
  union
  select event_id from event_participants where entity_id in (select id from chosen)
  union
  {mentioned_in_evidence("select id from chosen")}
)
select e.start_date, e.end_date, e.date_precision, e.type, e.name, e.modality,
  place.name as location, d.title as document, e.id as event_id
from (
  select rowid as event_rowid, start_date is null as undated, start_date, name, id from events where :entity = ''
  union all
  select rowid, start_date is null, start_date, name, id from events where :entity <> '' and id in (select id from picked)
  order by undated, start_date, name, id
  limit -1
) ordered
cross join events e
left join entities place on place.id = e.location_entity_id
left join documents d on d.id = e.document_id
where e.rowid = ordered.event_rowid
""",
    description_html=(
        "<p>Every dated event in date order; give an entity (id, name or alias) to keep the events it takes part in, "
        "hosts or is named in, or leave it blank for all. "
        '<a class="timeline-chart" href="?entity=&amp;chart=time#g.mark=circle&amp;g.x_column=start_date&amp;g.x_type=temporal'
        '&amp;g.y_column=type&amp;g.y_type=nominal">Chart these events on a time axis</a> (one dot per event, '
        "by type; a date given only to the month or year sits at its first day).</p>"
    ),
)


def frequent(chosen_ids: str, per: str, table: str) -> str:
    """A CTE with a row when the entities `chosen_ids` are named in enough `per` (documents or
    paragraphs) that walking `table` in date order finds a page sooner than sorting their rows.

    Walking reads about 100 × rows(table) / n rows to fill a page of 100 when the entity is in
    n of them; sorting reads all its n rows. Walking wins once n² exceeds 50 × rows(table)
    (about 2,200 articles of 100,000); either way a page costs under about 25 ms there.
    The row count comes from table_stats, so nothing is counted per request.
    """
    return f"""frequent as (
  select 1 from entity_mention_counts c cross join table_stats s
  where c.entity_id in ({chosen_ids}) and s.table_name = '{table}' and c.{per} * c.{per} >= 50 * s.row_count
)"""


ENTITY_IN_CONTEXT = CannedQuery(
    "entity_in_context",
    "An entity in context",
    "Every mention of an entity (id, name or alias), with the words around it and its whole "
    "paragraph, in publication order.",
    f"""
with {chosen("entity")},
{frequent("select id from chosen", "documents", "documents")}
select ordered.published_date, d.title as document, ordered.position as paragraph,
  substr(p.text, max(1, m.start_char - 79), min(80, m.start_char)) as before,
  m.text as mention,
  substr(p.text, m.end_char + 1, 80) as after,
  e.name as entity, p.text as paragraph_text, m.id as mention_id, m.paragraph_id, m.document_id
from (
  select * from (
    select m.rowid as mention_rowid, d.published_date, p.position
    from documents d indexed by ix_documents_reading_order
    join mentions m on m.document_id = d.id and m.entity_id in (select id from chosen)
    join paragraphs p on p.id = m.paragraph_id
    order by d.published_date is null, d.published_date, d.id, p.position, m.start_char, m.id
    limit -exists (select 1 from frequent)
  )
  union all
  select * from (
    select m.rowid as mention_rowid, d.published_date, p.position
    from mentions m
    join paragraphs p on p.id = m.paragraph_id
    join documents d on d.id = p.document_id
    where m.entity_id in (select id from chosen)
    order by d.published_date is null, d.published_date, d.id, p.position, m.start_char, m.id
    limit exists (select 1 from frequent) - 1
  )
) ordered
cross join mentions m
cross join entities e
cross join paragraphs p
cross join documents d
where m.rowid = ordered.mention_rowid and e.id = m.entity_id and p.id = m.paragraph_id and d.id = m.document_id
""",
)

PROGRAMME_LIFECYCLE = CannedQuery(
    "programme_lifecycle",
    "A programme's lifecycle",
    "What is known about a programme (id, name or acronym such as IPAP or ITPP): its reference "
    "dates, every lifecycle fact an article states, and the events that name it, in date order.",
    f"""
with {chosen("programme")},
programme as (select * from programmes where entity_id in (select id from chosen)),
{frequent("select entity_id from programme", "paragraphs", "events")}
select lifecycle.date, lifecycle.kind, lifecycle.what, lifecycle.who,
  substr(p.text, lifecycle.start_char + 1, lifecycle.end_char - lifecycle.start_char) as evidence,
  d.title as document, lifecycle.source_row
from (
  select 0 as undated, cast(start_year as text) as date, 'reference' as kind,
    'started' || coalesce(', replacing ' || before.name, '') as what, owner.name as who,
    null as paragraph_id, null as start_char, null as end_char, null as document_id,
    'programmes/' || programme.entity_id as source_row, programme.entity_id as row_id
  from programme
  left join entities owner on owner.id = programme.owner_entity_id
  left join entities before on before.id = programme.predecessor_id
  where start_year is not null
  union all
  select 0, cast(end_year as text), 'reference', 'ends' || coalesce(', replaced by ' || after.name, ''), owner.name,
    null, null, null, null, 'programmes/' || programme.entity_id, programme.entity_id
  from programme
  left join entities owner on owner.id = programme.owner_entity_id
  left join entities after on after.id = programme.successor_id
  where end_year is not null
  union all
  select f.value is null, f.value, 'fact', f.fact, partner.name, f.paragraph_id, f.start_char, f.end_char, f.document_id,
    'programme_facts/' || f.id, f.id
  from programme_facts f
  left join entities partner on partner.id = f.partner_entity_id
  where f.programme_entity_id = (select entity_id from programme order by entity_id limit 1)
  union all
  select f.value is null, f.value, 'fact', f.fact, partner.name, f.paragraph_id, f.start_char, f.end_char, f.document_id,
    'programme_facts/' || f.id, f.id
  from programme_facts f
  left join entities partner on partner.id = f.partner_entity_id
  where f.programme_entity_id in (select entity_id from programme order by entity_id limit -1 offset 1)
  union all
  select e.start_date is null, e.start_date, 'event', e.type || ': ' || e.name, null, e.paragraph_id, e.start_char, e.end_char,
    e.document_id, 'events/' || e.id, e.id
  from table_stats gate cross join events e indexed by ix_events_date_order
  where gate.table_name = 'events' and exists (select 1 from frequent)
    and exists (select 1 from mentions m where m.entity_id in (select entity_id from programme)
      and m.paragraph_id = e.paragraph_id and m.start_char >= e.start_char and m.end_char <= e.end_char)
  union all
  select e.start_date is null, e.start_date, 'event', e.type || ': ' || e.name, null, e.paragraph_id, e.start_char, e.end_char,
    e.document_id, 'events/' || e.id, e.id
  from (select 1) gate cross join events e
  where not exists (select 1 from frequent)
    and e.rowid in ({mentioned_in_evidence("select entity_id from programme", "rowid")})
  order by undated, date, kind, row_id
  limit -1
) lifecycle
left join paragraphs p on p.id = lifecycle.paragraph_id
left join documents d on d.id = lifecycle.document_id
""",
)

WHO_SAID_WHAT = CannedQuery(
    "who_said_what",
    "Who said what",
    "Direct quotations with their speakers, newest article first; give a speaker (id, name or "
    "alias) to keep only theirs, or leave it blank for all.",
    f"""
with {chosen("speaker")}
select published_date, speaker, quote, attribution, document, quote_id, paragraph_id from (
  select d.published_date is null as undated, d.published_date, coalesce(s.name, '(unresolved)') as speaker,
    q.text as quote, q.attribution, d.title as document, q.id as quote_id, q.paragraph_id,
    d.id as document_id, p.position as position, q.start_char as start_char
  from documents d
  cross join paragraphs p
  cross join quotes q
  left join entities s on s.id = q.speaker_entity_id
  where :speaker = '' and p.document_id = d.id and q.paragraph_id = p.id
  union all
  select d.published_date is null, d.published_date, coalesce(s.name, '(unresolved)'), q.text, q.attribution, d.title,
    q.id, q.paragraph_id, d.id, p.position, q.start_char
  from quotes q
  join paragraphs p on p.id = q.paragraph_id
  join documents d on d.id = p.document_id
  left join entities s on s.id = q.speaker_entity_id
  where :speaker <> '' and q.speaker_entity_id in (select id from chosen)
  order by undated, published_date desc, document_id, position, start_char
)
""",
)

CO_MENTIONS = CannedQuery(
    "co_mentions",
    "Co-mentions",
    "Pairs of entities named in the same paragraph, with how many paragraphs and articles they "
    "share; give an entity (id, name or alias) to see who appears beside it, or leave it blank.",
    f"""
with {chosen("entity")}
select pair.entity_id, ea.name as entity, pair.with_entity_id, eb.name as with_entity, pair.paragraphs, pair.documents
from entity_pairs pair
join entities ea on ea.id = pair.entity_id
join entities eb on eb.id = pair.with_entity_id
where :entity = ''
union all
select pair.entity_id, ea.name, pair.with_entity_id, eb.name, pair.paragraphs, pair.documents
from entity_pairs pair
join entities ea on ea.id = pair.entity_id
join entities eb on eb.id = pair.with_entity_id
where :entity <> '' and pair.entity_id in (select id from chosen)
union all
select pair.with_entity_id, eb.name, pair.entity_id, ea.name, pair.paragraphs, pair.documents
from entity_pairs pair
join entities ea on ea.id = pair.entity_id
join entities eb on eb.id = pair.with_entity_id
where :entity <> '' and pair.with_entity_id in (select id from chosen)
order by paragraphs desc, documents desc, entity, with_entity
""",
)

PLACES = CannedQuery(
    "places",
    "Map of places",
    "Every country and place the articles name, with its coordinates and how often each is mentioned.",
    """
select e.id, e.name, e.type, e.latitude, e.longitude, counts.mentions, counts.documents
from entity_mention_counts counts
join entities e on e.id = counts.entity_id
where e.latitude is not null and e.longitude is not null
order by counts.mentions desc, e.name
""",
    description_html=(
        "<p>Every country and place the articles name, with its coordinates and how often each is mentioned. "
        '<a href="/-/map">See them on the map</a> (drawn offline, with the places no article names).</p>'
    ),
)

EVENTS_OVER_TIME = CannedQuery(
    "events_over_time",
    "Events over time",
    "Events per year, beside the articles published that year.",
    """
select year, events, articles from year_counts order by year
""",
    description_html=(
        "<p>Events per year, beside the articles published that year. "
        '<a href="?chart=events#g.mark=bar&amp;g.x_column=year&amp;g.x_type=temporal&amp;g.y_column=events'
        '&amp;g.y_type=quantitative">Chart events by year</a> or '
        '<a href="?chart=articles#g.mark=bar&amp;g.x_column=year&amp;g.x_type=temporal&amp;g.y_column=articles'
        '&amp;g.y_type=quantitative">chart articles by year</a>.</p>'
    ),
)

SEARCH = CannedQuery(
    "search",
    "Search paragraphs",
    "Paragraphs that contain every word given (full-text search, as on the paragraphs page), in "
    "the order the corpus holds them, with their documents. Unlike a search of the paragraphs "
    "table it neither counts nor sorts the matches, so it answers at once however many there are.",
    """
select d.published_date, d.title as document, p.position as paragraph, p.text, p.id as paragraph_id, p.document_id
from paragraphs_fts
join paragraphs p on p.rowid = paragraphs_fts.rowid
join documents d on d.id = p.document_id
where :q <> '' and paragraphs_fts match escape_fts(:q)
order by paragraphs_fts.rowid
""",
)

CANNED_QUERIES = (
    TIMELINE,
    ENTITY_IN_CONTEXT,
    PROGRAMME_LIFECYCLE,
    WHO_SAID_WHAT,
    CO_MENTIONS,
    PLACES,
    EVENTS_OVER_TIME,
    SEARCH,
)
"""Every canned query, in the order the database page lists them."""


def canned_queries_metadata() -> dict[str, dict[str, Any]]:
    """The `queries` block of Datasette's metadata."""
    return {query.name: query.metadata() for query in CANNED_QUERIES}
