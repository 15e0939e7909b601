"""Canned queries for Datasette: the questions an analyst asks first, one click away.

Each query is plain SQLite SQL with named parameters, which Datasette turns into a form.
An entity parameter accepts an id (`md`), a name (`Moldova`) or an alias (`NATO`), in any
case, and a blank value means "all", so a form left empty still answers something.
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


TIMELINE = CannedQuery(
    "timeline",
    "Timeline of events",
    "Every dated event in date order; give an entity (id, name or alias) to keep the events it "
    "takes part in, hosts or is named in, or leave it blank for all.",
    f"""
with {chosen("entity")}
select e.start_date, e.end_date, e.date_precision, e.type, e.name, e.modality,
  place.name as location, d.title as document, e.id as event_id
from events e
left join entities place on place.id = e.location_entity_id
left join documents d on d.id = e.document_id
where :entity = ''
  or e.location_entity_id in (select id from chosen)
  or e.id in (select event_id from event_participants where entity_id in (select id from chosen))
  or exists (
    select 1 from mentions m
    where m.paragraph_id = e.paragraph_id and m.entity_id in (select id from chosen)
      and m.start_char >= e.start_char and m.end_char <= e.end_char
  )
order by e.start_date is null, e.start_date, e.name, e.id
""",
)

ENTITY_IN_CONTEXT = CannedQuery(
    "entity_in_context",
    "An entity in context",
    "Every mention of an entity (id, name or alias), with the words around it and its whole "
    "paragraph, in publication order.",
    f"""
with {chosen("entity")}
select d.published_date, d.title as document, p.position as paragraph,
  substr(p.text, max(1, m.start_char - 79), min(80, m.start_char)) as before,
  m.text as mention,
  substr(p.text, m.end_char + 1, 80) as after,
  e.name as entity, p.text as paragraph_text, m.id as mention_id, m.paragraph_id, m.document_id
from mentions m
join chosen on chosen.id = m.entity_id
join entities e on e.id = m.entity_id
join paragraphs p on p.id = m.paragraph_id
join documents d on d.id = m.document_id
order by d.published_date is null, d.published_date, d.id, p.position, m.start_char
""",
)

PROGRAMME_LIFECYCLE = CannedQuery(
    "programme_lifecycle",
    "A programme's lifecycle",
    "What is known about a programme (id, name or acronym such as IPAP or ITPP): its reference "
    "dates, every lifecycle fact an article states, and the events that name it, in date order.",
    f"""
with {chosen("programme")},
programme as (select * from programmes where entity_id in (select id from chosen))
select * from (
select cast(start_year as text) as date, 'reference' as kind,
  'started' || coalesce(', replacing ' || before.name, '') as what,
  owner.name as who, null as evidence, null as document, 'programmes/' || programme.entity_id as source_row
from programme
left join entities owner on owner.id = programme.owner_entity_id
left join entities before on before.id = programme.predecessor_id
where start_year is not null
union all
select cast(end_year as text), 'reference', 'ends' || coalesce(', replaced by ' || after.name, ''),
  owner.name, null, null, 'programmes/' || programme.entity_id
from programme
left join entities owner on owner.id = programme.owner_entity_id
left join entities after on after.id = programme.successor_id
where end_year is not null
union all
select f.value, 'fact', f.fact, partner.name,
  substr(p.text, f.start_char + 1, f.end_char - f.start_char), d.title, 'programme_facts/' || f.id
from programme_facts f
join paragraphs p on p.id = f.paragraph_id
join documents d on d.id = f.document_id
left join entities partner on partner.id = f.partner_entity_id
where f.programme_entity_id in (select entity_id from programme)
union all
select e.start_date, 'event', e.type || ': ' || e.name, null,
  substr(p.text, e.start_char + 1, e.end_char - e.start_char), d.title, 'events/' || e.id
from events e
join paragraphs p on p.id = e.paragraph_id
left join documents d on d.id = e.document_id
where exists (
  select 1 from mentions m
  where m.paragraph_id = e.paragraph_id and m.entity_id in (select entity_id from programme)
    and m.start_char >= e.start_char and m.end_char <= e.end_char
)
)
order by date is null, date, kind, source_row
""",
)

WHO_SAID_WHAT = CannedQuery(
    "who_said_what",
    "Who said what",
    "Direct quotations with their speakers, newest article first; give a speaker (id, name or "
    "alias) to keep only theirs, or leave it blank for all.",
    f"""
