"""No refusal the model, storage, import, export, room and command-line layers raise bypasses translation.

The window shows a ``JmError``'s text (and a spreadsheet row's problem, an import warning) as it
is, so its sentence must be built with ``translate`` where it is raised; the command line prints
the same sentence in the same language (``jmdesigner.cli.language``). ``NOT_YET`` names the
modules whose messages are still English (docs/translations.md says which); it may only shrink.
"""

from __future__ import annotations

from pathlib import Path

from tests.i18n.literal_scan import bare_refusals

ROOT = Path(__file__).resolve().parents[2] / "jmdesigner"
SCANNED = (
    ROOT / "model",
    ROOT / "storage",
    ROOT / "interchange",
    ROOT / "export",
    ROOT / "cli",
    ROOT / "room",
)
NOT_YET: frozenset[str] = frozenset()


def _bare_by_module() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            bare = bare_refusals(path)
            if bare:
                found[str(path.relative_to(ROOT))] = [f"{b.line}: {b.call}({b.text!r})" for b in bare]
    return found


def test_every_refusal_and_import_problem_goes_through_translate() -> None:
    bare = {module: lines for module, lines in _bare_by_module().items() if module not in NOT_YET}
    where = "\n".join(f"jmdesigner/{module}:{line}" for module, lines in bare.items() for line in lines)
    assert not bare, f"wrap these in translate(context, text):\n{where}"


def test_the_list_of_untranslated_modules_only_shrinks() -> None:
    clean = sorted(NOT_YET - set(_bare_by_module()))
    assert not clean, f"translated now: remove from NOT_YET: {clean}"


def test_the_scan_finds_each_way_a_refusal_can_carry_english(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "def check(name, plan, row):\n"
        "    raise FileRefusedError(f'{name} is damaged')\n"  # an f-string
        "    raise JmError('Nothing ' + name)\n"  # a concatenation
        "    raise ValidationError('{x} is wrong'.format(x=name))\n"  # .format() on a literal
        "    plan.errors.append(RowError(row, 'the cell is empty.'))\n"  # a row's problem
        "    plan.warnings.append('Columns not imported')\n"  # an import warning
        "    raise StorageError(translate('Ctx', '{name} is fine').format(name=name))\n"  # wrapped: fine
        "    raise JmError(detail)\n"  # a variable: its own source is scanned
        "    log.append('not shown')\n"  # not a note list
    )
    found = sorted((b.line, b.text) for b in bare_refusals(source))
    assert found == [
        (2, "f'{name} is damaged'"),
        (3, "Nothing "),
        (4, "{x} is wrong"),
        (5, "the cell is empty."),
        (6, "Columns not imported"),
    ]


def test_the_scan_finds_english_in_import_problems_and_json_places(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "def read(problems, self, at, top, where, seen):\n"
        "    problems.add(where, 'must be a list.')\n"  # a reader's problem
        "    self.problems.add(where, f'more than {n} cards')\n"  # the map builder's
        "    raise at.fail('must be an object.')\n"  # a JSON place
        "    raise _At(where).fail(f'no {key} named {name!r}')\n"
        "    raise top.fail(message='is not valid base64.')\n"
        "    problems.add(f'nodes[{i}].score', translate('Ctx', 'must be a number.'))\n"  # wrapped: fine
        "    seen.add('a set member')\n"  # not a problem collector
        "    tester.fail('not a place')\n"  # not a place
    )
    found = sorted((b.line, b.text) for b in bare_refusals(source))
    assert found == [
        (2, "must be a list."),
        (3, "f'more than {n} cards'"),
        (4, "must be an object."),
        (5, "f'no {key} named {name!r}'"),
        (6, "is not valid base64."),
    ]
