# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_consulctl_global_optspecs
    string join \n http-addr= token= token-file= http-auth= context= datacenter= namespace= partition= http-ssl= http-ssl-verify= ca-file= ca-path= client-cert= client-key= tls-server-name= o/output= request-timeout= max-answer-size= retry= retry-max-time= retry-unsafe dry-run yes v/verbose q/quiet color= h/help V/version
end

function __fish_consulctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_consulctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_consulctl_using_subcommand
    set -l cmd (__fish_consulctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c consulctl -n "__fish_consulctl_needs_command" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_needs_command" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_needs_command" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_needs_command" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_needs_command" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_needs_command" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_needs_command" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_needs_command" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_needs_command" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_needs_command" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_needs_command" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_needs_command" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_needs_command" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_needs_command" -s V -l version -d 'Print version'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "agent" -d 'The local agent: members, configuration, services, checks, joins, maintenance'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "check" -d 'Health checks: register, TTL pass/warn/fail, update, deregister, list, wait, watch'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "service" -d 'Services: register (with a check), deregister, maintenance, list, wait for health'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "query" -d 'Prepared queries: create, list, get, update, delete, apply, execute, explain'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "plan" -d 'Compare definition files with Consul: what apply would do'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "apply" -d 'Make Consul hold what definition files declare'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "context" -d 'Named contexts of the config file: list, show, use'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "completions" -d 'Shell completion scripts: bash, zsh, fish, elvish, powershell'
complete -c consulctl -n "__fish_consulctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "members" -d 'List the cluster members this agent sees (LAN, or WAN with --wan)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "self" -d 'Show this agent\'s name, datacenter, version and role'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "services" -d 'List the services registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "checks" -d 'List the checks registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "join" -d 'Ask this agent to join others'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "force-leave" -d 'Force a failed member into the left state'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "maintenance" -d 'Put the whole node into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and not __fish_seen_subcommand_from members self services checks join force-leave maintenance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l segment -d 'Only members of this network segment (Consul Enterprise)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l wan -d 'List the WAN pool (servers of every datacenter) instead of the LAN. Only servers are in it: a client agent\'s list is empty, with a note on stderr saying to ask a server'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from self" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l filter -d 'Consul filter expression, passed through (e.g. \'Service == "web"\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l filter -d 'Consul filter expression, passed through (e.g. \'Status == "critical"\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from checks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l wan -d 'Join over the WAN (servers of other datacenters)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l prune -d 'Also remove the member from the list at once (instead of after the reap interval)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from force-leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -f -a "enable" -d 'Take this node out of service: its services fail health queries until disabled'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -f -a "disable" -d 'Put this node back into service'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -f -a "status" -d 'Say whether this node is in maintenance, and why'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from maintenance" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "members" -d 'List the cluster members this agent sees (LAN, or WAN with --wan)'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "self" -d 'Show this agent\'s name, datacenter, version and role'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "services" -d 'List the services registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "checks" -d 'List the checks registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "join" -d 'Ask this agent to join others'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "force-leave" -d 'Force a failed member into the left state'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "maintenance" -d 'Put the whole node into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "register" -d 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "deregister" -d 'Remove a check from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "ttl" -d 'Report a TTL check\'s state: pass, warn or fail'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "update" -d 'Set a TTL check\'s status and output in one call'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "run" -d 'Run a command and report how it ended to a TTL check (for cron)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "list" -d 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "wait" -d 'Wait until a check on this agent has a status (passing by default)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and not __fish_seen_subcommand_from register deregister ttl update run list wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l id -d 'Check ID [default: NAME]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l service-id -d 'Attach the check to this service (registered on the same agent)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l notes -d 'Free text for humans, shown with the check' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l status -d 'Initial status [Consul\'s default: critical]' -r -f -a "passing\t''
warning\t''
critical\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l ttl -d 'TTL check: critical unless told pass/warn within this long (e.g. 30s, 26h)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l http -d 'HTTP check: GET this URL; 2xx passes, 429 warns, anything else fails' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l method -d 'HTTP method for --http [default: GET]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l header -d 'Header for --http, repeatable: \'Name: value\'' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l body -d 'Request body for --http' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l tcp -d 'TCP check: connect to HOST:PORT' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l grpc -d 'gRPC health check: HOST:PORT[/service]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l h2ping -d 'HTTP/2 ping check of HOST:PORT, over TLS (needs Consul 1.10 or newer)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l check-tls-server-name -d 'Name to expect on the certificate of an https --http URL or a TLS --grpc target, for the agent\'s check (needs Consul 1.10 or newer; --tls-server-name is consulctl\'s own)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l args -d 'Script check: the command and its arguments, run by the agent (exit 0 passes, 1 warns)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l script -d 'Script check from a shell line (the legacy Script field): sent as Args ["/bin/sh", "-c", LINE]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l docker-container-id -d 'Docker check: run --args inside this container' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l alias-service -d 'Alias check: mirror the health of this service' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l interval -d 'How often to run the check (HTTP, TCP, gRPC, script, Docker)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l timeout -d 'How long one run may take' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l deregister-critical-after -d 'Deregister the check\'s service after it has been critical this long' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l success-before-passing -d 'Consecutive passes needed before the status turns passing' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l failures-before-critical -d 'Consecutive failures needed before the status turns critical' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l file -d 'Register the check written as JSON in FILE (- for stdin): Consul\'s API shape ({"Name": ...}) or an agent config file\'s ({"check": {"name": ...}}); HCL when FILE ends in .hcl' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l tls-skip-verify -d 'Do not verify the certificate of an https --http URL or a TLS --grpc target'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l grpc-use-tls -d 'Use TLS for --grpc'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l missing-ok -d 'Succeed when no such check is registered (for idempotent clean-up scripts)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from deregister" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -f -a "pass" -d 'Mark a TTL check passing'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -f -a "warn" -d 'Mark a TTL check warning'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -f -a "fail" -d 'Mark a TTL check critical'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from ttl" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l status -d 'New status' -r -f -a "passing\t''
warning\t''
critical\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l note -d 'Text stored as the check\'s output (without it the output is cleared)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l ensure-ttl -d 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l name -d 'Name of a check that --ensure-ttl creates [default: its ID]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l service-id -d 'Attach a check that --ensure-ttl creates to this service' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the command (and its process group: SIGTERM, then SIGKILL 5s later) when it runs longer than this; the check turns critical' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l warn-on -d 'Exit codes that mean warning, e.g. 1,3-5 (replaces the default: 1)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l fail-on -d 'Exit codes that mean critical even where the default or --warn-on says otherwise' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l filter -d 'Consul filter expression, passed through (e.g. \'Status == "critical"\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l state -d 'With --all-nodes: only checks in this state' -r -f -a "passing\t''
warning\t''
critical\t''
any\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l service -d 'With --all-nodes: only the checks of this service\'s instances' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l node -d 'With --all-nodes: only the checks on this node' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l handler-timeout -d 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l all-nodes -d 'The checks of every node in the datacenter (from the catalog), not only this agent\'s'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l all-datacenters -d 'With --all-nodes: every datacenter of the federation, with a Datacenter column'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l watch -d 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l status -d 'The status to wait for' -r -f -a "passing\t''
warning\t''
critical\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up (exit 4) when the check does not have the status within this long' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "deregister" -d 'Remove a check from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "ttl" -d 'Report a TTL check\'s state: pass, warn or fail'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "update" -d 'Set a TTL check\'s status and output in one call'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command and report how it ended to a TTL check (for cron)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a check on this agent has a status (passing by default)'
complete -c consulctl -n "__fish_consulctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "register" -d 'Register a service on this agent, optionally with one check'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "deregister" -d 'Remove a service (and its checks) from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "maintenance" -d 'Put one service into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "list" -d 'List the services registered on this agent (same as `agent services`)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "wait" -d 'Wait until a service has enough healthy instances (or has drained), then print them'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and not __fish_seen_subcommand_from register deregister maintenance list wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l id -d 'Service ID [default: NAME]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l address -d 'Address of the service [default: the node\'s address]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l port -d 'Port of the service (1-65535)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l tag -d 'Tag, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l meta -d 'Metadata KEY=VALUE, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-ttl -d 'Add a TTL check, with the ID service:ID: critical unless passed within this long (consulctl check ttl pass service:ID)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-http -d 'Add an HTTP check of this URL' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-tcp -d 'Add a TCP check of HOST:PORT' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-args -d 'Add a script check running this command and its arguments' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-interval -d 'How often the check runs (HTTP, TCP, script)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-timeout -d 'How long one run of the check may take' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l check-deregister-critical-after -d 'Deregister the service after its check has been critical this long' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l file -d 'Register the service written as JSON in FILE (- for stdin): an agent config file\'s shape ({"service": {"name": ...}}) or the API\'s ({"Name": ...}); HCL when FILE ends in .hcl' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l enable-tag-override -d 'Let the catalog\'s tags override this agent\'s (anti-entropy)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l replace-existing-checks -d 'Remove checks of the service that this registration does not name'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l missing-ok -d 'Succeed when no such service is registered (for idempotent clean-up scripts)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from deregister" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -f -a "enable" -d 'Take the service out of service discovery until disabled'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -f -a "disable" -d 'Put the service back into service discovery'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -f -a "status" -d 'Say whether the service is in maintenance, and why'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from maintenance" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l filter -d 'Consul filter expression, passed through (e.g. \'Service == "web"\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l tag -d 'With --all-nodes: only services with an instance carrying this tag (counting those)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l handler-timeout -d 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l all-nodes -d 'Every service in the datacenter\'s catalog, with its instances\' health, not only this agent\'s'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l all-datacenters -d 'With --all-nodes: every datacenter of the federation, with a Datacenter column'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l watch -d 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l tag -d 'Only instances with this tag (repeat for all of several)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l min -d 'Healthy instances needed [default: 1, or 0 with --max]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l max -d 'At most this many healthy instances (--max 0: the service has drained)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up (exit 4) when the condition does not hold within this long' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l absent -d 'Wait until no instance of the service is registered at all'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l passing -d 'Count only instances whose checks all pass (the default)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l allow-warning -d 'Count instances with warning checks as healthy too'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a service on this agent, optionally with one check'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "deregister" -d 'Remove a service (and its checks) from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "maintenance" -d 'Put one service into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the services registered on this agent (same as `agent services`)'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a service has enough healthy instances (or has drained), then print them'
complete -c consulctl -n "__fish_consulctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "create" -d 'Create a prepared query from flags or a JSON file; prints its ID'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "list" -d 'List the prepared queries of a datacenter'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "get" -d 'Show one query\'s definition'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "update" -d 'Change some fields of a query, keeping all the others'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "delete" -d 'Delete a query'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "apply" -d 'Create or update a query from a JSON file so that it matches the file (idempotent)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "execute" -d 'Run a query: the healthy instances of its service'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "explain" -d 'Show a query as it would run for a name (a template rendered)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and not __fish_seen_subcommand_from create list get update delete apply execute explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l name -d 'Name of the query: executes by name, and DNS answers NAME.query.consul' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l tag -d 'Only instances with this tag, repeatable; !TAG excludes instances with TAG' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l near -d 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller\'s address)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l ignore-check -d 'Check ID whose failure is ignored when filtering, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l node-meta -d 'Only nodes with this metadata, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l service-meta -d 'Only service instances with this metadata, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l failover-nearest -d 'When no instance is healthy here, try the N nearest other datacenters (0: none)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l failover-dc -d 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l failover-target -d 'Cluster peer (peer:NAME) or datacenter (dc:NAME) to fail over to, repeatable, tried in the order given; Consul 1.14+, not with --failover-nearest or --failover-dc' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l sameness-group -d 'Query the service in this sameness group, its members tried in order (Consul Enterprise 1.16+; not with failover)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l peer -d 'Query the service as imported from this cluster peer (Consul 1.14+)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l dns-ttl -d 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent\'s default)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l session -d 'Session the query belongs to: it is deleted with the session (empty: none)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l template -d 'Make the query a template that answers many names' -r -f -a "name_prefix_match\t'The query answers every name that starts with its own; ${name.suffix} is the rest'
regexp\t'name_prefix_match with --regexp (required): its groups are ${match(N)}'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l regexp -d 'The regular expression of a regexp template (Go RE2 syntax), matched against the name' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l query-token -d 'ACL token stored in the query and used when it runs (not the caller\'s --token)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l query-token-file -d 'File holding the token to store in the query (trailing newlines are trimmed)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l file -d 'Create the query written as JSON in FILE (- for stdin), in Consul\'s API shape (HCL when FILE ends in .hcl)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l service -d 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l only-passing -d 'Leave out instances whose checks warn (critical ones are always left out)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l connect -d 'Only Connect-capable instances (proxies and native services)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l remove-empty-tags -d 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l wait -d 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer\'s index is reported (stderr in table mode, "Index" in JSON)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l index -d 'The X-Consul-Index of the last answer: with --wait, answer only once something changed' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l stale -d 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l consistent -d 'Make the leader confirm it still leads before answering (slower, never stale)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l show-token -d 'Show the tokens stored in queries (hidden otherwise, in JSON too)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l wait -d 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer\'s index is reported (stderr in table mode, "Index" in JSON)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l index -d 'The X-Consul-Index of the last answer: with --wait, answer only once something changed' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l stale -d 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l consistent -d 'Make the leader confirm it still leads before answering (slower, never stale)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l show-token -d 'Show the tokens stored in queries (hidden otherwise, in JSON too)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l name -d 'Name of the query: executes by name, and DNS answers NAME.query.consul' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l service -d 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l tag -d 'Only instances with this tag, repeatable; !TAG excludes instances with TAG' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l near -d 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller\'s address)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l ignore-check -d 'Check ID whose failure is ignored when filtering, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l node-meta -d 'Only nodes with this metadata, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l service-meta -d 'Only service instances with this metadata, repeatable' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l failover-nearest -d 'When no instance is healthy here, try the N nearest other datacenters (0: none)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l failover-dc -d 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l failover-target -d 'Cluster peer (peer:NAME) or datacenter (dc:NAME) to fail over to, repeatable, tried in the order given; Consul 1.14+, not with --failover-nearest or --failover-dc' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l sameness-group -d 'Query the service in this sameness group, its members tried in order (Consul Enterprise 1.16+; not with failover)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l peer -d 'Query the service as imported from this cluster peer (Consul 1.14+)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l dns-ttl -d 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent\'s default)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l session -d 'Session the query belongs to: it is deleted with the session (empty: none)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l template -d 'Make the query a template that answers many names' -r -f -a "name_prefix_match\t'The query answers every name that starts with its own; ${name.suffix} is the rest'
regexp\t'name_prefix_match with --regexp (required): its groups are ${match(N)}'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l regexp -d 'The regular expression of a regexp template (Go RE2 syntax), matched against the name' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l query-token -d 'ACL token stored in the query and used when it runs (not the caller\'s --token)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l query-token-file -d 'File holding the token to store in the query (trailing newlines are trimmed)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l file -d 'Replace the whole definition with the JSON in FILE (- for stdin), as written (HCL when FILE ends in .hcl)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l only-passing -d 'Leave out instances whose checks warn (critical ones are always left out)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l connect -d 'Only Connect-capable instances (proxies and native services)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l remove-empty-tags -d 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l no-only-passing -d 'Turn --only-passing off'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l no-connect -d 'Turn --connect off'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l no-remove-empty-tags -d 'Turn --remove-empty-tags off'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-tags -d 'Remove all tag filters'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-ignore-checks -d 'Remove all ignored check IDs'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-node-meta -d 'Remove all node metadata filters'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-service-meta -d 'Remove all service metadata filters'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-failover-dcs -d 'Remove all failover datacenters'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-failover-targets -d 'Remove all failover targets (peers and datacenters given with --failover-target)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-sameness-group -d 'Stop querying a sameness group'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-peer -d 'Query the local service again instead of a peer\'s'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l no-template -d 'Make the query an ordinary one again (no template)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l clear-query-token -d 'Remove the stored token: the query runs with the caller\'s token'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l missing-ok -d 'Succeed when no such query exists (for scripts that must be safe to repeat)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l file -d 'The query as JSON in Consul\'s API shape, with a Name (- for stdin; HCL when FILE ends in .hcl)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l near -d 'Sort by round-trip time from this node: a node name or _agent (overrides the query\'s)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l limit -d 'Answer at most N instances' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l min -d 'Fail (exit 1) when fewer than N healthy instances with a usable port come back' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l port-name -d 'Multi-port services (Consul 1.22): use the port of this name instead of the default one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l wait-min -d 'Execute again, as soon as the service\'s health moves (every 4s at least), until N healthy instances come back; exit 4 when --timeout passes first' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l timeout -d 'With --wait-min: give up (exit 4) after this long' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l handler-timeout -d 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l watch -d 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l stale -d 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l consistent -d 'Make the leader confirm it still leads before answering (slower, never stale)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from execute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l show-token -d 'Show the token stored in the query (hidden otherwise, in JSON too)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a prepared query from flags or a JSON file; prints its ID'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the prepared queries of a datacenter'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one query\'s definition'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change some fields of a query, keeping all the others'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a query'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Create or update a query from a JSON file so that it matches the file (idempotent)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "execute" -d 'Run a query: the healthy instances of its service'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Show a query as it would run for a name (a template rendered)'
complete -c consulctl -n "__fish_consulctl_using_subcommand query; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l set -d 'The name of this set of definitions: what --prune may delete and the lock apply holds are this set\'s alone (letters, digits, \'-\', \'_\' and \'.\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l all-datacenters -d 'Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not only the agent\'s (or --datacenter\'s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l exit-code -d 'Exit with a status of its own when changes are pending (0 only when in sync)'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l set -d 'The name of this set of definitions: what --prune may delete and the lock apply holds are this set\'s alone (letters, digits, \'-\', \'_\' and \'.\')' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l lock-timeout -d 'While another apply of the set holds its lock, wait this long for it, then give up (exit 4); 0 gives up at once' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l all-datacenters -d 'Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not only the agent\'s (or --datacenter\'s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "list" -d 'List the contexts of the config file (the current one marked *)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "show" -d 'Show each setting a command would use in a context, and where it comes from'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "use" -d 'Make a context the file\'s current-context (the rest of the file is kept as it is)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts of the config file (the current one marked *)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show each setting a command would use in a context, and where it comes from'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a context the file\'s current-context (the rest of the file is kept as it is)'
complete -c consulctl -n "__fish_consulctl_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l http-addr -d 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l token -d 'ACL token, sent in the X-Consul-Token header (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l token-file -d 'File holding the ACL token (trailing newlines are trimmed); beats --token\'s variable' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l http-auth -d 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l context -d 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file\'s current-context; otherwise the current-context applies' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l datacenter -l dc -d 'Datacenter to ask, for endpoints that take one' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l namespace -d 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l partition -d 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l http-ssl -d 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l http-ssl-verify -d 'Check the agent\'s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l ca-file -d 'PEM file of the CA(s) to trust instead of the system\'s' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l ca-path -d 'Folder of PEM CA files to trust instead of the system\'s (--ca-file wins over it)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l client-cert -d 'PEM client certificate, for agents with verify_incoming (needs --client-key)' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l client-key -d 'PEM private key of --client-cert' -r -F
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l tls-server-name -d 'Name the agent\'s certificate must hold when the address does not (server.DC.consul)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -s o -l output -d 'Output format: a table for people, Consul\'s JSON for programs, or (query execute, service wait) one address:port a line' -r -f -a "table\t''
json\t''
addrs\t'query execute and service wait only'"
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l request-timeout -d 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l max-answer-size -d 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l retry -d 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l retry-max-time -d 'No retry starts later than this after the command\'s first request (Go duration)' -r
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l color -d 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l retry-unsafe -d 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l dry-run -d 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -l yes -d 'Change something in a protected context without asking'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -s v -l verbose -d 'Print each request and answer on stderr (the token is never shown)'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -s q -l quiet -d 'Print nothing on success but the data asked for'
complete -c consulctl -n "__fish_consulctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "agent" -d 'The local agent: members, configuration, services, checks, joins, maintenance'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "check" -d 'Health checks: register, TTL pass/warn/fail, update, deregister, list, wait, watch'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "service" -d 'Services: register (with a check), deregister, maintenance, list, wait for health'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "query" -d 'Prepared queries: create, list, get, update, delete, apply, execute, explain'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "plan" -d 'Compare definition files with Consul: what apply would do'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "apply" -d 'Make Consul hold what definition files declare'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "context" -d 'Named contexts of the config file: list, show, use'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "completions" -d 'Shell completion scripts: bash, zsh, fish, elvish, powershell'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and not __fish_seen_subcommand_from agent check service query plan apply context completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "members" -d 'List the cluster members this agent sees (LAN, or WAN with --wan)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "self" -d 'Show this agent\'s name, datacenter, version and role'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "services" -d 'List the services registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "checks" -d 'List the checks registered on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "join" -d 'Ask this agent to join others'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "force-leave" -d 'Force a failed member into the left state'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "maintenance" -d 'Put the whole node into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "register" -d 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "deregister" -d 'Remove a check from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "ttl" -d 'Report a TTL check\'s state: pass, warn or fail'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "update" -d 'Set a TTL check\'s status and output in one call'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "run" -d 'Run a command and report how it ended to a TTL check (for cron)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "list" -d 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "wait" -d 'Wait until a check on this agent has a status (passing by default)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "register" -d 'Register a service on this agent, optionally with one check'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "deregister" -d 'Remove a service (and its checks) from this agent'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "maintenance" -d 'Put one service into maintenance mode, or take it out'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'List the services registered on this agent (same as `agent services`)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "wait" -d 'Wait until a service has enough healthy instances (or has drained), then print them'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "create" -d 'Create a prepared query from flags or a JSON file; prints its ID'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "list" -d 'List the prepared queries of a datacenter'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "get" -d 'Show one query\'s definition'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "update" -d 'Change some fields of a query, keeping all the others'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "delete" -d 'Delete a query'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "apply" -d 'Create or update a query from a JSON file so that it matches the file (idempotent)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "execute" -d 'Run a query: the healthy instances of its service'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from query" -f -a "explain" -d 'Show a query as it would run for a name (a template rendered)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'List the contexts of the config file (the current one marked *)'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "show" -d 'Show each setting a command would use in a context, and where it comes from'
complete -c consulctl -n "__fish_consulctl_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "use" -d 'Make a context the file\'s current-context (the rest of the file is kept as it is)'
