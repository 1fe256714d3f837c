"""Child for the photo test: export a PDF whose persona has the photo in argv[1], under a 1 GB
address-space limit (decoding a 12,000 × 12,000 photo needs more), and print the pages drawn."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

from jmdesigner.export.pdf import export_pdf  # noqa: E402
from jmdesigner.model import Document, Persona, Photo, UndoStack, commands, new_id  # noqa: E402
from tests.builders import sample_bundle  # noqa: E402

doc = Document()
stack = UndoStack(doc)
bundle = sample_bundle("Photos", stages=3, cards_per_cell=1)
stack.push(commands.add_map(bundle))
persona = Persona(new_id(), "Ada Lovelace", photo=Photo("image/png", Path(sys.argv[1]).read_bytes()))
stack.push(commands.add_persona(persona))
stack.push(commands.attach_persona(bundle.map.id, persona.id))
export_pdf(doc, [bundle.map.id], Path(sys.argv[2]))
print("exported")
