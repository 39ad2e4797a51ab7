import type { Command } from '@commander-js/extra-typings';

export interface CommandNode {
  path: string[];
  subcommands: string[];
  options: string[];
}

/** Every command of the program with its subcommands and options, depth first. */
export function commandTree(
  command: Command<unknown[], Record<string, unknown>>,
  path: string[] = [],
): CommandNode[] {
  const subs = command.commands as unknown as Array<Command<unknown[], Record<string, unknown>>>;
  const options = command.options.flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f)));
  return [
    { path, subcommands: subs.map((c) => c.name()), options: [...options, '--help'] },
    ...subs.flatMap((c) => commandTree(c, [...path, c.name()])),
  ];
}

/** A completion script for the shell, generated from the commands themselves so it cannot drift. */
export function completionScript(
  program: Command<unknown[], Record<string, unknown>>,
  shell: 'bash' | 'zsh' | 'fish',
): string {
  const nodes = commandTree(program);
  if (shell === 'fish') {
    const lines = [
      '# zcloud completion for fish: zcloud completion fish > ~/.config/fish/completions/zcloud.fish',
      'complete -c zcloud -f',
    ];
    for (const node of nodes) {
      const condition =
        node.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${node.path.at(-1)}`;
      for (const sub of node.subcommands) lines.push(`complete -c zcloud -n '${condition}' -a ${sub}`);
      for (const option of node.options.filter((o) => o.startsWith('--'))) {
        lines.push(`complete -c zcloud -n '${condition}' -l ${option.slice(2)}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
  const cases = nodes
    .map(
      (node) =>
        `    "${node.path.join(' ')}") words="${[...node.subcommands, ...node.options].join(' ')}" ;;`,
    )
    .join('\n');
  const bash = `_zcloud_complete() {
  local cur path="" word i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    case " $(_zcloud_words "$path") " in *" $word "*) path="\${path:+$path }$word" ;; esac
  done
  COMPREPLY=( $(compgen -W "$(_zcloud_words "$path")" -- "$cur") )
}
_zcloud_words() {
  local words=""
  case "$1" in
${cases}
  esac
  echo "$words"
}
`;
  if (shell === 'bash')
    return `# zcloud completion for bash: source <(zcloud completion bash)\n${bash}complete -F _zcloud_complete zcloud\n`;
  return `#compdef zcloud\n# zcloud completion for zsh: source <(zcloud completion zsh)\nautoload -U +X bashcompinit && bashcompinit\n${bash}complete -F _zcloud_complete zcloud\n`;
}
