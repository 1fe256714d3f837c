"""The names of the spreadsheet column fields (stage, lane, text, …, persona, score) as people read
them: the import form labels its column choosers with them, and a refusal that a column is missing
names the field the same way, so "keine Spalte für Phase, Bahn" matches the form's "Phase", "Bahn"."""

from __future__ import annotations

from collections.abc import Iterable

from jmdesigner.i18n import N_, mid_sentence, translate

FIELD_LABELS = {  # the column fields of the long and emotions layouts, as the import form names them
    "stage": N_("ImportDialog", "Stage"),
    "lane": N_("ImportDialog", "Lane"),
    "text": N_("ImportDialog", "Text"),
    "kind": N_("ImportDialog", "Kind"),
    "channel": N_("ImportDialog", "Channel"),
    "owner": N_("ImportDialog", "Owner"),
    "evidence": N_("ImportDialog", "Evidence"),
    "votes": N_("ImportDialog", "Votes"),
    "tags": N_("ImportDialog", "Tags"),
    "colour": N_("ImportDialog", "Colour"),
    "moment": N_("ImportDialog", "Moment of truth"),
    "persona": N_("ImportDialog", "Persona"),
    "score": N_("ImportDialog", "Score"),
}


def field_label(field: str) -> str:
    """The form's label of ``field`` in the user's language ("Stage", "Phase")."""
    return translate("ImportDialog", FIELD_LABELS[field])


def missing_columns(missing: Iterable[str], synonyms: dict[str, tuple[str, ...]]) -> tuple[str, str]:
    """For "no column for {fields} ({names})": the missing fields inside a sentence ("stage, lane";
    "Phase, Bahn") and, per field, the first headers the import looks for."""
    named = [(mid_sentence(field_label(f)), f) for f in missing]
    fields = ", ".join(label for label, _ in named)
    quoted = translate("TabularImport", "“{header}”")  # „Stage“ in German
    names = "; ".join(
        f"{label}: " + ", ".join(quoted.format(header=s.title()) for s in synonyms[f][:4])
        for label, f in named
    )
    return fields, names
