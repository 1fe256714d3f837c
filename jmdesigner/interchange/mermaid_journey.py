"""Mermaid ``journey`` diagrams, read and written as Mermaid's own parser takes them.

The grammar follows mermaid-js/mermaid ``packages/mermaid/src/diagrams/user-journey/parser/
journey.jison`` (MIT): a ``journey`` line, then ``title``, ``accTitle:``, ``accDescr:`` or
``accDescr { … }``, ``section NAME`` and tasks ``NAME: SCORE: ACTOR, ACTOR``; ``%%`` and ``#``
start comments, ``;`` is refused, keywords are case-insensitive. A YAML front matter block may
give the title.

A section becomes a stage, a task a card in the customer-actions lane, an actor a persona, and
each actor's mean task score in a section that persona's emotion point there, with the task
scores in the point's note (one ``SCORE — TASK`` line each) so the export writes them back.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from dataclasses import dataclass, field

from jmdesigner.i18n import N_, translate
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.map_builder import MapBuilder
from jmdesigner.interchange.problems import Problems
from jmdesigner.model import Document, LaneKind, bundle_of
from jmdesigner.model.validation import MAX_TEXT, SCALE_LIMIT

LANE_NAME = "Customer actions"
EMOTIONS_LANE = "Emotions"
NO_ACTOR = "Customer"  # the persona whose curve carries the scores of tasks naming no actor
NO_SECTION = "Journey"  # the stage of tasks written before any section
MERMAID_SCALE = (1, 5)
SCALE_HINT = re.compile(r"^%%\s*jmdesigner scale:\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$", re.IGNORECASE)
# Comments Mermaid ignores that keep what its tasks cannot: the legend order, and a persona's exact
# point at a stage where the personas feel differently (tasks carry one score each).
PERSONAS_HINT = re.compile(r"^%%\s*jmdesigner personas:\s*(\[.*\])\s*$")
POINT_HINT = re.compile(r"^%%\s*jmdesigner point:\s*(\[.*\])\s*$")
DESCRIPTION_HINT = re.compile(r"^%%\s*jmdesigner description:\s*(\".*\")\s*$")  # of the section above
TEXT_HINT = re.compile(r"^%%\s*jmdesigner text:\s*(\".*\")\s*$")  # the exact text of the next line
NOTE_LINE = re.compile(r"^(-?\d+(?:\.\d+)?) — (.*)$")
_BR = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_JOURNEY = re.compile(r"^journey\b\s*(.*)$", re.IGNORECASE)
_TITLE = re.compile(r"^title\s(.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^section(?:\s(.*))?$", re.IGNORECASE)
_ACC_TITLE = re.compile(r"^accTitle\s*:\s*(.*)$", re.IGNORECASE)
_ACC_DESCR = re.compile(r"^accDescr\s*:\s*(.*)$", re.IGNORECASE)
_ACC_DESCR_BLOCK = re.compile(r"^accDescr\s*\{(.*)$", re.IGNORECASE)
_FRONT_TITLE = re.compile(r"^title\s*:\s*(.*)$")
_JOURNEY_STATEMENT = re.compile(r"^(?:title\s|section\b|accTitle\s*:|accDescr\s*[:{]|[^:]+:)", re.IGNORECASE)


@dataclass
class Task:
    """One task line of a Mermaid journey: a card with its score and actors."""

    name: str
    score: float
    actors: tuple[str, ...]
    line: int


@dataclass
class Section:
    """One section of a Mermaid journey: a stage and its tasks."""

    name: str
    line: int
    tasks: list[Task] = field(default_factory=list)
    exact: dict[str, tuple[float, str, int]] = field(default_factory=dict)  # persona → score, note, line
    description: str = ""


@dataclass
class Journey:
    """A Mermaid journey as read: its title, sections and jmdesigner's hints."""

    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    front_title: str = ""
    scale_hint: tuple[int, int] | None = None
    persona_order: tuple[str, ...] = ()
    exact_text: str | None = None  # from a text hint, for the next title, section or task
    sections: list[Section] = field(default_factory=list)


