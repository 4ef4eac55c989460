"""Everything an attacker knows about the released cells, as one system of linear equations.

One variable per cell (margins included) of every table in the release, in the related
earlier releases, and in *latent* tables: tables nobody published but that the published
ones pin down (the rest of a year after its released quarters, or a table of a released
quarter that only the year carries). The equations:

* additivity: each margin is the sum of its line;
* linked tables: tables with the same unit in one population share their marginals over
  the dimensions they have in common (same category labels); such cells are one *class*
  (one LP variable), so a hidden cell published elsewhere is simply published;
* periods: whole = sum of parts (+ the latent rest when some parts were never released).

The same period released again (the same label, or an "equal" relation) is the same
population: its tables are linked to this release's exactly like tables within one release,
so every cell it published or hid is this release's cell too.

The truth of every class is known where the data is (released tables, and the rest when
all its terms are known); it seeds the search and is checked to satisfy the system, so a
caller whose tables do not describe one population gets a ValueError instead of an audit
that reasons about a world that does not exist.

When that check fails because an earlier release no longer agrees with the data — the period
was released before and registrations were added or corrected since, so the same label (or a
year and its released quarters) now stands for other numbers — the error is a
`DisclosureControlFailed` that says so (`changed_since_release`). Protecting such a release
would mean protecting the *change*: everyone holding both releases subtracts them, and a
change of 1 to n−1 persons in a cell (one late registration changes a cell in every linked
table: it is that person's record) is as disclosive as a small count. Modelling that needs a
correction release — its own label and a relation "new = old + signed change" protected like
the rest of a year — which the register and the recipients do not have; until then the data
of a released period cannot leave again with other numbers.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from emp_desktop.privacy.groups import group_dominant, group_lines
from emp_desktop.privacy.release import (
    INHERITED,
    DisclosureControlFailed,
    ProtectedTable,
    Relation,
    period_relations,
)
from emp_desktop.privacy.tables import TOTAL, Key, Table, cells_with_margins

CURRENT, PRIOR, LATENT = "current", "prior", "latent"


@dataclass
class Instance:
    table: Table
    release: str  # shown in failures
    population: str  # instances with the same population count the same persons
    kind: str
    truth: dict[Key, int] | None
    published: dict[Key, bool] = field(default_factory=dict)  # prior instances only
    inherited: set[Key] = field(default_factory=set)  # hidden because the year hid them
    keys: list[Key] = field(default_factory=list)
    base: int = 0

    def var(self, key: Key) -> int:
        return self.base + self._index[key]

    def index_keys(self) -> None:
        self.keys = list(itertools.product(*self.table.axes()))
        self._index = {key: i for i, key in enumerate(self.keys)}


@dataclass(frozen=True)
class GroupReq:
    instance: int
    line_vars: tuple[int, ...]
    top: int  # variable of the dominant cell
    total: int  # variable of the line total


@dataclass
class System:
    instances: list[Instance]
    var_instance: list[int]
    var_class: list[int]
    members: list[list[int]]
    rows: list[dict[int, int]]
    class_rows: list[list[int]]
    truth: list[int | None]
    eligible_lines: list[tuple[int, ...]]
    group_reqs: list[GroupReq]
    latent_reqs: list[tuple[int, bool]]  # (class, truth unknown)
    inherited: set[int] = field(default_factory=set)  # variables hidden whatever their value
    signed: set[int] = field(default_factory=set)  # difference classes: any integer

    def key(self, var: int) -> Key:
        inst = self.instances[self.var_instance[var]]
        return inst.keys[var - inst.base]

    def kind(self, var: int) -> str:
        return self.instances[self.var_instance[var]].kind


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build_system(
    current: Sequence[Table],
    release: str,
    prior: Sequence[ProtectedTable],
    relations: Sequence[Relation] | None,
    threshold: int,
    companions: Sequence[tuple[str, Table]] = (),
    differences: Sequence[tuple[str, str]] = (),
) -> System:
    """`companions` are (label, table) protected together with this release under their
    own labels: the quarters a year plans for itself (see disclosure.protect).
    `differences` are (new, old) labels of a correction and the release it corrects: each
    cell of new − old is a latent, signed *difference* cell that must not be derivable to
    1..n−1 persons more or fewer (see `_add_differences`)."""
    instances = [Instance(t, release, release, CURRENT, cells_with_margins(t)) for t in current]
    instances += [
        Instance(t, label, label, CURRENT, cells_with_margins(t)) for label, t in companions
    ]
    for pt in _distinct(prior):
        instances.append(_prior_instance(pt))
    labels = [inst.release for inst in instances]
    rels = period_relations(labels) if relations is None else list(relations)
    population = _merge_equal_labels(labels, rels)
    for inst in instances:
        inst.population = population(inst.release)
    _check_unchanged(instances)
    sums = _effective_sums(rels, population, {i.population for i in instances})
    pairs = [(population(new), population(old)) for new, old in differences]
    instances = _related_only(instances, sums, population(release), pairs)
    kept = {inst.population for inst in instances}
    sums = [s for s in sums if s.whole in kept]
    _add_latent(instances, sums)
    deltas = _add_differences(instances, pairs)
    system = _assemble(instances, sums, threshold, deltas)
    _inherit(system, sums)
    return system


def _add_differences(
    instances: list[Instance], pairs: list[tuple[str, str]]
) -> list[tuple[Instance, Instance, Instance]]:
    """A correction and the release it corrects count nearly the same persons; whoever
    holds both subtracts them. The difference of each table is a latent table of its own
    (its truth: new − old, negative where registrations were removed), protected like any
    small count. Its equation new − old − difference = 0 constrains nothing else, since a
    difference can be any integer; it only gives the attacker's question a variable."""
    out = []
    for new_pop, old_pop in pairs:
        for new in [i for i in instances if i.population == new_pop]:
            old = _first(instances, old_pop, new.table.name)
            if old is None or old.truth is None or not _same_shape(old.table, new.table):
                continue
            truth = {k: new.truth[k] - old.truth[k] for k in new.truth}
            label = f"verschil {new_pop} − {old_pop}"
            delta = Instance(new.table, label, label, LATENT, truth)
            instances.append(delta)
            out.append((new, old, delta))
    return out


