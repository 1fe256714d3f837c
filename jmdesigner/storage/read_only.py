"""Why a document is open read-only, as the phrase shown after "Read-only:".

Each reason is a message of its own (marked here, translated where the store sets it), so the window
shows it in the user's language and the command line, which installs no translator, in English.
Code never compares these phrases: ``jmapfile`` keeps what it needs to decide (whether another
jmdesigner holds the file) as data, not as text.
"""

from __future__ import annotations

from jmdesigner.i18n import N_

OPENED_READ_ONLY = N_("ReadOnly", "you opened it read-only")
CHANGED_ON_DISK = N_("ReadOnly", "the file was changed on disk by another program")
OPEN_IN_THIS_PROCESS = N_("ReadOnly", "it is already open in another window of this jmdesigner")
OPEN_ELSEWHERE = N_("ReadOnly", "it is already open in another jmdesigner")
OPEN_ELSEWHERE_BY = N_("ReadOnly", "it is already open in another jmdesigner ({holder})")
FILE_READ_ONLY = N_("ReadOnly", "{file} is read-only")
FOLDER_READ_ONLY = N_("ReadOnly", "the folder of {file} is read-only")
