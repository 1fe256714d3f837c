"""Child process for disk-full tests: a file-size limit (RLIMIT_FSIZE) stands in for a full disk.

``SIGXFSZ`` is ignored so that a write past the limit fails with ``EFBIG`` like a write to
a full disk fails with ``ENOSPC``, instead of killing the process. Prints one JSON line.

Usage: python -m tests.safety.fault_child edit|copy|export FILE LIMIT_BYTES [DEST]
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.fileio import write_text_atomically
from jmdesigner.interchange.json_map import dumps, map_to_json
from jmdesigner.model import Card, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.safety.crash_child import digest


def main() -> None:
    action, path, limit = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    dest = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    jfile = JmapFile.open(path)
    doc = jfile.document
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    result: dict[str, object] = {"error": None, "edits": 0}
    try:
        if action == "edit":
            stack, m = UndoStack(doc), doc.maps()[0]
            stage, lane = doc.stages(m.id)[0], doc.lanes(m.id)[0]
            for n in range(100_000):
                result["digest"] = digest(doc)
                stack.push(cmd.insert_card(Card(new_id(), m.id, stage.id, lane.id, f"{n} " + "x" * 9000)))
                result["edits"] = n + 1
        elif action == "copy":
            assert dest is not None
            jfile.save_copy(dest)
        elif action == "export":
            assert dest is not None
            write_text_atomically(dest, dumps(map_to_json(doc, doc.maps()[0].id)) * 50)
    except JmError as exc:
        result["error"] = str(exc)
        result["type"] = type(exc).__name__
        result["after"] = digest(doc)
    result["backup_problem"] = jfile.backup_problem
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