def _inherit(system: System, sums: list[_Sum]) -> None:
    """A quarter released after its year hides every cell the year hid, zeros included
    (release.INHERITED): otherwise each quarter's "x" would add "at least one" to what the
    year's hidden cell must hold, and four quarters narrow it down. Earlier releases say
    which of their cells were hidden so (their stored reasons)."""
    for inst in system.instances:
        if inst.kind == PRIOR:
            system.inherited.update(inst.var(key) for key in inst.inherited)
            continue
        if inst.kind != CURRENT:
            continue
        if any(
            other.kind == PRIOR
            and other.population == inst.population
            and other.table.name == inst.table.name
            for other in system.instances
        ):
            # Published or planned before under this label (a year plans its quarters
            # together with itself): its own stored reasons say what it inherited.
            continue
        for s in sums:
            if inst.population not in s.released:
                continue
            whole = _first(system.instances, s.whole, inst.table.name)
            if whole is None or whole.kind != PRIOR or not _same_shape(whole.table, inst.table):
                continue
            for key in inst.keys:
                if not whole.published[key]:
                    system.inherited.add(inst.var(key))


def _distinct(prior: Sequence[ProtectedTable]) -> list[ProtectedTable]:
    """The register may hold one period twice (exported again with the same data): the
    second copy tells an attacker nothing the first does not."""
    seen, out = set(), []
    for pt in prior:
        t = pt.table
        signature = (
            pt.release,
            t.name,
            t.dimensions,
            tuple(sorted(t.categories.items())),
            t.unit,
            t.additive,
            tuple(sorted(t.counts.items())),
            tuple(sorted(pt.cells.items(), key=lambda item: item[0])),
        )
        if signature not in seen:
            seen.add(signature)
            out.append(pt)
    return out


