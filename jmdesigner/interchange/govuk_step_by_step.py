"""GOV.UK step-by-step navigation JSON (a content item whose ``details.step_by_step_nav`` holds steps).

Follows alphagov/govuk-content-schemas ``formats/shared/definitions/_step_by_step_nav.jsonnet``
(MIT): each step has a ``title``, optional ``logic`` (``and``/``or``) and ``optional``, and
``contents`` of paragraphs and link lists. A step becomes a stage named exactly by its title,
with its number and logic in the stage's description; paragraphs become cards in a guidance
lane, list items cards in a tasks lane (with the link and the list's style as a tag).
"""

from __future__ import annotations

import html
import re
from typing import Any

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.interchange.formats import Format, Source
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.map_builder import MapBuilder
from jmdesigner.interchange.problems import Problems
from jmdesigner.model import LaneKind

TASKS_LANE = "Tasks"
GUIDANCE_LANE = "Guidance"
GOVUK = "https://www.gov.uk"
_TAG = re.compile(r"<[^>]*>")


def _nav(data: Any) -> Any:
    details = data.get("details") if isinstance(data, dict) else None
    return details.get("step_by_step_nav") if isinstance(details, dict) else None


def _claims(source: Source) -> bool:
    return source.looks_like_json and isinstance(_nav(source.json), dict)


def _text(value: Any) -> str:
    """Plain text from GOV.UK's HTML or govspeak fields (a string, or a list of content types)."""
    if isinstance(value, list):
        value = next((v.get("content") for v in value if isinstance(v, dict) and v.get("content")), "")
    if not isinstance(value, str):
        return ""
    return html.unescape(_TAG.sub("", value)).strip()


def read_govuk(source: Source) -> Imported:
    name = source.name or translate("Formats", "The text")
    data = source.json
    nav = _nav(data)
    if not isinstance(nav, dict):
        said = translate(
            "GovukImport", "{name} is not a GOV.UK step-by-step: it has no details.step_by_step_nav."
        )
        raise JmError(said.format(name=name))
    steps = nav.get("steps")
    if not isinstance(steps, list) or not steps:
        said = translate(
            "GovukImport", "{name}: the step-by-step has no steps, so there is nothing to import."
        )
        raise JmError(said.format(name=name))
    problems = Problems(name)
    title = nav.get("title") if isinstance(nav.get("title"), str) else None
    title = title or (data.get("title") if isinstance(data.get("title"), str) else None) or source.title
    builder = MapBuilder(title or "GOV.UK step by step", problems, description=_text(nav.get("introduction")))
    tasks = builder.lane(TASKS_LANE, LaneKind.ACTIONS)
    guidance = builder.lane(GUIDANCE_LANE, LaneKind.NOTES)
    number = 0
    for i, step in enumerate(steps):
        at = f"steps[{i}]"
        if not isinstance(step, dict) or not isinstance(step.get("title"), str):
            problems.add(at, translate("GovukImport", "a step must be an object with a “title” text."))
            continue
        logic = step.get("logic")
        if logic not in (None, "and", "or"):
            said = translate("GovukImport", "must be “and” or “or”, not {value}.")
            problems.add(f"{at}.logic", said.format(value=repr(logic)))
            continue
        if logic is None or number == 0:
            number += 1
            description = f"Step {number}"
        else:
            description = (
                f"Step {number}, {logic}: {'as well as' if logic == 'and' else 'instead of'} the step before"
            )
        if step.get("optional") is True:
            description += " (optional)"
        stage = builder.stage(step["title"], description + ".", where=at)
        _contents(builder, stage, tasks, guidance, step.get("contents"), f"{at}.contents", problems)
    bundle = builder.build()
    return Imported(bundle, tuple(builder.notes), format_label="GOV.UK step by step")


def _contents(builder, stage, tasks, guidance, contents, at, problems) -> None:  # type: ignore[no-untyped-def]
    if not isinstance(contents, list):
        problems.add(at, translate("GovukImport", "must be a list of paragraphs and lists."))
        return
    for j, item in enumerate(contents):
        where = f"{at}[{j}]"
        if not isinstance(item, dict):
            problems.add(where, translate("GovukImport", "must be an object."))
        elif item.get("type") == "paragraph" and isinstance(item.get("text"), str):
            builder.card(stage, guidance, item["text"], where=where)
        elif item.get("type") == "list" and isinstance(item.get("contents"), list):
            style = item.get("style")
            tags = (style,) if isinstance(style, str) and style else ()
            for k, link in enumerate(item["contents"]):
                if not isinstance(link, dict) or not isinstance(link.get("text"), str):
                    problems.add(
                        f"{where}.contents[{k}]", translate("GovukImport", "a list item needs a “text”.")
                    )
                    continue
                builder.card(stage, tasks, _link_text(link), where=f"{where}.contents[{k}]", tags=tags)
        else:
            problems.add(
                where,
                translate("GovukImport", "is neither a paragraph with “text” nor a list with “contents”."),
            )


def _link_text(link: dict[str, Any]) -> str:
    text = link["text"]
    if isinstance(link.get("context"), str) and link["context"]:
        text += f" ({link['context']})"
    href = link.get("href")
    if isinstance(href, str) and href:
        text += "\n" + (GOVUK + href if href.startswith("/") else href)
    return text


FORMAT_ENTRY = Format(
    name="govuk-step-by-step",
    label="GOV.UK step by step",
    suffixes=(".json",),
    read=read_govuk,
    claims=_claims,
)
