"""The annual report for the municipalities, modelled on EMP's 2018 report: cover,
contents, introduction, the four tasks, registrations per year, the map, the figures,
the five effects, network, prevention and development points.

Only disclosure-controlled figures come in (see dto.Figure), so nothing here can print a
small number; the PDF metadata names the organisation and the year, never a person.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table
from reportlab.platypus.flowables import KeepTogether

from emp_desktop.domain import municipalities
from emp_desktop.reports.blocks import (
    count_block,
    count_table,
    figure_tiles,
    hidden_legend,
    logo,
)
from emp_desktop.reports.charts import year_chart
from emp_desktop.reports.dto import HIDDEN_LEGEND, AnnualReportData, CountTable, Figure, Measure
from emp_desktop.reports.geo_map import region_map
from emp_desktop.reports.layout import (
    ACCENT,
    FRAME_W,
    PdfMeta,
    Progress,
    build_pdf,
    contents_table,
    dutch_date,
    heading,
    para,
    register_fonts,
    styles,
    table_style,
    text_blocks,
)

TITLE = "Jaarverslag zorgcoördinatie mensenhandel"
# Referrals are counted as referrals (one person may have several); the effects count
# persons. The labels say which, so "GGZ" never shows two numbers for one thing.
REFERRALS_LABEL = "doorverwijzingen naar ketenpartners (aantal verwijzingen, geen personen)"
SUPPRESSION_NOTE = (
    "Alle cijfers in dit verslag zijn geanonimiseerd en gelijk aan de cijfers die aan Comensha "
    "en de gemeenten zijn geleverd. Een cijfer dat tot een kleine groep personen herleidbaar is, "
    "of waaruit zo'n cijfer terug te rekenen is, staat er niet in maar als “·”; zo’n cijfer "
    f"kan klein of groot zijn. {HIDDEN_LEGEND}."
)
FOLDED_NOTE = (
    "Overige regiogemeenten: {total}, samengevoegd omdat het aantal meldingen per gemeente "
    "te klein is om apart te publiceren zonder cijfers te verbergen ({names})."
)
TASKS = (
    (
        "1. Bereikbaar en vindbaar, off- en online",
        "De zorgcoördinator is off- en online goed te vinden en te bereiken, en werkt "
        "proactief en outreachend: op straat, op scholen, bij partners en online.",
    ),
    (
        "2. Coördineren en monitoren van het hulpverleningstraject",
        "De zorgcoördinator bewaakt voortgang en kwaliteit van het traject, verwijst door naar "
        "ketenpartners en organiseert zo nodig een zorgoverleg rondom het slachtoffer.",
    ),
    (
        "3. Bouwen en onderhouden van een netwerk",
        "De zorgcoördinator zit het 4-wekelijks zorgoverleg voor en zorgt voor afstemming en "
        "continuïteit van het hulpaanbod tussen zorg- en veiligheidsketen.",
    ),
    (
        "4. Informatie, consultatie en preventie",
        "Professionals van scholen, huisartsen, wijkteams en zorginstellingen kunnen de "
        "zorgcoördinator consulteren; voorlichting en trainingen helpen signalen herkennen.",
    ),
)


DEMO_MARK = "DEMO · "
DEMO_COVER = "DEMO: synthetische demogegevens, geen echte cliënten"


def render_annual_report(data: AnnualReportData, progress: Progress | None = None) -> bytes:
    """The annual report as PDF bytes. `progress(done, total)` is called as layout
    advances (total 100), from the calling thread."""
    register_fonts()
    story: list[Flowable] = [*_cover(data), PageBreak()]
    story += [para("Inhoud", "h1"), contents_table(), PageBreak()]
    for section in (
        _introduction,
        _tasks,
        _registrations,
        _residence,
        _figures,
        _effects,
        _network,
        _prevention,
        _development,
    ):
        story += section(data)
    meta = PdfMeta(
        title=f"{TITLE} {data.year}",
        author=data.organisation_name,
        subject=f"Resultaten en effecten van de zorgcoördinatie mensenhandel in {data.year}",
        footer=(DEMO_MARK if data.demo else "") + f"{TITLE} {data.year} – {data.organisation_name}",
    )
    return build_pdf(story, meta, cover_page=True, progress=progress)


def _cover(data: AnnualReportData) -> list[Flowable]:
    image = logo(data.logo_png, 6 * cm, 3 * cm)
    names = [municipalities.name(code) for code in _region(data)]
    made = f"Opgesteld op {dutch_date(data.generated_at)} met EMP Desktop. "
    demo = [para(DEMO_COVER, "h2"), Spacer(1, 12)] if data.demo else []
    return [
        *demo,
        image if image else Spacer(1, 3 * cm),
        Spacer(1, 2.5 * cm),
        _cover_band(data.year),
        Spacer(1, 24),
        para(data.organisation_name, "h2"),
        para(f"Zorgcoördinatie mensenhandel voor de {data.region_name}: {_join_dutch(names)}."),
        *_revision_note(data),
        Spacer(1, 4 * cm),
        para(made + SUPPRESSION_NOTE, "small"),
    ]


def _revision_note(data: AnnualReportData) -> list[Flowable]:
    if data.revision <= 1:
        return []
    return [
        Spacer(1, 12),
        para(
            f"Gecorrigeerde versie (revisie {data.revision}): de cijfers tellen ook de "
            f"registraties die na het eerdere jaarverslag over {data.year} zijn nagekomen of "
            "gecorrigeerd. Deze versie vervangt de eerdere.",
            "h2",
        ),
    ]


def _cover_band(year: int) -> Table:
    """The purple title block of the cover, in the organisation's house colour."""
    s, white = styles(), "#ffffff"
    lines = (
        ("Jaarverslag", s["body"].clone("Kicker", fontSize=12, textColor=white)),
        (
            "Zorgcoördinatie mensenhandel",
            s["h1"].clone("CoverTitle", fontSize=25, leading=31, textColor=white, keepWithNext=0),
        ),
        (
            str(year),
            s["h1"].clone("CoverYear", fontSize=46, leading=54, textColor=white, keepWithNext=0),
        ),
    )
    band = Table([[para(text, style)] for text, style in lines], colWidths=[FRAME_W])
    band.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 20),
                ("TOPPADDING", (0, 0), (0, 0), 24),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 22),
            ]
        )
    )
    return band


