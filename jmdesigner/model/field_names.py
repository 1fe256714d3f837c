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
