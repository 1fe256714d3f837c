"""Shell completion scripts for bash and zsh, generated from the parsers themselves.

Printed by ``jmdesigner --completion bash|zsh``: the verbs, each verb's options, and file names
(``.jmap`` first for the GUI). Generated, not hand-written, so a new verb or option completes
without anyone remembering to update a script.
"""

from __future__ import annotations

import argparse


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return sorted(s for action in parser._actions for s in action.option_strings if s.startswith("--"))


def _verb_options() -> dict[str, list[str]]:
    from jmdesigner.cli.entry import command_parser

    sub = next(a for a in command_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name: _options(parser) for name, parser in sub.choices.items()}


def _gui_options() -> list[str]:
    from jmdesigner.cli.gui import gui_parser
    from jmdesigner.cli.verbs import summaries

    return _options(gui_parser(summaries))


def completion_script(shell: str) -> str:
    verbs = _verb_options()
    cases = "\n".join(f'        {name}) opts="{" ".join(opts)}" ;;' for name, opts in verbs.items())
    body = f"""_jmdesigner() {{
    local cur verb opts
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    verb="${{COMP_WORDS[1]}}"
    if [ "$COMP_CWORD" -eq 1 ]; then
        if [[ "$cur" == -* ]]; then
            COMPREPLY=( $(compgen -W "{" ".join(_gui_options())}" -- "$cur") )
        else
            COMPREPLY=( $(compgen -W "{" ".join(verbs)}" -- "$cur") $(compgen -f -X '!*.jmap' -- "$cur") \\
                $(compgen -d -- "$cur") )
        fi
        return
    fi
    case "$verb" in
{cases}
        *) opts="" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}}
"""
    register = "complete -o filenames -F _jmdesigner jmdesigner\n"
    if shell == "bash":
        return "# jmdesigner completion for bash\n" + body + register
    zsh_head = "# jmdesigner completion for zsh\nautoload -U +X bashcompinit && bashcompinit\n"
    return zsh_head + body + register
