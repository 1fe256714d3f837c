"""A literal transcription of Mermaid's journey lexer and grammar, to check what the export writes.

Source: mermaid-js/mermaid packages/mermaid/src/diagrams/user-journey/parser/journey.jison
(MIT licence, (c) 2015 Knut Sveidqvist). The lexer rules are kept in their order (Jison takes
the first rule that matches), case-insensitive, with the acc_title/acc_descr states; the grammar
is ``journey document EOF`` with the statements of the ``statement`` rule. Mermaid removes
front matter before parsing; ``%%`` comment lines are skipped by the lexer itself.
"""

from __future__ import annotations

import re

CI = re.IGNORECASE
INITIAL = [
    (re.compile(r"%%(?!\{)[^\n]*", CI), None),
    (re.compile(r"[^}]%%[^\n]*", CI), None),
    (re.compile(r"[\n]+", CI), "NEWLINE"),
    (re.compile(r"\s+", CI), None),
    (re.compile(r"#[^\n]*", CI), None),
    (re.compile(r"journey", CI), "journey"),
    (re.compile(r"title\s[^#\n;]+", CI), "title"),
    (re.compile(r"accTitle\s*:\s*", CI), "acc_title"),
    (re.compile(r"accDescr\s*:\s*", CI), "acc_descr"),
    (re.compile(r"accDescr\s*\{\s*", CI), "acc_descr_multiline_start"),
    (re.compile(r"section\s[^#:\n;]+", CI), "section"),
    (re.compile(r"[^#:\n;]+", CI), "taskName"),
    (re.compile(r":[^#\n;]+", CI), "taskData"),
    (re.compile(r":", CI), ":"),
    (re.compile(r".", CI | re.DOTALL), "INVALID"),
]


def tokens(text: str) -> list[str]:
    out: list[str] = []
    i, state = 0, "INITIAL"
    while i < len(text):
        if state in ("acc_title", "acc_descr"):
            m = re.compile(r"[^\n]*").match(text, i)
            assert m is not None
            out.append(f"{state}_value")
            i, state = m.end(), "INITIAL"
            continue
        if state == "acc_descr_multiline":
            if text[i] == "}":
                i, state = i + 1, "INITIAL"
                continue
            m = re.compile(r"[^}]*").match(text, i)
            assert m is not None
            out.append("acc_descr_multiline_value")
            i = m.end()
            continue
        for rule, token in INITIAL:
            m = rule.match(text, i)
            if m is None or m.end() == i:
                continue
            i = m.end()
            if token == "acc_descr_multiline_start":
                state = "acc_descr_multiline"
            elif token in ("acc_title", "acc_descr"):
                out.append(token)
                state = token
            elif token is not None:
                out.append(token)
            break
    out.append("EOF")
    return out


STATEMENTS = {
    ("title",),
    ("acc_title", "acc_title_value"),
    ("acc_descr", "acc_descr_value"),
    ("acc_descr_multiline_value",),
    ("section",),
    ("taskName", "taskData"),
}


def accepts(text: str) -> bool:
    """True when Mermaid's journey grammar accepts ``text`` (without front matter)."""
    toks = tokens(text)
    while toks and toks[0] == "NEWLINE":
        toks.pop(0)
    if not toks or toks[0] != "journey":
        return False
    i = 1
    while toks[i] != "EOF":
        if toks[i] == "NEWLINE":
            i += 1
            continue
        for statement in STATEMENTS:
            if tuple(toks[i : i + len(statement)]) == statement:
                i += len(statement)
                break
        else:
            return False
    return True