def _region(data: AnnualReportData) -> tuple[str, ...]:
    return data.region_codes or tuple(municipalities.region_codes())


def _join_dutch(items: list[str]) -> str:
    return items[0] if len(items) < 2 else ", ".join(items[:-1]) + " en " + items[-1]


def _introduction(data: AnnualReportData) -> list[Flowable]:
    return [heading("Inleiding"), *text_blocks(data.introduction), para(SUPPRESSION_NOTE, "small")]


def _task_tiles(data: AnnualReportData) -> tuple[list[tuple[Figure, str]], ...]:
    t, n, p = data.tasks, data.network, data.prevention
    return (
        [
            (t.new_reports, "meldingen (vermoedelijke) slachtoffers"),
            (t.advice_questions, "adviesvragen en korte contacten"),
            (t.contacts, "contactmomenten"),
            (t.outreach_contacts, "waarvan outreachend"),
        ],
        [
            (t.active_trajectories, "actieve hulpverleningstrajecten"),
            (t.referrals, REFERRALS_LABEL),
            (t.victim_meetings, "casusoverleggen (rondom één slachtoffer)"),
        ],
        [
            (n.zorgoverleggen, "zorgoverleggen (4-wekelijks)"),
            (n.casusoverleggen, "casusoverleggen"),
            (n.partners, "netwerkpartners"),
        ],
        [
            (n.consultations, "consultaties aan professionals"),
            (p.sessions, "voorlichtingen"),
            (p.trainings, "trainingen"),
            (p.people_reached, "mensen bereikt"),
        ],
    )


