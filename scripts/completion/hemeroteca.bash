# Bash completion for hemeroteca-search and hemeroteca-index: options, their
# values, query fields (speaker:, topic: ...) and, from the index, the
# names a field holds (speaker:"Marco Rubio").

_hemeroteca_index_arg() {
    # The --db and --config given so far, so that values come from that index.
    local i args=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --db|--config|--data-dir) args+=("${COMP_WORDS[i]}" "${COMP_WORDS[i + 1]}") ;;
        esac
    done
    printf '%s\n' "${args[@]}"
}

# Names of FIELD in the index, as completions of PREFIX (quoted when they
# hold spaces).
_hemeroteca_values() {
    local field="$1" prefix="$2" name lower_prefix lower_name
    local -a index_args
    mapfile -t index_args < <(_hemeroteca_index_arg)
    lower_prefix="${prefix,,}"
    while IFS= read -r name; do
        lower_name="${name,,}"
        [[ "$lower_name" == "$lower_prefix"* ]] || continue
        if [[ "$name" == *" "* ]]; then
            COMPREPLY+=("\"$name\"")
        else
            COMPREPLY+=("$name")
        fi
    done < <(hemeroteca-search "${index_args[@]}" --values "$field" 2>/dev/null)
}

_hemeroteca_search() {
    local cur prev field value
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD - 1]}"
    case "$prev" in
        --db|--config) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "text json jsonl paths ids" -- "$cur")); return ;;
        --sort) COMPREPLY=($(compgen -W "relevance date -date" -- "$cur")); return ;;
        --date-facet) COMPREPLY=($(compgen -W "auto day month year" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --values) COMPREPLY=($(compgen -W "speaker actor topic" -- "$cur")); return ;;
        --speaker|--actor|--topic)
            _hemeroteca_values "${prev#--}" "${cur#\"}"
            return ;;
        --limit|--offset|--facet-limit|--from|--to|--like|--shard-timeout) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--help --version --db --format --json --null -0 --limit --offset
            --any --sort --from --to --speaker --actor --topic --like --facets --date-facet
            --facet-limit --batch --info --stats --color --correct --no-correct --no-snippets
            --shard-timeout --allow-partial --config --data-dir --values" -- "$cur"))
        return
    fi
    if [[ "$cur" == *:* ]]; then
        field="${cur%%:*}"
        value="${cur#*:}"
        case "$field" in
            speaker|actor|topic)
                local -a names=()
                COMPREPLY=()
                _hemeroteca_values "$field" "${value#\"}"
                names=("${COMPREPLY[@]}")
                COMPREPLY=()
                for value in "${names[@]}"; do COMPREPLY+=("$field:$value"); done
                ;;
            date_source) COMPREPLY=($(compgen -W "date_source:header date_source:text date_source:none" -- "$cur")) ;;
        esac
        return
    fi
    COMPREPLY=($(compgen -W "title: speaker: actor: topic: source: id: path: date_source: date:
        mentions: AND OR NOT" -- "$cur"))
    [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *: ]] && compopt -o nospace 2>/dev/null
}

_hemeroteca_index() {
    local cur prev
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD - 1]}"
    case "$prev" in
        --db|--config|--jsonl|--explain) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --max-file-size|--lock-timeout|--shards|--threads) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--help --version --db --rebuild --jsonl --max-file-size
            --lock-timeout --shards --threads --quiet -q --json --explain --config --data-dir" \
            -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -d -- "$cur"))
}

complete -F _hemeroteca_search hemeroteca-search
complete -F _hemeroteca_index hemeroteca-index
