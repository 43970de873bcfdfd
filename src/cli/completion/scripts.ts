/**
 * The shell side of completion: each script hands the words of the line to
 * `empathy __complete SHELL INDEX WORDS…`, which prints one candidate a line. When it prints
 * nothing, the shell completes file names (for `--answers`, `--out`, a review's folders).
 */
export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# empathy completion for bash: add to ~/.bashrc
#   source <(empathy completion bash)
_empathy_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(empathy __complete bash "$COMP_CWORD" "\${COMP_WORDS[@]}" 2>/dev/null))
}
complete -o default -F _empathy_complete empathy
`;

const ZSH = `#compdef empathy
# empathy completion for zsh: add to ~/.zshrc (after compinit)
#   source <(empathy completion zsh)
_empathy_complete() {
  local -a found
  found=("\${(@f)$(empathy __complete zsh $((CURRENT - 1)) "\${words[@]}" 2>/dev/null)}")
  if [[ \${#found[@]} -eq 1 && -z \${found[1]} ]]; then
    _files
  else
    compadd -a found
  fi
}
if (( $+functions[compdef] )); then
  compdef _empathy_complete empathy
fi
`;

const FISH = `# empathy completion for fish: save as ~/.config/fish/completions/empathy.fish
#   empathy completion fish > ~/.config/fish/completions/empathy.fish
function __empathy_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -l found (empathy __complete fish (math (count $tokens) - 1) $tokens 2>/dev/null)
    if test (count $found) -gt 0
        printf '%s\\n' $found
    else
        __fish_complete_path (commandline -ct)
    end
end
complete -c empathy -f -a '(__empathy_complete)'
`;

export const SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };

export function isShell(v: string): v is Shell {
  return (SHELLS as readonly string[]).includes(v);
}

/**
 * Bash inserts a candidate as it is given and hands back the word as typed: spaces and quotes
 * are escaped for it, and undone on the word typed. Zsh and fish quote by themselves.
 */
export function forShell(shell: Shell, candidate: string): string {
  return shell === "bash" ? candidate.replace(/([^\w@%+=:,./-])/g, "\\$1") : candidate;
}

export function typedWord(shell: Shell, word: string): string {
  return shell === "bash" ? word.replace(/^["']/, "").replace(/\\(.)/g, "$1") : word;
}