def looks_like_journey(text: str) -> bool:
    """True when the first statement (after front matter and comments) is ``journey`` and the
    next is one of a journey's (a title, a section, an accessible title or description, a task
    ``name: score``), on the same line or the next. A note that merely begins with the word
    ("Journey felt slow at checkout", or a heading "Journey" over a paragraph) is not a diagram:
    pasted, it was offered as an import that could only fail, and could not be pasted as a card."""
    lines = textwrap.dedent(text[:100_000].replace("\r", "")).split("\n")
    start = _front_matter(lines, Journey(), Problems(""), 1)
    statements = (s for s in (line.strip() for line in lines[start:]) if s and not s.startswith(("%%", "#")))
    found = _JOURNEY.match(next(statements, ""))
    if found is None:
        return False
    following = found.group(1).strip() or next(statements, "")
    return bool(_JOURNEY_STATEMENT.match(following))


# --------------------------------------------------------------------- reading
def parse_journey(text: str, problems: Problems, first_line: int = 1) -> Journey:
    """The diagram's parts; every malformed line is added to ``problems`` with its number."""
    lines = textwrap.dedent(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    journey = Journey()
    i = _front_matter(lines, journey, problems, first_line)
    while i < len(lines) and (not lines[i].strip() or lines[i].strip().startswith(("%%", "#"))):
        i += 1
    if i == len(lines):
        problems.add(
            "",
            translate(
                "MermaidImport", "there is no “journey” line, so this is not a Mermaid journey diagram."
            ),
        )
        return journey
    found = _JOURNEY.match(lines[i].strip())
    if found is None:
        first = lines[i].strip().split()[0][:40]
        said = translate("MermaidImport", "a Mermaid journey starts with “journey”, not “{first}”.")
        problems.add(f"line {first_line + i}", said.format(first=first))
        return journey
    rest = found.group(1)
    statements = [(i, rest)] if rest else []
    statements += [(j, lines[j]) for j in range(i + 1, len(lines))]
    _read_statements(statements, lines, journey, problems, first_line)
    return journey


def _front_matter(lines: list[str], journey: Journey, problems: Problems, first_line: int) -> int:
    """Skip a ``---`` block at the top, taking its ``title:``; the index of the next line."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines) or lines[start].strip() != "---":
        return start
    for end in range(start + 1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        problems.add(
            f"line {first_line + start}",
            translate("MermaidImport", "the front matter opened with “---” is never closed."),
        )
        return len(lines)
    body = [line for line in lines[start + 1 : end] if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in body), default=0)
    for line in body:
        if len(line) - len(line.lstrip()) == indent:
            found = _FRONT_TITLE.match(line.strip())
            if found:
                journey.front_title = _unquoted(found.group(1).strip())
    return end + 1


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value.split(" #")[0].strip()


def _read_statements(
    statements: list[tuple[int, str]], lines: list[str], journey: Journey, problems: Problems, first: int
) -> None:
    current: Section | None = None
    skip_to = -1
    for i, raw in statements:
        if i <= skip_to:
            continue
        where = f"line {first + i}"
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("%%"):
            current = _hint(line, journey, current, problems, where, first + i)
            continue
        if found := _ACC_TITLE.match(line):
            journey.acc_title = found.group(1).strip()
        elif found := _ACC_DESCR.match(line):
            journey.acc_descr = found.group(1).strip()
        elif found := _ACC_DESCR_BLOCK.match(line):
            skip_to = _acc_block(found.group(1), lines, i, journey, problems, where)
        elif found := _TITLE.match(line):
            journey.title = _exact(journey, _value(found.group(1), where, problems, "title"))
        elif (found := _SECTION.match(line)) and (found.group(1) or ":" not in line):
            name = _value(found.group(1) or "", where, problems, "section")
            if ":" in name:
                problems.add(
                    where,
                    translate(
                        "MermaidImport", "a section name cannot contain “:” (Mermaid reads it as a task)."
                    ),
                )
            elif not name:
                problems.add(where, translate("MermaidImport", "“section” needs a name."))
            current = Section(_exact(journey, _breaks(name)), first + i)
            journey.sections.append(current)
        else:
            task = _task(line, where, problems, first + i)
            if task is not None:
                task.name = _exact(journey, task.name)
                if current is None:
                    current = Section("", first + i)
                    journey.sections.append(current)
                current.tasks.append(task)


def _hint(  # type: ignore[no-untyped-def]
    line: str, journey: Journey, current: Section | None, problems: Problems, where: str, number: int
):
    """Read a ``%% jmdesigner …`` comment; other comments are skipped, as Mermaid does."""
    if hint := SCALE_HINT.match(line):
        journey.scale_hint = (int(hint.group(1)), int(hint.group(2)))
    elif hint := TEXT_HINT.match(line):
        text = _json(hint.group(1))
        if isinstance(text, str):
            journey.exact_text = text
        else:
            problems.add(where, translate("MermaidImport", "“jmdesigner text:” must be one quoted text."))
    elif hint := DESCRIPTION_HINT.match(line):
        text = _json(hint.group(1))
        if isinstance(text, str) and current is not None:
            current.description = text
        else:
            problems.add(
                where,
                translate(
                    "MermaidImport", "“jmdesigner description:” must be one quoted text under a section."
                ),
            )
    elif hint := PERSONAS_HINT.match(line):
        names = _json(hint.group(1))
        if isinstance(names, list) and all(isinstance(n, str) for n in names):
            journey.persona_order = tuple(n.strip() for n in names)
        else:
            problems.add(where, translate("MermaidImport", "“jmdesigner personas:” must list names."))
    elif hint := POINT_HINT.match(line):
        value = _json(hint.group(1))
        ok = isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)
        if not ok or not _is_number(value[1]) or not isinstance(value[2], str):
            problems.add(
                where, translate("MermaidImport", "“jmdesigner point:” must be [persona, score, note].")
            )
        elif current is None:
            problems.add(where, translate("MermaidImport", "“jmdesigner point:” belongs under a section."))
        else:
            current.exact[value[0].strip()] = (float(value[1]), value[2], number)
    return current


def _exact(journey: Journey, written: str) -> str:
    """The text a ``jmdesigner text`` hint gave for this line, else the line's own."""
    exact, journey.exact_text = journey.exact_text, None
    return written if exact is None else exact


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _acc_block(
    opening: str, lines: list[str], i: int, journey: Journey, problems: Problems, where: str
) -> int:
    parts = [opening]
    for j in range(i, len(lines)):
        text = opening if j == i else lines[j]
        if "}" in text:
            parts[-1 if j == i else len(parts) :] = [text.split("}")[0]]
            journey.acc_descr = "\n".join(p.strip() for p in parts).strip()
            return j
        if j > i:
            parts.append(text)
    problems.add(
        where,
        translate("MermaidImport", "“accDescr {open}” is never closed with “{close}”.").format(
            open="{", close="}"
        ),
    )
    return len(lines)


def _value(text: str, where: str, problems: Problems, what: str) -> str:
    text = text.split("#")[0]
    if ";" in text:
        said = {
            "title": translate("MermaidImport", "Mermaid does not allow “;” in a title."),
            "section": translate("MermaidImport", "Mermaid does not allow “;” in a section."),
        }[what]
        problems.add(where, said)
    return text.strip()


def _task(line: str, where: str, problems: Problems, number: int) -> Task | None:
    line = line.split("#")[0]
    if ";" in line:
        problems.add(where, translate("MermaidImport", "Mermaid does not allow “;” in a task."))
        return None
    name, colon, data = line.partition(":")
    if not colon:
        said = translate("MermaidImport", "“{line}” is not a task; write it as “name: score: actor, actor”.")
        problems.add(where, said.format(line=line.strip()[:60]))
        return None
    if not name.strip():
        problems.add(where, translate("MermaidImport", "a task needs a name before its “:”."))
        return None
    pieces = data.split(":")
    score_text = pieces[0].strip()
    try:
        score = float(score_text)
    except ValueError:
        score = math.nan
    if not math.isfinite(score):
        said = translate("MermaidImport", "the score “{score}” of “{task}” is not a number.")
        problems.add(where, said.format(score=score_text[:20], task=name.strip()[:60]))
        return None
    actors = tuple(a.strip() for a in pieces[1].split(",") if a.strip()) if len(pieces) > 1 else ()
    return Task(_breaks(name.strip()), score, actors, number)


def _breaks(text: str) -> str:
    """Mermaid's ``<br>``, ``<br/>``, ``<br />``, ``</br>`` as line breaks."""
    return "\n".join(part.strip() for part in _BR.split(text))


def read_mermaid(text: str, source: str, *, first_line: int = 1, fallback_title: str = "") -> Imported:
    problems = Problems(source)
    journey = parse_journey(text, problems, first_line)
    problems.raise_any()
    return journey_to_map(journey, problems, fallback_title or "Mermaid journey")


def journey_to_map(journey: Journey, problems: Problems, fallback_title: str) -> Imported:
    tasks = [t for s in journey.sections for t in s.tasks]
    if not tasks and not any(s.name for s in journey.sections):
        problems.add(
            "",
            translate(
                "MermaidImport", "the journey has no sections and no tasks, so there is nothing to import."
            ),
        )
        problems.raise_any()
    title = _breaks(journey.title or journey.front_title or journey.acc_title or fallback_title)
    description = "\n\n".join(d for d in (journey.acc_title, journey.acc_descr) if d and d != title)
    scale, convert, notes = _scale([t.score for t in tasks], journey.scale_hint)
    builder = MapBuilder(title, problems, description=description, scale=scale, notes=notes)
    lane = builder.lane(LANE_NAME, LaneKind.ACTIONS)
    if tasks or any(s.exact for s in journey.sections):
        builder.lane(EMOTIONS_LANE, LaneKind.EMOTIONS)
    _restore_actor_names(journey)
    actors = sorted({a for t in tasks for a in t.actors})  # Mermaid's legend order
    if any(not t.actors for t in tasks):
        actors.append(NO_ACTOR)
        said = translate(
            "MermaidImport", "Tasks that name no actor give their scores to the persona “{persona}”."
        )
        notes.append(said.format(persona=NO_ACTOR))
    listed = [*journey.persona_order, *(a for s in journey.sections for a in s.exact)]
    actors += [a for a in dict.fromkeys(listed) if a not in actors]
    order = {name: i for i, name in enumerate(journey.persona_order)}
    actors.sort(key=lambda a: order.get(a, len(order)))  # stable: the rest keep Mermaid's order
    persona_ids = {a: builder.persona(a) for a in actors}
    for section in journey.sections:
        stage = builder.stage(section.name or NO_SECTION, section.description, where=f"line {section.line}")
        scores: dict[str, list[Task]] = {}
        for task in section.tasks:
            builder.card(stage, lane, task.name, where=f"line {task.line}")
            for actor in task.actors or (NO_ACTOR,):
                scores.setdefault(actor, []).append(task)
        for actor in actors:
            mine = scores.get(actor, [])
            if actor in section.exact:
                score, note, number = section.exact[actor]
                builder.point(persona_ids[actor], stage, score, note, where=f"line {number}")
            elif mine:
                mean = sum(convert(t.score) for t in mine) / len(mine)
                note = _task_note(mine, notes)
                builder.point(persona_ids[actor], stage, mean, note, where=f"line {mine[0].line}")
    bundle = builder.build()
    return Imported(bundle, tuple(builder.notes), format_label="Mermaid journey")


def _restore_actor_names(journey: Journey) -> None:
    """Actors written with look-alikes (a name with “,” or “:”) back to the listed personas' names."""
    listed = {_safe_name(name): name for name in journey.persona_order}
    for task in (t for s in journey.sections for t in s.tasks):
        task.actors = tuple(listed.get(a, a) if a not in journey.persona_order else a for a in task.actors)


def _task_note(tasks: list[Task], notes: list[str]) -> str:
    """``SCORE — TASK`` per task, cut to the note's limit with a count of the rest."""
    lines = [f"{_num(t.score)} — {t.name.replace(chr(10), ' ')}" for t in tasks]
    note = "\n".join(lines)
    if len(note) <= MAX_TEXT:
        return note
    kept, used = [], 0
    for line in lines:
        if used + len(line) + 1 > MAX_TEXT - 40:
            break
        kept.append(line)
        used += len(line) + 1
    cut = translate(
        "MermaidImport",
        "Some sections have more tasks than an emotion note holds; their notes list the first ones.",
    )
    if cut not in notes:
        notes.append(cut)
    return "\n".join(
        [*kept, translate("MermaidImport", "… and %n more task(s)", None, len(lines) - len(kept))]
    )


def _scale(scores: list[float], hint: tuple[int, int] | None):  # type: ignore[no-untyped-def]
    """The map's scale for these scores, a function placing a score on it, and what was decided."""
    if not scores:
        return hint or MERMAID_SCALE, (lambda s: s), []
    low, high = min(scores), max(scores)
    if hint and -SCALE_LIMIT <= hint[0] < hint[1] <= SCALE_LIMIT and hint[0] <= low and high <= hint[1]:
        return hint, (lambda s: s), []
    lo, hi = min(MERMAID_SCALE[0], math.floor(low)), max(MERMAID_SCALE[1], math.ceil(high))
    if lo >= -SCALE_LIMIT and hi <= SCALE_LIMIT:
        notes = []
        if (lo, hi) != MERMAID_SCALE:
            said = translate(
                "MermaidImport",
                "Scores run from {low} to {high}, beyond Mermaid's 1–5, "
                "so the map's scale is {start}..{end}.",
            )
            notes.append(said.format(low=_num(low), high=_num(high), start=lo, end=hi))
        return (lo, hi), (lambda s: s), notes
    span = high - low

    def squeeze(s: float) -> float:
        return round(-SCALE_LIMIT + (s - low) * 2 * SCALE_LIMIT / span, 3)

    note = (
        f"Scores run from {_num(low)} to {_num(high)}, beyond the largest scale "
        f"(−{SCALE_LIMIT}..{SCALE_LIMIT}), so they were spread evenly onto it in the same order; "
        "the notes keep the original scores."
    )
    return (-SCALE_LIMIT, SCALE_LIMIT), squeeze, [note]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# --------------------------------------------------------------------- writing
_NOT_IN_NAMES = str.maketrans({":": "꞉", "#": "＃", ";": "；"})


def write_mermaid(doc: Document, map_id: str) -> tuple[str, list[str]]:
    """The map as a ``journey`` diagram, and warnings about what Mermaid cannot show."""
    b = bundle_of(doc, map_id)
    warnings: list[str] = []
    lines = ["journey", f"%% jmdesigner scale: {b.map.scale_min}..{b.map.scale_max}"]
    if b.personas:
        lines.append(f"%% jmdesigner personas: {_compact([p.name for p in b.personas])}")
    lines += _with_hint("", "title ", b.map.title, warnings, N_("MermaidExport", "The title"))
    if b.map.description.strip():
        descr = b.map.description.replace("}", "）").split("\n")
        lines += ["accDescr {", *(f"  {d}".rstrip() for d in descr), "}"]
    actions = next((lane for lane in b.lanes if lane.kind is LaneKind.ACTIONS), None)
    persona_name = {p.id: p.name for p in b.personas}
    exact_written = False
    for stage in b.stages:
        lines += _with_hint("  ", "section ", stage.name, warnings, N_("MermaidExport", "A stage name"))
        if stage.description:
            lines.append(f"    %% jmdesigner description: {_compact(stage.description)}")
        cards = [
            c for c in b.cards if actions is not None and c.lane_id == actions.id and c.stage_id == stage.id
        ]
        points = [p for p in b.points if p.stage_id == stage.id]
        tasks = _tasks(cards, points, persona_name)
        for text, score, actors in tasks:
            shown = [] if actors == [NO_ACTOR] else actors
            who = ", ".join(_safe_name(a, warnings) for a in shown)
            lines += _with_hint(
                "    ",
                "",
                text,
                warnings,
                N_("MermaidExport", "A card"),
                f": {_num(score)}" + (f": {who}" if who else ""),
            )
        for point in points:
            name = persona_name[point.persona_id]
            if _reimported(name, tasks) != (point.score, point.note):
                lines.append(f"    %% jmdesigner point: {_compact([name, point.score, point.note])}")
                exact_written = True
    if exact_written:
        warnings.append(
            translate(
                "MermaidExport",
                "Mermaid draws one score per task: where personas feel differently the tasks show their "
                "average, and the exact curves are kept in “%% jmdesigner point” comments.",
            )
        )
    return "\n".join(lines) + "\n", list(dict.fromkeys(warnings))


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _reimported(name: str, tasks: list[tuple[str, float, list[str]]]) -> tuple[float, str] | None:
    """The score and note importing these tasks gives ``name`` (None: no point)."""
    mine = [(text, score) for text, score, actors in tasks if name in actors]
    if not mine:
        return None
    note = "\n".join(f"{_num(score)} — {text.replace(chr(10), ' ')}" for text, score in mine)
    return sum(score for _, score in mine) / len(mine), note


def _tasks(cards, points, persona_name):  # type: ignore[no-untyped-def]
    """(text, score, actors) per card: from the points' notes when they describe the cards,
    else every persona with a point there, at their average."""
    queues = {p.persona_id: [NOTE_LINE.match(n) for n in p.note.split("\n")] for p in points}
    described = bool(points) and all(all(q) for q in queues.values())
    shared = round(sum(p.score for p in points) / len(points), 2) if points else 3.0
    everyone = [persona_name[p.persona_id] for p in points]
    out = []
    for card in cards:
        flat = card.text.replace("\n", " ")
        actors, score = [], None
        for pid, queue in queues.items():
            if described and queue and queue[0] is not None and queue[0].group(2) == flat:
                score = float(queue.pop(0).group(1))
                actors.append(persona_name[pid])
        out.append((card.text, shared, everyone) if score is None else (card.text, score, actors))
    return out


def _with_hint(
    indent: str, keyword: str, text: str, warnings: list[str], what: str, tail: str = ""
) -> list[str]:
    """The line, preceded by a ``jmdesigner text`` hint when Mermaid cannot hold the text exactly."""
    safe = _safe(text, warnings, what)
    line = f"{indent}{keyword}{safe}{tail}"
    if _breaks(safe) == text:
        return [line]
    return [f"{indent}%% jmdesigner text: {_compact(text)}", line]


def _safe_name(name: str, warnings: list[str] | None = None) -> str:
    """A persona as an actor: no “,” (it separates actors); the legend comment keeps the real name."""
    return _safe(name, [] if warnings is None else warnings, N_("MermaidExport", "A persona name")).replace(
        ",", "‚"
    )


def _safe(text: str, warnings: list[str], what: str) -> str:
    flat = text.replace("\n", "<br>")
    safe = flat.translate(_NOT_IN_NAMES)
    if safe != flat:
        said = translate(
            "MermaidExport",
            "{what} “{text}” has “:”, “#” or “;”, which Mermaid cannot show; it shows look-alikes "
            "(the exact text is kept in a “%% jmdesigner text” comment).",
        )
        warnings.append(said.format(what=translate("MermaidExport", what), text=text[:40]))
    return safe