with {chosen("speaker")}
select d.published_date, coalesce(s.name, '(unresolved)') as speaker, q.text as quote,
  q.attribution, d.title as document, q.id as quote_id, q.paragraph_id
from quotes q
join paragraphs p on p.id = q.paragraph_id
join documents d on d.id = p.document_id
left join entities s on s.id = q.speaker_entity_id
where :speaker = '' or q.speaker_entity_id in (select id from chosen)
order by d.published_date is null, d.published_date desc, d.id, p.position, q.start_char
""",
)

CO_MENTIONS = CannedQuery(
    "co_mentions",
    "Co-mentions",
    "Pairs of entities named in the same paragraph, with how many paragraphs and articles they "
    "share; give an entity (id, name or alias) to see who appears beside it, or leave it blank.",
    f"""
with {chosen("entity")},
named as (select distinct paragraph_id, document_id, entity_id from mentions)
select a.entity_id, ea.name as entity, b.entity_id as with_entity_id, eb.name as with_entity,
  count(*) as paragraphs, count(distinct a.document_id) as documents
from named a
join named b on b.paragraph_id = a.paragraph_id and b.entity_id <> a.entity_id
join entities ea on ea.id = a.entity_id
join entities eb on eb.id = b.entity_id
where case when :entity = '' then a.entity_id < b.entity_id
  else a.entity_id in (select id from chosen) end
group by a.entity_id, b.entity_id
order by paragraphs desc, documents desc, entity, with_entity
""",
)

PLACES = CannedQuery(
    "places",
    "Map of places",
    "Every country and place the articles name, on a map, with how often each is mentioned.",
    """
select e.id, e.name, e.type, e.latitude, e.longitude, count(*) as mentions,
  count(distinct m.document_id) as documents
from entities e
join mentions m on m.entity_id = e.id
where e.latitude is not null and e.longitude is not null
group by e.id
order by mentions desc, e.name
""",
)

EVENTS_OVER_TIME = CannedQuery(
    "events_over_time",
    "Events over time",
    "Events per year, beside the articles published that year.",
    """
with years as (
  select substr(start_date, 1, 4) as year from events where start_date is not null
  union
  select substr(published_date, 1, 4) from documents where published_date is not null
)
select year,
  (select count(*) from events where substr(start_date, 1, 4) = years.year) as events,
  (select count(*) from documents where substr(published_date, 1, 4) = years.year) as articles
from years
order by year
""",
    description_html=(
        "<p>Events per year, beside the articles published that year. "
        '<a href="?chart=events#g.mark=bar&amp;g.x_column=year&amp;g.x_type=ordinal&amp;g.y_column=events'
        '&amp;g.y_type=quantitative">Chart events by year</a> or '
        '<a href="?chart=articles#g.mark=bar&amp;g.x_column=year&amp;g.x_type=ordinal&amp;g.y_column=articles'
        '&amp;g.y_type=quantitative">chart articles by year</a>.</p>'
    ),
)

CANNED_QUERIES = (TIMELINE, ENTITY_IN_CONTEXT, PROGRAMME_LIFECYCLE, WHO_SAID_WHAT, CO_MENTIONS, PLACES, EVENTS_OVER_TIME)
"""Every canned query, in the order the database page lists them."""


def canned_queries_metadata() -> dict[str, dict[str, Any]]:
    """The `queries` block of Datasette's metadata."""
    return {query.name: query.metadata() for query in CANNED_QUERIES}
