"""What a reader hands back: the map to add, and notes on what was adapted along the way."""

from __future__ import annotations

from dataclasses import dataclass, replace

from jmdesigner.i18n import translate
from jmdesigner.model import Document, MapBundle, MapState


@dataclass(frozen=True, slots=True)
class Imported:
    """A map read from another format, ready to add to a document."""

    bundle: MapBundle
    notes: tuple[str, ...] = ()  # e.g. “scores run to 13, so the scale is 1..13”
    reworks: str | None = None  # the title of the current-state map a future-state map reworks
    format_label: str = ""

    def bundle_for(self, doc: Document) -> MapBundle:
        """The bundle to add to ``doc``: a future-state map linked to the current-state map it names."""
        target = doc.map_by_title(self.reworks) if self.reworks else None
        bundle = self.bundle
        if target is not None and bundle.map.state is MapState.FUTURE and target.state is MapState.CURRENT:
            bundle = replace(bundle, map=replace(bundle.map, reworks_id=target.id))
        return bundle

    def summary(self) -> str:
        """What the import creates, in one sentence (the preview and the CLI say it)."""
        b = self.bundle
        lanes = sum(1 for lane in b.lanes if any(c.lane_id == lane.id for c in b.cards))
        counts = translate("Imported", "{stages}, {cards} in {lanes}, {personas}, {points}").format(
            stages=translate("Imported", "%n stage(s)", None, len(b.stages)),
            cards=translate("Imported", "%n card(s)", None, len(b.cards)),
            lanes=translate("Imported", "%n lane(s)", None, lanes),
            personas=translate("Imported", "%n persona(s)", None, len(b.personas)),
            points=translate("Imported", "%n emotion point(s)", None, len(b.points)),
        )
        return f"“{b.map.title}”: {counts}"