def _tasks(data: AnnualReportData) -> list[Flowable]:
    t, tiles = data.tasks, _task_tiles(data)
    story: list[Flowable] = [
        heading("De vier taken van de zorgcoördinator"),
        para(
            "De zorgcoördinatie wordt uitgevoerd volgens de richtlijnen van Comensha. "
            f"De zorgcoördinator voert vier taken uit; hieronder de cijfers over {data.year}."
        ),
    ]
    for (title, text), items in zip(TASKS, tiles, strict=True):
        block = [heading(title, 2), para(text), _tiles(items)]
        if title.startswith("2.") and t.referrals_per_domain is not None:
            block += [
                Spacer(1, 6),
                para(t.referrals_per_domain.title, "cell_bold"),
                *count_block(t.referrals_per_domain),
            ]
        story.append(KeepTogether(block))
    return story


def _tiles(items: list[tuple[Figure, str]], per_row: int = 4) -> Flowable:
    tiles = figure_tiles([(figure.text(), label) for figure, label in items], per_row)
    legend = hidden_legend(figure for figure, _ in items)
    return KeepTogether([tiles, *legend]) if legend else tiles


def _registrations(data: AnnualReportData) -> list[Flowable]:
    chart = year_chart(data.registrations_per_year, FRAME_W, highlight=data.year)
    years = sorted(data.registrations_per_year)
    span = f"{years[0]}–{years[-1]}" if years else str(data.year)
    return [
        CondPageBreak(chart.height + 120),
        heading("Meldingen per jaar"),
        para(
            "Het aantal gemelde (vermoedelijke) slachtoffers in de regio waarbij de "
            f"zorgcoördinatie betrokken was, {span}. Jaren van vóór EMP Desktop zijn "
            "overgenomen uit eerdere jaarverslagen."
        ),
        Spacer(1, 6),
        chart,
        para(
            f"Aantal meldingen (vermoedelijke) slachtoffers per jaar; {data.year} donker.", "small"
        ),
        *hidden_legend(data.registrations_per_year.values()),
    ]


def _residence(data: AnnualReportData) -> list[Flowable]:
    drawing = region_map(
        data.municipality_counts,
        data.outside_region,
        FRAME_W,
        _region(data),
        folded=data.folded_codes,
    )
    return [
        CondPageBreak(drawing.height + 80),
        heading("Woonplaatsen van slachtoffers"),
        para(
            f"Woongemeente van de (vermoedelijke) slachtoffers die in {data.year} zijn gemeld, "
            f"per gemeente in de {data.region_name}; meldingen van daarbuiten als totaal."
        ),
        drawing,
        *_folded_note(data),
        *hidden_legend(
            [*data.municipality_counts.values(), *(o.figure for o in data.outside_region)]
        ),
        CondPageBreak(160),
        heading("Nieuwe meldingen per woongemeente", 2),
        *count_block(_per_municipality(data), chart=False),
    ]


def _per_municipality(data: AnnualReportData) -> CountTable:
    """The map's figures as a table: every region municipality shown apart, the folded
    ones together, then what lies outside."""
    counts = data.municipality_counts
    rows = {
        municipalities.name(c): counts[c] for c in _region(data) if c not in data.folded_codes
    }
    if data.folded_codes and data.folded_total is not None:
        rows["Overige regiogemeenten"] = data.folded_total
    rows.update({row.label: row.figure for row in data.outside_region})
    return CountTable.one_way("Nieuwe meldingen per woongemeente", "Gemeente", rows)


def _folded_note(data: AnnualReportData) -> list[Flowable]:
    if not data.folded_codes or data.folded_total is None:
        return []
    names = _join_dutch([municipalities.name(code) for code in data.folded_codes])
    return [para(FOLDED_NOTE.format(total=data.folded_total.text(), names=names))]


def _figures(data: AnnualReportData) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Cijfers")]
    for table in (data.forms, data.melders, data.gender, data.age_groups, data.nationality):
        story += [CondPageBreak(120), heading(table.title, 2), *count_block(table)]
    return story


