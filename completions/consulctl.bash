# Flags once a dash is typed; before that the subcommands and values only, so that a Tab
# never inserts a lone "-" and a group's commands are not buried under its flags.
_consulctl_offer() {
    if [[ $2 == -* ]]; then
        compgen -W "$1" -- "$2"
        return
    fi
    local word words=()
    for word in $1; do
        [[ $word == -* ]] || words+=("$word")
    done
    compgen -W "${words[*]}" -- "$2"
}

_consulctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="consulctl"
                ;;
            consulctl,agent)
                cmd="consulctl__subcmd__agent"
                ;;
            consulctl,apply)
                cmd="consulctl__subcmd__apply"
                ;;
            consulctl,check)
                cmd="consulctl__subcmd__check"
                ;;
            consulctl,completions)
                cmd="consulctl__subcmd__completions"
                ;;
            consulctl,context)
                cmd="consulctl__subcmd__context"
                ;;
            consulctl,export)
                cmd="consulctl__subcmd__export"
                ;;
            consulctl,help)
                cmd="consulctl__subcmd__help"
                ;;
            consulctl,plan)
                cmd="consulctl__subcmd__plan"
                ;;
            consulctl,query)
                cmd="consulctl__subcmd__query"
                ;;
            consulctl,service)
                cmd="consulctl__subcmd__service"
                ;;
            consulctl__subcmd__agent,checks)
                cmd="consulctl__subcmd__agent__subcmd__checks"
                ;;
            consulctl__subcmd__agent,force-leave)
                cmd="consulctl__subcmd__agent__subcmd__force__subcmd__leave"
                ;;
            consulctl__subcmd__agent,help)
                cmd="consulctl__subcmd__agent__subcmd__help"
                ;;
            consulctl__subcmd__agent,join)
                cmd="consulctl__subcmd__agent__subcmd__join"
                ;;
            consulctl__subcmd__agent,maintenance)
                cmd="consulctl__subcmd__agent__subcmd__maintenance"
                ;;
            consulctl__subcmd__agent,members)
                cmd="consulctl__subcmd__agent__subcmd__members"
                ;;
            consulctl__subcmd__agent,self)
                cmd="consulctl__subcmd__agent__subcmd__self"
                ;;
            consulctl__subcmd__agent,services)
                cmd="consulctl__subcmd__agent__subcmd__services"
                ;;
            consulctl__subcmd__agent__subcmd__help,checks)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__checks"
                ;;
            consulctl__subcmd__agent__subcmd__help,force-leave)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__force__subcmd__leave"
                ;;
            consulctl__subcmd__agent__subcmd__help,help)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__agent__subcmd__help,join)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__join"
                ;;
            consulctl__subcmd__agent__subcmd__help,maintenance)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__maintenance"
                ;;
            consulctl__subcmd__agent__subcmd__help,members)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__members"
                ;;
            consulctl__subcmd__agent__subcmd__help,self)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__self"
                ;;
            consulctl__subcmd__agent__subcmd__help,services)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__services"
                ;;
            consulctl__subcmd__agent__subcmd__help__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__agent__subcmd__help__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__agent__subcmd__help__subcmd__maintenance,status)
                cmd="consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance,help)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__help"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance,status)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance__subcmd__help,disable)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__disable"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance__subcmd__help,enable)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__enable"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance__subcmd__help,help)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__agent__subcmd__maintenance__subcmd__help,status)
                cmd="consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__status"
                ;;
            consulctl__subcmd__check,deregister)
                cmd="consulctl__subcmd__check__subcmd__deregister"
                ;;
            consulctl__subcmd__check,help)
                cmd="consulctl__subcmd__check__subcmd__help"
                ;;
            consulctl__subcmd__check,list)
                cmd="consulctl__subcmd__check__subcmd__list"
                ;;
            consulctl__subcmd__check,register)
                cmd="consulctl__subcmd__check__subcmd__register"
                ;;
            consulctl__subcmd__check,run)
                cmd="consulctl__subcmd__check__subcmd__run"
                ;;
            consulctl__subcmd__check,ttl)
                cmd="consulctl__subcmd__check__subcmd__ttl"
                ;;
            consulctl__subcmd__check,update)
                cmd="consulctl__subcmd__check__subcmd__update"
                ;;
            consulctl__subcmd__check,wait)
                cmd="consulctl__subcmd__check__subcmd__wait"
                ;;
            consulctl__subcmd__check__subcmd__help,deregister)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__deregister"
                ;;
            consulctl__subcmd__check__subcmd__help,help)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__check__subcmd__help,list)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__list"
                ;;
            consulctl__subcmd__check__subcmd__help,register)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__register"
                ;;
            consulctl__subcmd__check__subcmd__help,run)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__run"
                ;;
            consulctl__subcmd__check__subcmd__help,ttl)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__ttl"
                ;;
            consulctl__subcmd__check__subcmd__help,update)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__update"
                ;;
            consulctl__subcmd__check__subcmd__help,wait)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__wait"
                ;;
            consulctl__subcmd__check__subcmd__help__subcmd__ttl,fail)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__fail"
                ;;
            consulctl__subcmd__check__subcmd__help__subcmd__ttl,pass)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__pass"
                ;;
            consulctl__subcmd__check__subcmd__help__subcmd__ttl,warn)
                cmd="consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__warn"
                ;;
            consulctl__subcmd__check__subcmd__ttl,fail)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__fail"
                ;;
            consulctl__subcmd__check__subcmd__ttl,help)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__help"
                ;;
            consulctl__subcmd__check__subcmd__ttl,pass)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__pass"
                ;;
            consulctl__subcmd__check__subcmd__ttl,warn)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__warn"
                ;;
            consulctl__subcmd__check__subcmd__ttl__subcmd__help,fail)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__fail"
                ;;
            consulctl__subcmd__check__subcmd__ttl__subcmd__help,help)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__check__subcmd__ttl__subcmd__help,pass)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__pass"
                ;;
            consulctl__subcmd__check__subcmd__ttl__subcmd__help,warn)
                cmd="consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__warn"
                ;;
            consulctl__subcmd__context,help)
                cmd="consulctl__subcmd__context__subcmd__help"
                ;;
            consulctl__subcmd__context,list)
                cmd="consulctl__subcmd__context__subcmd__list"
                ;;
            consulctl__subcmd__context,show)
                cmd="consulctl__subcmd__context__subcmd__show"
                ;;
            consulctl__subcmd__context,use)
                cmd="consulctl__subcmd__context__subcmd__use"
                ;;
            consulctl__subcmd__context__subcmd__help,help)
                cmd="consulctl__subcmd__context__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__context__subcmd__help,list)
                cmd="consulctl__subcmd__context__subcmd__help__subcmd__list"
                ;;
            consulctl__subcmd__context__subcmd__help,show)
                cmd="consulctl__subcmd__context__subcmd__help__subcmd__show"
                ;;
            consulctl__subcmd__context__subcmd__help,use)
                cmd="consulctl__subcmd__context__subcmd__help__subcmd__use"
                ;;
            consulctl__subcmd__help,agent)
                cmd="consulctl__subcmd__help__subcmd__agent"
                ;;
            consulctl__subcmd__help,apply)
                cmd="consulctl__subcmd__help__subcmd__apply"
                ;;
            consulctl__subcmd__help,check)
                cmd="consulctl__subcmd__help__subcmd__check"
                ;;
            consulctl__subcmd__help,completions)
                cmd="consulctl__subcmd__help__subcmd__completions"
                ;;
            consulctl__subcmd__help,context)
                cmd="consulctl__subcmd__help__subcmd__context"
                ;;
            consulctl__subcmd__help,export)
                cmd="consulctl__subcmd__help__subcmd__export"
                ;;
            consulctl__subcmd__help,help)
                cmd="consulctl__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__help,plan)
                cmd="consulctl__subcmd__help__subcmd__plan"
                ;;
            consulctl__subcmd__help,query)
                cmd="consulctl__subcmd__help__subcmd__query"
                ;;
            consulctl__subcmd__help,service)
                cmd="consulctl__subcmd__help__subcmd__service"
                ;;
            consulctl__subcmd__help__subcmd__agent,checks)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__checks"
                ;;
            consulctl__subcmd__help__subcmd__agent,force-leave)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__force__subcmd__leave"
                ;;
            consulctl__subcmd__help__subcmd__agent,join)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__join"
                ;;
            consulctl__subcmd__help__subcmd__agent,maintenance)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__maintenance"
                ;;
            consulctl__subcmd__help__subcmd__agent,members)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__members"
                ;;
            consulctl__subcmd__help__subcmd__agent,self)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__self"
                ;;
            consulctl__subcmd__help__subcmd__agent,services)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__services"
                ;;
            consulctl__subcmd__help__subcmd__agent__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__help__subcmd__agent__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__help__subcmd__agent__subcmd__maintenance,status)
                cmd="consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__help__subcmd__check,deregister)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__deregister"
                ;;
            consulctl__subcmd__help__subcmd__check,list)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__list"
                ;;
            consulctl__subcmd__help__subcmd__check,register)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__register"
                ;;
            consulctl__subcmd__help__subcmd__check,run)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__run"
                ;;
            consulctl__subcmd__help__subcmd__check,ttl)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__ttl"
                ;;
            consulctl__subcmd__help__subcmd__check,update)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__update"
                ;;
            consulctl__subcmd__help__subcmd__check,wait)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__wait"
                ;;
            consulctl__subcmd__help__subcmd__check__subcmd__ttl,fail)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__fail"
                ;;
            consulctl__subcmd__help__subcmd__check__subcmd__ttl,pass)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__pass"
                ;;
            consulctl__subcmd__help__subcmd__check__subcmd__ttl,warn)
                cmd="consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__warn"
                ;;
            consulctl__subcmd__help__subcmd__context,list)
                cmd="consulctl__subcmd__help__subcmd__context__subcmd__list"
                ;;
            consulctl__subcmd__help__subcmd__context,show)
                cmd="consulctl__subcmd__help__subcmd__context__subcmd__show"
                ;;
            consulctl__subcmd__help__subcmd__context,use)
                cmd="consulctl__subcmd__help__subcmd__context__subcmd__use"
                ;;
            consulctl__subcmd__help__subcmd__query,apply)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__apply"
                ;;
            consulctl__subcmd__help__subcmd__query,create)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__create"
                ;;
            consulctl__subcmd__help__subcmd__query,delete)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__delete"
                ;;
            consulctl__subcmd__help__subcmd__query,execute)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__execute"
                ;;
            consulctl__subcmd__help__subcmd__query,explain)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__explain"
                ;;
            consulctl__subcmd__help__subcmd__query,get)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__get"
                ;;
            consulctl__subcmd__help__subcmd__query,list)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__list"
                ;;
            consulctl__subcmd__help__subcmd__query,update)
                cmd="consulctl__subcmd__help__subcmd__query__subcmd__update"
                ;;
            consulctl__subcmd__help__subcmd__service,deregister)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__deregister"
                ;;
            consulctl__subcmd__help__subcmd__service,list)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__list"
                ;;
            consulctl__subcmd__help__subcmd__service,maintenance)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__maintenance"
                ;;
            consulctl__subcmd__help__subcmd__service,register)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__register"
                ;;
            consulctl__subcmd__help__subcmd__service,wait)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__wait"
                ;;
            consulctl__subcmd__help__subcmd__service__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__help__subcmd__service__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__help__subcmd__service__subcmd__maintenance,status)
                cmd="consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__query,apply)
                cmd="consulctl__subcmd__query__subcmd__apply"
                ;;
            consulctl__subcmd__query,create)
                cmd="consulctl__subcmd__query__subcmd__create"
                ;;
            consulctl__subcmd__query,delete)
                cmd="consulctl__subcmd__query__subcmd__delete"
                ;;
            consulctl__subcmd__query,execute)
                cmd="consulctl__subcmd__query__subcmd__execute"
                ;;
            consulctl__subcmd__query,explain)
                cmd="consulctl__subcmd__query__subcmd__explain"
                ;;
            consulctl__subcmd__query,get)
                cmd="consulctl__subcmd__query__subcmd__get"
                ;;
            consulctl__subcmd__query,help)
                cmd="consulctl__subcmd__query__subcmd__help"
                ;;
            consulctl__subcmd__query,list)
                cmd="consulctl__subcmd__query__subcmd__list"
                ;;
            consulctl__subcmd__query,update)
                cmd="consulctl__subcmd__query__subcmd__update"
                ;;
            consulctl__subcmd__query__subcmd__help,apply)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__apply"
                ;;
            consulctl__subcmd__query__subcmd__help,create)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__create"
                ;;
            consulctl__subcmd__query__subcmd__help,delete)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__delete"
                ;;
            consulctl__subcmd__query__subcmd__help,execute)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__execute"
                ;;
            consulctl__subcmd__query__subcmd__help,explain)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__explain"
                ;;
            consulctl__subcmd__query__subcmd__help,get)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__get"
                ;;
            consulctl__subcmd__query__subcmd__help,help)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__query__subcmd__help,list)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__list"
                ;;
            consulctl__subcmd__query__subcmd__help,update)
                cmd="consulctl__subcmd__query__subcmd__help__subcmd__update"
                ;;
            consulctl__subcmd__service,deregister)
                cmd="consulctl__subcmd__service__subcmd__deregister"
                ;;
            consulctl__subcmd__service,help)
                cmd="consulctl__subcmd__service__subcmd__help"
                ;;
            consulctl__subcmd__service,list)
                cmd="consulctl__subcmd__service__subcmd__list"
                ;;
            consulctl__subcmd__service,maintenance)
                cmd="consulctl__subcmd__service__subcmd__maintenance"
                ;;
            consulctl__subcmd__service,register)
                cmd="consulctl__subcmd__service__subcmd__register"
                ;;
            consulctl__subcmd__service,wait)
                cmd="consulctl__subcmd__service__subcmd__wait"
                ;;
            consulctl__subcmd__service__subcmd__help,deregister)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__deregister"
                ;;
            consulctl__subcmd__service__subcmd__help,help)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__service__subcmd__help,list)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__list"
                ;;
            consulctl__subcmd__service__subcmd__help,maintenance)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__maintenance"
                ;;
            consulctl__subcmd__service__subcmd__help,register)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__register"
                ;;
            consulctl__subcmd__service__subcmd__help,wait)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__wait"
                ;;
            consulctl__subcmd__service__subcmd__help__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__service__subcmd__help__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__service__subcmd__help__subcmd__maintenance,status)
                cmd="consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__service__subcmd__maintenance,disable)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__disable"
                ;;
            consulctl__subcmd__service__subcmd__maintenance,enable)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__enable"
                ;;
            consulctl__subcmd__service__subcmd__maintenance,help)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__help"
                ;;
            consulctl__subcmd__service__subcmd__maintenance,status)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__status"
                ;;
            consulctl__subcmd__service__subcmd__maintenance__subcmd__help,disable)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__disable"
                ;;
            consulctl__subcmd__service__subcmd__maintenance__subcmd__help,enable)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__enable"
                ;;
            consulctl__subcmd__service__subcmd__maintenance__subcmd__help,help)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__help"
                ;;
            consulctl__subcmd__service__subcmd__maintenance__subcmd__help,status)
                cmd="consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__status"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        consulctl)
            opts="-o -v -q -h -V --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help --version agent check service query plan apply export context completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help members self services checks join force-leave maintenance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__checks)
            opts="-o -v -q -h --filter --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__force__subcmd__leave)
            opts="-o -v -q -h --prune --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help)
            opts="members self services checks join force-leave maintenance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__checks)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__force__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__maintenance)
            opts="enable disable status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__maintenance__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__members)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__self)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__help__subcmd__services)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__join)
            opts="-o -v -q -h --wan --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__disable)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__enable)
            opts="-o -v -q -h --reason --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__help)
            opts="enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__maintenance__subcmd__status)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__members)
            opts="-o -v -q -h --wan --segment --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --segment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__self)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__agent__subcmd__services)
            opts="-o -v -q -h --filter --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__apply)
            opts="-o -v -q -h --all-datacenters --set --prune --lock-timeout --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lock-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help register deregister ttl update run list wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__deregister)
            opts="-o -v -q -h --missing-ok --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help)
            opts="register deregister ttl update run list wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__deregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__ttl)
            opts="pass warn fail"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__fail)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__pass)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__ttl__subcmd__warn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__list)
            opts="-o -v -q -h --filter --all-nodes --state --service --node --all-datacenters --watch --handler-timeout --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "passing warning critical any" -- "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --handler-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__register)
            opts="-o -v -q -h --id --service-id --notes --status --ttl --http --method --header --body --tls-skip-verify --tcp --grpc --grpc-use-tls --h2ping --check-tls-server-name --args --script --docker-container-id --alias-service --interval --timeout --deregister-critical-after --success-before-passing --failures-before-critical --file --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --notes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "passing warning critical" -- "${cur}"))
                    return 0
                    ;;
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --method)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tcp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --h2ping)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --args)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --script)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --docker-container-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --alias-service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deregister-critical-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --success-before-passing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failures-before-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__run)
            opts="-o -v -q -h --ensure-ttl --name --service-id --timeout --warn-on --fail-on --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ensure-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warn-on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help pass warn fail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__fail)
            opts="-o -v -q -h --note --note-file --ensure-ttl --name --service-id --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --note)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --note-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ensure-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__help)
            opts="pass warn fail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__fail)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__pass)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__help__subcmd__warn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__pass)
            opts="-o -v -q -h --note --note-file --ensure-ttl --name --service-id --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --note)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --note-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ensure-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__ttl__subcmd__warn)
            opts="-o -v -q -h --note --note-file --ensure-ttl --name --service-id --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --note)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --note-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ensure-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__update)
            opts="-o -v -q -h --status --note --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -W "passing warning critical" -- "${cur}"))
                    return 0
                    ;;
                --note)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__check__subcmd__wait)
            opts="-o -v -q -h --status --timeout --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -W "passing warning critical" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__completions)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help bash zsh fish elvish powershell"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help list show use help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__help)
            opts="list show use help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__help__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__list)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__show)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__context__subcmd__use)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__export)
            opts="-o -v -q -h --all-datacenters --show-token --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help)
            opts="agent check service query plan apply export context completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent)
            opts="members self services checks join force-leave maintenance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__checks)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__force__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__maintenance)
            opts="enable disable status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__maintenance__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__members)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__self)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__agent__subcmd__services)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check)
            opts="register deregister ttl update run list wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__deregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__ttl)
            opts="pass warn fail"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__fail)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__pass)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__ttl__subcmd__warn)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__check__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__context)
            opts="list show use"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__context__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__context__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__context__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__plan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query)
            opts="create list get update delete apply execute explain"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__execute)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__query__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service)
            opts="register deregister maintenance list wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__deregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__maintenance)
            opts="enable disable status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__maintenance__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__help__subcmd__service__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__plan)
            opts="-o -v -q -h --all-datacenters --set --prune --exit-code --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help create list get update delete apply execute explain help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__apply)
            opts="-o -v -q -h --file --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__create)
            opts="-o -v -q -h --name --tag --only-passing --near --ignore-check --node-meta --service-meta --connect --failover-nearest --failover-dc --failover-target --sameness-group --peer --dns-ttl --session --template --regexp --remove-empty-tags --query-token --query-token-file --file --service --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --near)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-check)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-meta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-meta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-nearest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-target)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sameness-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --peer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --session)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -W "name_prefix_match regexp" -- "${cur}"))
                    return 0
                    ;;
                --regexp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__delete)
            opts="-o -v -q -h --missing-ok --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__execute)
            opts="-o -v -q -h --near --limit --min --port-name --wait-min --timeout --watch --handler-timeout --stale --consistent --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --near)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-min)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --handler-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__explain)
            opts="-o -v -q -h --show-token --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__get)
            opts="-o -v -q -h --stale --consistent --wait --index --show-token --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --index)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help)
            opts="create list get update delete apply execute explain help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__execute)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__list)
            opts="-o -v -q -h --stale --consistent --wait --index --show-token --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --index)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__query__subcmd__update)
            opts="-o -v -q -h --name --service --tag --only-passing --near --ignore-check --node-meta --service-meta --connect --failover-nearest --failover-dc --failover-target --sameness-group --peer --dns-ttl --session --template --regexp --remove-empty-tags --query-token --query-token-file --no-only-passing --no-connect --no-remove-empty-tags --clear-tags --clear-ignore-checks --clear-node-meta --clear-service-meta --clear-failover-dcs --clear-failover-targets --clear-sameness-group --clear-peer --no-template --clear-query-token --file --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --near)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-check)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-meta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-meta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-nearest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failover-target)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sameness-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --peer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --session)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -W "name_prefix_match regexp" -- "${cur}"))
                    return 0
                    ;;
                --regexp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help register deregister maintenance list wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__deregister)
            opts="-o -v -q -h --missing-ok --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help)
            opts="register deregister maintenance list wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__deregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__maintenance)
            opts="enable disable status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__maintenance__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__list)
            opts="-o -v -q -h --filter --all-nodes --tag --all-datacenters --watch --handler-timeout --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --handler-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__disable)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__enable)
            opts="-o -v -q -h --reason --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__help)
            opts="enable disable status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__maintenance__subcmd__status)
            opts="-o -v -q -h --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__register)
            opts="-o -v -q -h --id --address --port --tag --meta --enable-tag-override --replace-existing-checks --check-ttl --check-http --check-tcp --check-args --check-interval --check-timeout --check-deregister-critical-after --file --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --meta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-tcp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-args)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --check-deregister-critical-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
        consulctl__subcmd__service__subcmd__wait)
            opts="-o -v -q -h --tag --min --max --absent --passing --allow-warning --timeout --http-addr --token --token-file --http-auth --context --dc --datacenter --namespace --partition --http-ssl --http-ssl-verify --ca-file --ca-path --client-cert --client-key --tls-server-name --output --request-timeout --max-answer-size --retry --retry-max-time --retry-unsafe --dry-run --yes --verbose --quiet --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-auth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datacenter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-ssl-verify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-server-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json addrs" -- "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-answer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-max-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _consulctl -o nosort -o bashdefault -o default consulctl
else
    complete -F _consulctl -o bashdefault -o default consulctl
fi
