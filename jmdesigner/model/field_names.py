"""What the document calls each field in a refusal ("A card's text is 12,000 characters long...").

Named once here, marked for translation; ``validation`` translates the name with the sentence, only
when it refuses, so checking thousands of clean cards costs no translation."""

from __future__ import annotations

from jmdesigner.i18n import N_

PERSONA_NAME = N_("Validation", "A persona's name")
PERSONA_ROLE = N_("Validation", "A persona's role")
PERSONA_QUOTE = N_("Validation", "A persona's quote")
PERSONA_DESCRIPTION = N_("Validation", "A persona's description")
GOALS = N_("Validation", "Goals")
MOTIVATIONS = N_("Validation", "Motivations")
PAIN_POINTS = N_("Validation", "Pain points")
BEHAVIOURS = N_("Validation", "Behaviours")
CHANNELS = N_("Validation", "Channels")
PERSONA_COLOUR = N_("Validation", "A persona's colour")
MAP_TITLE = N_("Validation", "A map's title")
MAP_DESCRIPTION = N_("Validation", "A map's description")
STAGE_NAME = N_("Validation", "A stage's name")
STAGE_DESCRIPTION = N_("Validation", "A stage's description")
STAGE_WIDTH = N_("Validation", "A stage's width")
LANE_NAME = N_("Validation", "A lane's name")
LANE_COLOUR = N_("Validation", "A lane's colour")
LANE_HEIGHT = N_("Validation", "A lane's height")
LANE_COLLAPSED_FLAG = N_("Validation", "A lane's collapsed flag")
CARD_TEXT = N_("Validation", "A card's text")
CARD_COLOUR = N_("Validation", "A card's colour")
CARD_CHANNEL = N_("Validation", "A card's channel")
CARD_OWNER = N_("Validation", "A card's owner")
CARD_VOTES = N_("Validation", "A card's votes")
CARD_MOMENT_OF_TRUTH_MARK = N_("Validation", "A card's moment-of-truth mark")
CARD_AUTHOR = N_("Validation", "A card's author")
CARD_FROM_THE_ROOM_MARK = N_("Validation", "A card's from-the-room mark")
CARD_HELD_IN_THE_INBOX_MARK = N_("Validation", "A card's held-in-the-inbox mark")
CARD_ROOM_VOTES = N_("Validation", "A card's room votes")
EMOTION_SCORE = N_("Validation", "An emotion score")
EMOTION_NOTE = N_("Validation", "An emotion note")
PERSONA_NAMED = N_("Validation", "A persona named")
MAP_TITLED = N_("Validation", "A map titled")
STAGE_NAMED = N_("Validation", "A stage named")
LANE_NAMED = N_("Validation", "A lane named")
MAP_STATE = N_("Validation", "A map's state")
MAP_CURVE_STYLE = N_("Validation", "A map's curve style")
LANE_KIND = N_("Validation", "A lane's kind")
CARD_EVIDENCE = N_("Validation", "A card's evidence")
EMOTION_EVIDENCE = N_("Validation", "An emotion point's evidence")
RATER_NAME = N_("Validation", "A rater's name")
VERSION_NAME = N_("Validation", "A version's name")

# The refusals about ids, one whole sentence per kind of entity (keyed by ``Kind``'s value), so each
# language writes its own article and case ("keine Karte", "keinen Emotionspunkt").
NO_SUCH = {
    "persona": N_("Validation", "There is no persona with id {id}."),
    "map": N_("Validation", "There is no map with id {id}."),
    "stage": N_("Validation", "There is no stage with id {id}."),
    "lane": N_("Validation", "There is no lane with id {id}."),
    "card": N_("Validation", "There is no card with id {id}."),
    "point": N_("Validation", "There is no emotion point with id {id}."),
    "link": N_("Validation", "There is no link with id {id}."),
}
ID_TAKEN = {
    "persona": N_("Validation", "A persona with id {id} already exists."),
    "map": N_("Validation", "A map with id {id} already exists."),
    "stage": N_("Validation", "A stage with id {id} already exists."),
    "lane": N_("Validation", "A lane with id {id} already exists."),
    "card": N_("Validation", "A card with id {id} already exists."),
    "point": N_("Validation", "An emotion point with id {id} already exists."),
    "link": N_("Validation", "A link with id {id} already exists."),
}
BAD_ID = {
    "persona": N_("Validation", "A persona's id must be a short non-empty text."),
    "map": N_("Validation", "A map's id must be a short non-empty text."),
    "stage": N_("Validation", "A stage's id must be a short non-empty text."),
    "lane": N_("Validation", "A lane's id must be a short non-empty text."),
    "card": N_("Validation", "A card's id must be a short non-empty text."),
    "point": N_("Validation", "An emotion point's id must be a short non-empty text."),
    "link": N_("Validation", "A link's id must be a short non-empty text."),
}