EFFECTS = (
    (
        "1) Bijdrage aan zelfredzaamheid en leefbaarheid",
        "Slachtoffers lopen vast op meerdere leefgebieden. We werken aan een terugkeer naar het "
        "‘normale leven’ en een stijging op de domeinen van de zelfredzaamheidsmatrix (ZRM).",
    ),
    (
        "2) Verhogen van het veiligheidsgevoel",
        "Door de vertrouwensrelatie met de zorgcoördinator zijn slachtoffers eerder bereid tot "
        "een melding of aangifte; bij dreiging borgen we tijdig de veiligheid.",
    ),
    (
        "3) Verbeteren van de financiële gezondheid",
        "Veel slachtoffers komen met schulden uit de uitbuiting. Begeleiding naar schuldhulp "
        "maakt zelfstandig wonen, werken en leren eerder mogelijk.",
    ),
    (
        "4) Minder hulp- en zorgvragen",
        "Vroeg en laagdrempelig contact, en snel doorverwijzen naar de juiste ketenpartner, "
        "voorkomen terugval en langdurige specialistische zorg.",
    ),
    (
        "5) Voorkomen en reduceren van (ernstige) psychische klachten",
        "Erkenning en een juiste start van de zorg voorkomen hertraumatisering; waar nodig "
        "verwijzen we door naar de GGZ en blijven we in contact.",
    ),
)


def _effects(data: AnnualReportData) -> list[Flowable]:
    e = data.effects
    measures: tuple[list[tuple[Measure, str]], ...] = (
        [(e.zrm_improved, "cliënten met een verbeterde ZRM-score")],
        [
            (e.aangifte_made, "cliënten in traject met aangifte"),
            (e.safety_plans, "cliënten in traject met een veiligheidsplan"),
        ],
        [(e.debt_help, "cliënten in traject begeleid naar schuldhulpverlening (personen)")],
        [(Measure(data.tasks.referrals), REFERRALS_LABEL)],
        [(e.ggz_referrals, "cliënten in traject ooit naar de GGZ verwezen (personen)")],
    )
    persons = (
        "Personen in een traject dit jaar (het aandeel is van alle cliënten in traject), ook "
        "als de verwijzing van eerder is; het aantal verwijzingen van dit jaar per zorgdomein "
        "staat bij taak 2."
    )
    notes = (e.zrm_note, "", persons, "", persons)
    story: list[Flowable] = [PageBreak(), heading("Resultaten: de vijf effecten")]
    for (title, text), items, note in zip(EFFECTS, measures, notes, strict=True):
        tiles = figure_tiles([(m.text(), label) for m, label in items])
        legend = hidden_legend(m.figure for m, _ in items)
        block = [heading(title, 2), para(text), tiles, *legend]
        block += [para(note, "small")] if note else []
        story.append(KeepTogether(block))
    return story


def _network(data: AnnualReportData) -> list[Flowable]:
    n = data.network
    story: list[Flowable] = [
        CondPageBreak(200),
        heading("Netwerk"),
        _tiles(
            [
                (n.zorgoverleggen, "zorgoverleggen"),
                (n.casusoverleggen, "casusoverleggen"),
                (n.partners, "netwerkpartners"),
                (n.consultations, "consultaties"),
            ]
        ),
    ]
    if n.zorgoverleg_members:
        story += [
            Spacer(1, 6),
            para(f"Aan het zorgoverleg namen deel: {_join_dutch(list(n.zorgoverleg_members))}."),
        ]
    if n.consultations_per_type is not None:
        story += [
            heading(n.consultations_per_type.title, 2),
            *count_block(n.consultations_per_type),
        ]
    return story


def _prevention(data: AnnualReportData) -> list[Flowable]:
    p = data.prevention
    story: list[Flowable] = [
        CondPageBreak(200),
        heading("Preventie en voorlichting"),
        _tiles(
            [
                (p.sessions, "voorlichtingen"),
                (p.trainings, "trainingen"),
                (p.people_reached, "mensen bereikt"),
            ]
        ),
    ]
    for table in (p.per_institution_type, p.per_audience):
        if table is not None:
            story += [CondPageBreak(100), heading(table.title, 2), *count_table(table)]
    return story


def _development(data: AnnualReportData) -> list[Flowable]:
    closing = f"{data.place}, {dutch_date(data.generated_at)}" if data.place else ""
    story: list[Flowable] = [
        CondPageBreak(200),
        heading("Ontwikkelpunten"),
        *text_blocks(data.development_points),
    ]
    if closing:
        story += [Spacer(1, 14), para(closing), para(data.organisation_name)]
    return story