def changed_since_release(period: str, table: str) -> DisclosureControlFailed:
    """The refusal for a period whose data changed after it was released (module docstring)."""
    return DisclosureControlFailed(
        f"Periode {period} is al eerder geleverd met andere aantallen (tabel {table}): de "
        "gegevens van die periode zijn sindsdien gewijzigd, bijvoorbeeld door een nagekomen "
        "of gecorrigeerde registratie, zodat de leveringen niet dezelfde populatie tellen. "
        "Wie beide leveringen heeft, ziet het verschil en daarmee wie er bijkwam of veranderde. "
        "Hiervoor is een correctielevering nodig; er mag niets uit"
    )


def _check_unchanged(instances: list[Instance]) -> None:
    """An earlier release of this very period must show the tables it shares with this one
    exactly as the data gives them now."""
    current = {
        (inst.population, inst.table.name): inst for inst in instances if inst.kind == CURRENT
    }
    for inst in instances:
        if inst.kind != PRIOR:
            continue
        now = current.get((inst.population, inst.table.name))
        if now is not None and _same_shape(now.table, inst.table) and now.truth != inst.truth:
            raise changed_since_release(inst.release, inst.table.name)


def _same_shape(a: Table, b: Table) -> bool:
    return (a.dimensions, a.categories, a.unit) == (b.dimensions, b.categories, b.unit)


def _prior_instance(pt: ProtectedTable) -> Instance:
    if not pt.release:
        raise ValueError(f"Eerdere tabel {pt.table.name} mist het label van haar levering")
    truth = cells_with_margins(pt.table)
    if set(pt.cells) != set(truth):
        raise ValueError(f"Eerdere tabel {pt.table.name} ({pt.release}) mist cellen")
    for key, value in pt.cells.items():
        if value is not None and value != truth[key]:
            raise ValueError(f"Eerdere tabel {pt.table.name} ({pt.release}): cel {key} klopt niet")
    inst = Instance(pt.table, pt.release, pt.release, PRIOR, truth)
    inst.published = {key: value is not None for key, value in pt.cells.items()}
    inst.inherited = {key for key, why in pt.reasons.items() if why == INHERITED}
    return inst


def _merge_equal_labels(labels: list[str], rels: list[Relation]) -> Callable[[str], str]:
    names = sorted(set(labels) | {r.whole for r in rels} | {p for r in rels for p in r.parts})
    index = {name: i for i, name in enumerate(names)}
    uf = _UnionFind(len(names))
    for rel in rels:
        if rel.kind == "equal":
            uf.union(index[rel.whole], index[rel.parts[0]])
    return lambda label: names[uf.find(index[label])]


@dataclass(frozen=True)
class _Sum:
    whole: str
    released: tuple[str, ...]
    rest: str | None  # population of the never-released parts, if any


def _effective_sums(
    rels: list[Relation], population: Callable[[str], str], released: set[str]
) -> list[_Sum]:
    """Sum relations that constrain something: the whole and at least one part released."""
    sums = []
    for rel in rels:
        if rel.kind != "sum" or population(rel.whole) not in released:
            continue
        parts = [population(p) for p in rel.parts]
        done = tuple(p for p in parts if p in released)
        if not done:
            continue
        if population(rel.whole) in parts:
            raise ValueError(f"Levering {rel.whole} kan geen deel van zichzelf zijn")
        rest = None if len(done) == len(parts) else f"{rel.whole} zonder {', '.join(done)}"
        sums.append(_Sum(population(rel.whole), done, rest))
    return sums


def _related_only(
    instances: list[Instance],
    sums: list[_Sum],
    start: str,
    pairs: Sequence[tuple[str, str]] = (),
) -> list[Instance]:
    """Earlier releases that share no persons with this one cannot narrow anything down."""
    reach, frontier = {start}, [start]
    edges = defaultdict(set)
    for s in sums:
        for part in s.released:
            edges[s.whole].add(part)
            edges[part].add(s.whole)
    for new, old in pairs:
        edges[new].add(old)
        edges[old].add(new)
    while frontier:
        for nxt in edges[frontier.pop()] - reach:
            reach.add(nxt)
            frontier.append(nxt)
    return [inst for inst in instances if inst.population in reach]


def _first(instances: list[Instance], population: str, name: str) -> Instance | None:
    for inst in instances:
        if inst.population == population and inst.table.name == name:
            return inst
    return None


