"""Child process for the hostile-file test: opens each case as a user would, reports one line per case.

For each path on stdin it prints ``START <name>``, then tries to open the file for editing,
and if that works reads everything a window would (maps, versions, each version as a new
map), and prints ``END <name> <json>`` with the outcome: ``refused`` (a one-line JmError)
or ``opened``. Anything else (a traceback) is reported as ``crashed``. The parent enforces
the time limit and checks the bytes. Everything written to the process's stderr during a case
(file descriptor 2, so C-level and "Exception ignored" output too, after a garbage collection)
is returned as ``stderr``: a refusal prints its one line there, as the command line does, and
nothing else may follow it.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.interchange.json_map import map_to_json
from jmdesigner.interchange.map_diff import diff_maps
from jmdesigner.storage.jmapfile import JmapFile


def exercise(path: Path) -> dict[str, object]:
    try:
        jfile = JmapFile.open(path)
    except JmError as exc:
        print(f"jmdesigner: error: {exc}", file=sys.stderr)  # what the command line prints
        return {"outcome": "refused", "message": str(exc), "type": type(exc).__name__}
    notes = []
    with jfile:
        doc = jfile.document
        for m in doc.maps():
            map_to_json(doc, m.id)
        try:
            listed = jfile.versions()
        except JmError as exc:  # shown to the user as a sentence; the maps stay usable
            listed = []
            notes.append(f"versions refused: {exc}")
        for info in listed:
            try:
                data = jfile.version_json(info.id)
                jfile.version_as_new_map(info.id)
                live = next((m for m in doc.maps() if m.id == info.map_id), None)
                if live is not None:
                    diff_maps(data, map_to_json(doc, live.id))
            except JmError as exc:
                notes.append(f"version refused: {exc}")
        problems = jfile.integrity_problems()
    return {"outcome": "opened", "read_only": jfile.read_only_reason, "problems": problems, "notes": notes}


def main() -> None:
    for line in sys.stdin:
        name, _, raw = line.rstrip("\n").partition("\t")
        print(f"START {name}", flush=True)
        with tempfile.TemporaryFile() as err:
            saved = os.dup(2)
            os.dup2(err.fileno(), 2)
            try:
                result = exercise(Path(raw))
            except BaseException as exc:  # the test fails on these: a traceback must never reach a user
                result = {
                    "outcome": "crashed",
                    "message": f"{type(exc).__name__}: {exc}",
                    "tb": traceback.format_exc(),
                }
            finally:
                gc.collect()  # a connection left to the collector would print its rollback failure now
                sys.stderr.flush()
                os.dup2(saved, 2)
                os.close(saved)
            err.seek(0)
            result["stderr"] = err.read().decode("utf-8", "replace")
        print(f"END {name} {json.dumps(result)}", flush=True)


if __name__ == "__main__":
    main()