def _additive_names(instances: list[Instance], pops: set[str]) -> list[str]:
    """Tables of these populations for which a year is the sum of its quarters (flows);
    stocks and outcomes are related across periods by nothing (see `tables`)."""
    return sorted(
        {i.table.name for i in instances if i.population in pops and i.table.additive}
    )


def _add_latent(instances: list[Instance], sums: list[_Sum]) -> None:
    for s in sums:
        pops = {s.whole, *s.released}
        names = _additive_names(instances, pops)
        for name in names:
            model = next(i for i in instances if i.population in pops and i.table.name == name)
            for pop in sorted(pops):
                if _first(instances, pop, name) is None:
                    instances.append(Instance(model.table, pop, pop, LATENT, None))
            if s.rest is not None:
                instances.append(Instance(model.table, s.rest, s.rest, LATENT, None))
            _check_sum(instances, s, name)


def _check_sum(instances: list[Instance], s: _Sum, name: str) -> None:
    whole = _first(instances, s.whole, name)
    parts = [_first(instances, p, name) for p in s.released]
    every = [whole, *parts]
    if s.rest is not None:
        every.append(_first(instances, s.rest, name))
    shapes = {(i.table.dimensions, tuple(i.table.categories.items()), i.table.unit) for i in every}
    if len(shapes) != 1:
        raise DisclosureControlFailed(
            f"Tabel {name} heeft in de leveringen van {s.whole} niet dezelfde indeling "
            "(categorieën), zodat de leveringen niet samen te controleren zijn; "
            "er mag niets uit"
        )
    if whole.truth is None or any(p.truth is None for p in parts):
        return
    rest = {k: v - sum(p.truth[k] for p in parts) for k, v in whole.truth.items()}
    if any(v < 0 for v in rest.values()) or (s.rest is None and any(rest.values())):
        raise DisclosureControlFailed(
            f"Tabel {name}: levering {s.whole} is niet de som van {', '.join(s.released)}. "
            "De gegevens van deze periodes zijn na een eerdere levering gewijzigd, bijvoorbeeld "
            "door een nagekomen of gecorrigeerde registratie; wie beide leveringen heeft, ziet "
            "dat verschil. Hiervoor is een correctielevering nodig; er mag niets uit"
        )
    if s.rest is not None:
        _first(instances, s.rest, name).truth = rest


def _assemble(
    instances: list[Instance],
    sums: list[_Sum],
    threshold: int,
    deltas: Sequence[tuple[Instance, Instance, Instance]] = (),
) -> System:
    var_instance: list[int] = []
    for number, inst in enumerate(instances):
        inst.index_keys()
        inst.base = len(var_instance)
        var_instance.extend([number] * len(inst.keys))
    uf = _UnionFind(len(var_instance))
    _link_tables(instances, uf)
    roots = sorted({uf.find(v) for v in range(len(var_instance))})
    dense = {root: c for c, root in enumerate(roots)}
    var_class = [dense[uf.find(v)] for v in range(len(var_instance))]
    members: list[list[int]] = [[] for _ in roots]
    for var, cls in enumerate(var_class):
        members[cls].append(var)
    rows = _rows(instances, sums, var_class, deltas)
    class_rows: list[list[int]] = [[] for _ in roots]
    for number, row in enumerate(rows):
        for cls in row:
            class_rows[cls].append(number)
    system = System(
        instances,
        var_instance,
        var_class,
        members,
        rows,
        class_rows,
        _class_truth(instances, var_class, len(roots)),
        [],
        [],
        [],
    )
    system.signed = {var_class[delta.var(k)] for _, _, delta in deltas for k in delta.keys}
    _requirements(system, threshold)
    return system


def _link_tables(instances: list[Instance], uf: _UnionFind) -> None:
    """Same population and unit: equal marginals over every shared set of dimensions."""
    for a, b in itertools.combinations(instances, 2):
        if a.population != b.population or a.table.unit != b.table.unit:
            continue
        shared = [d for d in a.table.dimensions if d in b.table.dimensions]
        options = []
        for dim in shared:
            other = set(b.table.categories[dim])
            options.append([c for c in a.table.categories[dim] if c in other] + [TOTAL])
        for combo in itertools.product(*options):
            fixed = dict(zip(shared, combo, strict=True))
            key_a = tuple(fixed.get(d, TOTAL) for d in a.table.dimensions)
            key_b = tuple(fixed.get(d, TOTAL) for d in b.table.dimensions)
            uf.union(a.var(key_a), b.var(key_b))


def _rows(
    instances: list[Instance],
    sums: list[_Sum],
    var_class: list[int],
    deltas: Sequence[tuple[Instance, Instance, Instance]] = (),
) -> list[dict[int, int]]:
    raw: list[list[tuple[int, int]]] = []
    for new, old, delta in deltas:
        for key in new.keys:
            raw.append([(new.var(key), 1), (old.var(key), -1), (delta.var(key), -1)])
    for inst in instances:
        for key in inst.keys:
            for dim, part in enumerate(key):
                if part != TOTAL:
                    continue
                cats = inst.table.categories[inst.table.dimensions[dim]]
                parts = [inst.var(key[:dim] + (c,) + key[dim + 1 :]) for c in cats]
                raw.append([(inst.var(key), 1)] + [(v, -1) for v in parts])
    for s in sums:
        raw.extend(_sum_rows(instances, s))
    rows, seen = [], set()
    for terms in raw:
        row: dict[int, int] = defaultdict(int)
        for var, coef in terms:
            row[var_class[var]] += coef
        clean = {cls: coef for cls, coef in row.items() if coef}
        signature = tuple(sorted(clean.items()))
        if clean and signature not in seen:
            seen.add(signature)
            rows.append(clean)
    return rows


def _sum_rows(instances: list[Instance], s: _Sum) -> list[list[tuple[int, int]]]:
    out = []
    for name in _additive_names(instances, {s.whole}):
        whole = _first(instances, s.whole, name)
        parts = [_first(instances, p, name) for p in s.released]
        if s.rest is not None:
            parts.append(_first(instances, s.rest, name))
        for key in whole.keys:
            out.append([(whole.var(key), 1)] + [(p.var(key), -1) for p in parts])
    return out


def _class_truth(instances: list[Instance], var_class: list[int], size: int) -> list[int | None]:
    truth: list[int | None] = [None] * size
    source: list[Instance | None] = [None] * size
    for inst in instances:
        if inst.truth is None:
            continue
        for key in inst.keys:
            cls, value = var_class[inst.var(key)], inst.truth[key]
            if truth[cls] is not None and truth[cls] != value:
                earlier = next(
                    (i for i in (inst, source[cls]) if i is not None and i.kind == PRIOR), None
                )
                if earlier is not None:
                    # Linked across releases only within one period: it was released before
                    # with other numbers.
                    raise changed_since_release(earlier.release, earlier.table.name)
                raise ValueError(
                    f"Tabellen met eenheid '{inst.table.unit}' in levering {inst.release} tellen "
                    f"niet dezelfde populatie (cel {key} van {inst.table.name}); geef elke "
                    "persoon in elke tabel precies één cel, bijvoorbeeld met 'onbekend'"
                )
            truth[cls], source[cls] = value, inst
    return truth


def _requirements(system: System, threshold: int) -> None:
    seen: set[tuple[int, int]] = set()
    for number, inst in enumerate(system.instances):
        if inst.kind == LATENT:
            continue
        for line in group_lines(inst.table):
            line_vars = tuple(inst.var(k) for k in line.members)
            system.eligible_lines.append(line_vars)
            top = group_dominant(line, inst.truth)
            if top is None:
                continue
            req = GroupReq(number, line_vars, inst.var(top), inst.var(line.total))
            # Linked copies of one group (a margin line and the 2-D table it equals) are
            # one requirement.
            pair = (system.var_class[req.top], system.var_class[req.total])
            if pair not in seen:
                seen.add(pair)
                system.group_reqs.append(req)
    for cls, group in enumerate(system.members):
        if any(system.kind(v) != LATENT for v in group):
            continue
        value = system.truth[cls]
        if cls in system.signed:
            if value and abs(value) < threshold:  # a few persons added or removed
                system.latent_reqs.append((cls, False))
            continue
        if value is None or 1 <= value < threshold:
            system.latent_reqs.append((cls, value is None))
