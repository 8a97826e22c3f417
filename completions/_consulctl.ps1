
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'consulctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'consulctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'consulctl' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The local agent: members, configuration, services, checks, joins, maintenance')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Health checks: register, TTL pass/warn/fail, update, deregister, list, wait, watch')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: register (with a check), deregister, maintenance, list, wait for health')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Prepared queries: create, list, get, update, delete, apply, execute, explain')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare definition files with Consul: what apply would do')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Consul hold what definition files declare')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write what the agent and the datacenters hold as definition files')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts of the config file: list, show, use')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion scripts: bash, zsh, fish, elvish, powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;agent' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the cluster members this agent sees (LAN, or WAN with --wan)')
            [CompletionResult]::new('self', 'self', [CompletionResultType]::ParameterValue, 'Show this agent''s name, datacenter, version and role')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'List the services registered on this agent')
            [CompletionResult]::new('checks', 'checks', [CompletionResultType]::ParameterValue, 'List the checks registered on this agent')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Ask this agent to join others')
            [CompletionResult]::new('force-leave', 'force-leave', [CompletionResultType]::ParameterValue, 'Force a failed member into the left state')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the whole node into maintenance mode, or take it out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;agent;members' {
            [CompletionResult]::new('--segment', '--segment', [CompletionResultType]::ParameterName, 'Only members of this network segment (Consul Enterprise)')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--wan', '--wan', [CompletionResultType]::ParameterName, 'List the WAN pool (servers of every datacenter) instead of the LAN. Only servers are in it: a client agent''s list is empty, with a note on stderr saying to ask a server')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;self' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;services' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Consul filter expression, passed through (e.g. ''Service == "web"'')')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;checks' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Consul filter expression, passed through (e.g. ''Status == "critical"'')')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;join' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--wan', '--wan', [CompletionResultType]::ParameterName, 'Join over the WAN (servers of other datacenters)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;force-leave' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove the member from the list at once (instead of after the reap interval)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;maintenance' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take this node out of service: its services fail health queries until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put this node back into service')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether this node is in maintenance, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;agent;maintenance;enable' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, shown in the maintenance check''s notes')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;maintenance;disable' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;maintenance;status' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;agent;maintenance;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take this node out of service: its services fail health queries until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put this node back into service')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether this node is in maintenance, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;agent;maintenance;help;enable' {
            break
        }
        'consulctl;agent;maintenance;help;disable' {
            break
        }
        'consulctl;agent;maintenance;help;status' {
            break
        }
        'consulctl;agent;maintenance;help;help' {
            break
        }
        'consulctl;agent;help' {
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the cluster members this agent sees (LAN, or WAN with --wan)')
            [CompletionResult]::new('self', 'self', [CompletionResultType]::ParameterValue, 'Show this agent''s name, datacenter, version and role')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'List the services registered on this agent')
            [CompletionResult]::new('checks', 'checks', [CompletionResultType]::ParameterValue, 'List the checks registered on this agent')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Ask this agent to join others')
            [CompletionResult]::new('force-leave', 'force-leave', [CompletionResultType]::ParameterValue, 'Force a failed member into the left state')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the whole node into maintenance mode, or take it out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;agent;help;members' {
            break
        }
        'consulctl;agent;help;self' {
            break
        }
        'consulctl;agent;help;services' {
            break
        }
        'consulctl;agent;help;checks' {
            break
        }
        'consulctl;agent;help;join' {
            break
        }
        'consulctl;agent;help;force-leave' {
            break
        }
        'consulctl;agent;help;maintenance' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take this node out of service: its services fail health queries until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put this node back into service')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether this node is in maintenance, and why')
            break
        }
        'consulctl;agent;help;maintenance;enable' {
            break
        }
        'consulctl;agent;help;maintenance;disable' {
            break
        }
        'consulctl;agent;help;maintenance;status' {
            break
        }
        'consulctl;agent;help;help' {
            break
        }
        'consulctl;check' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a check from this agent')
            [CompletionResult]::new('ttl', 'ttl', [CompletionResultType]::ParameterValue, 'Report a TTL check''s state: pass, warn or fail')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a TTL check''s status and output in one call')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command and report how it ended to a TTL check (for cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a check on this agent has a status (passing by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;check;register' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Check ID [default: NAME]')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Attach the check to this service (registered on the same agent)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free text for humans, shown with the check')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Initial status [Consul''s default: critical]')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'TTL check: critical unless told pass/warn within this long (e.g. 30s, 26h)')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'HTTP check: GET this URL; 2xx passes, 429 warns, anything else fails')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method for --http [default: GET]')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header for --http, repeatable: ''Name: value''')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Request body for --http')
            [CompletionResult]::new('--tcp', '--tcp', [CompletionResultType]::ParameterName, 'TCP check: connect to HOST:PORT')
            [CompletionResult]::new('--grpc', '--grpc', [CompletionResultType]::ParameterName, 'gRPC health check: HOST:PORT[/service]')
            [CompletionResult]::new('--h2ping', '--h2ping', [CompletionResultType]::ParameterName, 'HTTP/2 ping check of HOST:PORT, over TLS (needs Consul 1.10 or newer)')
            [CompletionResult]::new('--check-tls-server-name', '--check-tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the certificate of an https --http URL or a TLS --grpc target, for the agent''s check (needs Consul 1.10 or newer; --tls-server-name is consulctl''s own)')
            [CompletionResult]::new('--args', '--args', [CompletionResultType]::ParameterName, 'Script check: the command and its arguments, run by the agent (exit 0 passes, 1 warns)')
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'Script check from a shell line (the legacy Script field): sent as Args ["/bin/sh", "-c", LINE]')
            [CompletionResult]::new('--docker-container-id', '--docker-container-id', [CompletionResultType]::ParameterName, 'Docker check: run --args inside this container')
            [CompletionResult]::new('--alias-service', '--alias-service', [CompletionResultType]::ParameterName, 'Alias check: mirror the health of this service')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to run the check (HTTP, TCP, gRPC, script, Docker)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long one run may take')
            [CompletionResult]::new('--deregister-critical-after', '--deregister-critical-after', [CompletionResultType]::ParameterName, 'Deregister the check''s service after it has been critical this long')
            [CompletionResult]::new('--success-before-passing', '--success-before-passing', [CompletionResultType]::ParameterName, 'Consecutive passes needed before the status turns passing')
            [CompletionResult]::new('--failures-before-critical', '--failures-before-critical', [CompletionResultType]::ParameterName, 'Consecutive failures needed before the status turns critical')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Register the check written as JSON in FILE (- for stdin): Consul''s API shape ({"Name": ...}) or an agent config file''s ({"check": {"name": ...}}); HCL when FILE ends in .hcl')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the certificate of an https --http URL or a TLS --grpc target')
            [CompletionResult]::new('--grpc-use-tls', '--grpc-use-tls', [CompletionResultType]::ParameterName, 'Use TLS for --grpc')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;deregister' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--missing-ok', '--missing-ok', [CompletionResultType]::ParameterName, 'Succeed when no such check is registered (for idempotent clean-up scripts)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;ttl' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('pass', 'pass', [CompletionResultType]::ParameterValue, 'Mark a TTL check passing')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Mark a TTL check warning')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark a TTL check critical')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;check;ttl;pass' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Text stored as the check''s output (without it the output is cleared); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--note-file', '--note-file', [CompletionResultType]::ParameterName, 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--ensure-ttl', '--ensure-ttl', [CompletionResultType]::ParameterName, 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a check that --ensure-ttl creates [default: its ID]')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Attach a check that --ensure-ttl creates to this service')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;ttl;warn' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Text stored as the check''s output (without it the output is cleared); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--note-file', '--note-file', [CompletionResultType]::ParameterName, 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--ensure-ttl', '--ensure-ttl', [CompletionResultType]::ParameterName, 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a check that --ensure-ttl creates [default: its ID]')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Attach a check that --ensure-ttl creates to this service')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;ttl;fail' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Text stored as the check''s output (without it the output is cleared); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--note-file', '--note-file', [CompletionResultType]::ParameterName, 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes')
            [CompletionResult]::new('--ensure-ttl', '--ensure-ttl', [CompletionResultType]::ParameterName, 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a check that --ensure-ttl creates [default: its ID]')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Attach a check that --ensure-ttl creates to this service')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;ttl;help' {
            [CompletionResult]::new('pass', 'pass', [CompletionResultType]::ParameterValue, 'Mark a TTL check passing')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Mark a TTL check warning')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark a TTL check critical')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;check;ttl;help;pass' {
            break
        }
        'consulctl;check;ttl;help;warn' {
            break
        }
        'consulctl;check;ttl;help;fail' {
            break
        }
        'consulctl;check;ttl;help;help' {
            break
        }
        'consulctl;check;update' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Text stored as the check''s output (without it the output is cleared)')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;run' {
            [CompletionResult]::new('--ensure-ttl', '--ensure-ttl', [CompletionResultType]::ParameterName, 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a check that --ensure-ttl creates [default: its ID]')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Attach a check that --ensure-ttl creates to this service')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Kill the command (and its process group: SIGTERM, then SIGKILL 5s later) when it runs longer than this; the check turns critical')
            [CompletionResult]::new('--warn-on', '--warn-on', [CompletionResultType]::ParameterName, 'Exit codes that mean warning, e.g. 1,3-5 (replaces the default: 1)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit codes that mean critical even where the default or --warn-on says otherwise')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Consul filter expression, passed through (e.g. ''Status == "critical"'')')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'With --all-nodes: only checks in this state')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'With --all-nodes: only the checks of this service''s instances')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'With --all-nodes: only the checks on this node')
            [CompletionResult]::new('--handler-timeout', '--handler-timeout', [CompletionResultType]::ParameterName, 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--all-nodes', '--all-nodes', [CompletionResultType]::ParameterName, 'The checks of every node in the datacenter (from the catalog), not only this agent''s')
            [CompletionResult]::new('--all-datacenters', '--all-datacenters', [CompletionResultType]::ParameterName, 'With --all-nodes: every datacenter of the federation, with a Datacenter column')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;wait' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The status to wait for')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up (exit 4) when the check does not have the status within this long')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;check;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a check from this agent')
            [CompletionResult]::new('ttl', 'ttl', [CompletionResultType]::ParameterValue, 'Report a TTL check''s state: pass, warn or fail')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a TTL check''s status and output in one call')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command and report how it ended to a TTL check (for cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a check on this agent has a status (passing by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;check;help;register' {
            break
        }
        'consulctl;check;help;deregister' {
            break
        }
        'consulctl;check;help;ttl' {
            [CompletionResult]::new('pass', 'pass', [CompletionResultType]::ParameterValue, 'Mark a TTL check passing')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Mark a TTL check warning')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark a TTL check critical')
            break
        }
        'consulctl;check;help;ttl;pass' {
            break
        }
        'consulctl;check;help;ttl;warn' {
            break
        }
        'consulctl;check;help;ttl;fail' {
            break
        }
        'consulctl;check;help;update' {
            break
        }
        'consulctl;check;help;run' {
            break
        }
        'consulctl;check;help;list' {
            break
        }
        'consulctl;check;help;wait' {
            break
        }
        'consulctl;check;help;help' {
            break
        }
        'consulctl;service' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a service on this agent, optionally with one check')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a service (and its checks) from this agent')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put one service into maintenance mode, or take it out')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services registered on this agent (same as `agent services`)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a service has enough healthy instances (or has drained), then print them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;service;register' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Service ID [default: NAME]')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the service [default: the node''s address]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port of the service (1-65535)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag, repeatable')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Metadata KEY=VALUE, repeatable')
            [CompletionResult]::new('--check-ttl', '--check-ttl', [CompletionResultType]::ParameterName, 'Add a TTL check, with the ID service:ID: critical unless passed within this long (consulctl check ttl pass service:ID)')
            [CompletionResult]::new('--check-http', '--check-http', [CompletionResultType]::ParameterName, 'Add an HTTP check of this URL')
            [CompletionResult]::new('--check-tcp', '--check-tcp', [CompletionResultType]::ParameterName, 'Add a TCP check of HOST:PORT')
            [CompletionResult]::new('--check-args', '--check-args', [CompletionResultType]::ParameterName, 'Add a script check running this command and its arguments')
            [CompletionResult]::new('--check-interval', '--check-interval', [CompletionResultType]::ParameterName, 'How often the check runs (HTTP, TCP, script)')
            [CompletionResult]::new('--check-timeout', '--check-timeout', [CompletionResultType]::ParameterName, 'How long one run of the check may take')
            [CompletionResult]::new('--check-deregister-critical-after', '--check-deregister-critical-after', [CompletionResultType]::ParameterName, 'Deregister the service after its check has been critical this long')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Register the service written as JSON in FILE (- for stdin): an agent config file''s shape ({"service": {"name": ...}}) or the API''s ({"Name": ...}); HCL when FILE ends in .hcl')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--enable-tag-override', '--enable-tag-override', [CompletionResultType]::ParameterName, 'Let the catalog''s tags override this agent''s (anti-entropy)')
            [CompletionResult]::new('--replace-existing-checks', '--replace-existing-checks', [CompletionResultType]::ParameterName, 'Remove checks of the service that this registration does not name')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;deregister' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--missing-ok', '--missing-ok', [CompletionResultType]::ParameterName, 'Succeed when no such service is registered (for idempotent clean-up scripts)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;maintenance' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take the service out of service discovery until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put the service back into service discovery')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the service is in maintenance, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;service;maintenance;enable' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, shown in the maintenance check''s notes')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;maintenance;disable' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;maintenance;status' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;maintenance;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take the service out of service discovery until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put the service back into service discovery')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the service is in maintenance, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;service;maintenance;help;enable' {
            break
        }
        'consulctl;service;maintenance;help;disable' {
            break
        }
        'consulctl;service;maintenance;help;status' {
            break
        }
        'consulctl;service;maintenance;help;help' {
            break
        }
        'consulctl;service;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Consul filter expression, passed through (e.g. ''Service == "web"'')')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'With --all-nodes: only services with an instance carrying this tag (counting those)')
            [CompletionResult]::new('--handler-timeout', '--handler-timeout', [CompletionResultType]::ParameterName, 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--all-nodes', '--all-nodes', [CompletionResultType]::ParameterName, 'Every service in the datacenter''s catalog, with its instances'' health, not only this agent''s')
            [CompletionResult]::new('--all-datacenters', '--all-datacenters', [CompletionResultType]::ParameterName, 'With --all-nodes: every datacenter of the federation, with a Datacenter column')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;wait' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only instances with this tag (repeat for all of several)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Healthy instances needed [default: 1, or 0 with --max]')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most this many healthy instances (--max 0: the service has drained)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up (exit 4) when the condition does not hold within this long')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--absent', '--absent', [CompletionResultType]::ParameterName, 'Wait until no instance of the service is registered at all')
            [CompletionResult]::new('--passing', '--passing', [CompletionResultType]::ParameterName, 'Count only instances whose checks all pass (the default)')
            [CompletionResult]::new('--allow-warning', '--allow-warning', [CompletionResultType]::ParameterName, 'Count instances with warning checks as healthy too')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;service;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a service on this agent, optionally with one check')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a service (and its checks) from this agent')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put one service into maintenance mode, or take it out')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services registered on this agent (same as `agent services`)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a service has enough healthy instances (or has drained), then print them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;service;help;register' {
            break
        }
        'consulctl;service;help;deregister' {
            break
        }
        'consulctl;service;help;maintenance' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take the service out of service discovery until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put the service back into service discovery')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the service is in maintenance, and why')
            break
        }
        'consulctl;service;help;maintenance;enable' {
            break
        }
        'consulctl;service;help;maintenance;disable' {
            break
        }
        'consulctl;service;help;maintenance;status' {
            break
        }
        'consulctl;service;help;list' {
            break
        }
        'consulctl;service;help;wait' {
            break
        }
        'consulctl;service;help;help' {
            break
        }
        'consulctl;query' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a prepared query from flags or a JSON file; prints its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the prepared queries of a datacenter')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one query''s definition')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a query, keeping all the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a query')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update a query from a JSON file so that it matches the file (idempotent)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a query: the healthy instances of its service')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show a query as it would run for a name (a template rendered)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;query;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the query: executes by name, and DNS answers NAME.query.consul')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only instances with this tag, repeatable; !TAG excludes instances with TAG')
            [CompletionResult]::new('--near', '--near', [CompletionResultType]::ParameterName, 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller''s address)')
            [CompletionResult]::new('--ignore-check', '--ignore-check', [CompletionResultType]::ParameterName, 'Check ID whose failure is ignored when filtering, repeatable')
            [CompletionResult]::new('--node-meta', '--node-meta', [CompletionResultType]::ParameterName, 'Only nodes with this metadata, repeatable')
            [CompletionResult]::new('--service-meta', '--service-meta', [CompletionResultType]::ParameterName, 'Only service instances with this metadata, repeatable')
            [CompletionResult]::new('--failover-nearest', '--failover-nearest', [CompletionResultType]::ParameterName, 'When no instance is healthy here, try the N nearest other datacenters (0: none)')
            [CompletionResult]::new('--failover-dc', '--failover-dc', [CompletionResultType]::ParameterName, 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)')
            [CompletionResult]::new('--failover-target', '--failover-target', [CompletionResultType]::ParameterName, 'Cluster peer (peer:NAME) or datacenter (dc:NAME) to fail over to, repeatable, tried in the order given; Consul 1.14+, not with --failover-nearest or --failover-dc')
            [CompletionResult]::new('--sameness-group', '--sameness-group', [CompletionResultType]::ParameterName, 'Query the service in this sameness group, its members tried in order (Consul Enterprise 1.16+; not with failover)')
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Query the service as imported from this cluster peer (Consul 1.14+)')
            [CompletionResult]::new('--dns-ttl', '--dns-ttl', [CompletionResultType]::ParameterName, 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent''s default)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Session the query belongs to: it is deleted with the session (empty: none)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Make the query a template that answers many names')
            [CompletionResult]::new('--regexp', '--regexp', [CompletionResultType]::ParameterName, 'The regular expression of a regexp template (Go RE2 syntax), matched against the name')
            [CompletionResult]::new('--query-token', '--query-token', [CompletionResultType]::ParameterName, 'ACL token stored in the query and used when it runs (not the caller''s --token)')
            [CompletionResult]::new('--query-token-file', '--query-token-file', [CompletionResultType]::ParameterName, 'File holding the token to store in the query (trailing newlines are trimmed)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Create the query written as JSON in FILE (- for stdin), in Consul''s API shape (HCL when FILE ends in .hcl)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--only-passing', '--only-passing', [CompletionResultType]::ParameterName, 'Leave out instances whose checks warn (critical ones are always left out)')
            [CompletionResult]::new('--connect', '--connect', [CompletionResultType]::ParameterName, 'Only Connect-capable instances (proxies and native services)')
            [CompletionResult]::new('--remove-empty-tags', '--remove-empty-tags', [CompletionResultType]::ParameterName, 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;list' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer''s index is reported (stderr in table mode, "Index" in JSON)')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'The X-Consul-Index of the last answer: with --wait, answer only once something changed')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Let any server answer, possibly a little behind the leader (fast; works without a leader)')
            [CompletionResult]::new('--consistent', '--consistent', [CompletionResultType]::ParameterName, 'Make the leader confirm it still leads before answering (slower, never stale)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the tokens stored in queries (hidden otherwise, in JSON too)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;get' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer''s index is reported (stderr in table mode, "Index" in JSON)')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'The X-Consul-Index of the last answer: with --wait, answer only once something changed')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Let any server answer, possibly a little behind the leader (fast; works without a leader)')
            [CompletionResult]::new('--consistent', '--consistent', [CompletionResultType]::ParameterName, 'Make the leader confirm it still leads before answering (slower, never stale)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the tokens stored in queries (hidden otherwise, in JSON too)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the query: executes by name, and DNS answers NAME.query.consul')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only instances with this tag, repeatable; !TAG excludes instances with TAG')
            [CompletionResult]::new('--near', '--near', [CompletionResultType]::ParameterName, 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller''s address)')
            [CompletionResult]::new('--ignore-check', '--ignore-check', [CompletionResultType]::ParameterName, 'Check ID whose failure is ignored when filtering, repeatable')
            [CompletionResult]::new('--node-meta', '--node-meta', [CompletionResultType]::ParameterName, 'Only nodes with this metadata, repeatable')
            [CompletionResult]::new('--service-meta', '--service-meta', [CompletionResultType]::ParameterName, 'Only service instances with this metadata, repeatable')
            [CompletionResult]::new('--failover-nearest', '--failover-nearest', [CompletionResultType]::ParameterName, 'When no instance is healthy here, try the N nearest other datacenters (0: none)')
            [CompletionResult]::new('--failover-dc', '--failover-dc', [CompletionResultType]::ParameterName, 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)')
            [CompletionResult]::new('--failover-target', '--failover-target', [CompletionResultType]::ParameterName, 'Cluster peer (peer:NAME) or datacenter (dc:NAME) to fail over to, repeatable, tried in the order given; Consul 1.14+, not with --failover-nearest or --failover-dc')
            [CompletionResult]::new('--sameness-group', '--sameness-group', [CompletionResultType]::ParameterName, 'Query the service in this sameness group, its members tried in order (Consul Enterprise 1.16+; not with failover)')
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Query the service as imported from this cluster peer (Consul 1.14+)')
            [CompletionResult]::new('--dns-ttl', '--dns-ttl', [CompletionResultType]::ParameterName, 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent''s default)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Session the query belongs to: it is deleted with the session (empty: none)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Make the query a template that answers many names')
            [CompletionResult]::new('--regexp', '--regexp', [CompletionResultType]::ParameterName, 'The regular expression of a regexp template (Go RE2 syntax), matched against the name')
            [CompletionResult]::new('--query-token', '--query-token', [CompletionResultType]::ParameterName, 'ACL token stored in the query and used when it runs (not the caller''s --token)')
            [CompletionResult]::new('--query-token-file', '--query-token-file', [CompletionResultType]::ParameterName, 'File holding the token to store in the query (trailing newlines are trimmed)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Replace the whole definition with the JSON in FILE (- for stdin), as written (HCL when FILE ends in .hcl)')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--only-passing', '--only-passing', [CompletionResultType]::ParameterName, 'Leave out instances whose checks warn (critical ones are always left out)')
            [CompletionResult]::new('--connect', '--connect', [CompletionResultType]::ParameterName, 'Only Connect-capable instances (proxies and native services)')
            [CompletionResult]::new('--remove-empty-tags', '--remove-empty-tags', [CompletionResultType]::ParameterName, 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)')
            [CompletionResult]::new('--no-only-passing', '--no-only-passing', [CompletionResultType]::ParameterName, 'Turn --only-passing off')
            [CompletionResult]::new('--no-connect', '--no-connect', [CompletionResultType]::ParameterName, 'Turn --connect off')
            [CompletionResult]::new('--no-remove-empty-tags', '--no-remove-empty-tags', [CompletionResultType]::ParameterName, 'Turn --remove-empty-tags off')
            [CompletionResult]::new('--clear-tags', '--clear-tags', [CompletionResultType]::ParameterName, 'Remove all tag filters')
            [CompletionResult]::new('--clear-ignore-checks', '--clear-ignore-checks', [CompletionResultType]::ParameterName, 'Remove all ignored check IDs')
            [CompletionResult]::new('--clear-node-meta', '--clear-node-meta', [CompletionResultType]::ParameterName, 'Remove all node metadata filters')
            [CompletionResult]::new('--clear-service-meta', '--clear-service-meta', [CompletionResultType]::ParameterName, 'Remove all service metadata filters')
            [CompletionResult]::new('--clear-failover-dcs', '--clear-failover-dcs', [CompletionResultType]::ParameterName, 'Remove all failover datacenters')
            [CompletionResult]::new('--clear-failover-targets', '--clear-failover-targets', [CompletionResultType]::ParameterName, 'Remove all failover targets (peers and datacenters given with --failover-target)')
            [CompletionResult]::new('--clear-sameness-group', '--clear-sameness-group', [CompletionResultType]::ParameterName, 'Stop querying a sameness group')
            [CompletionResult]::new('--clear-peer', '--clear-peer', [CompletionResultType]::ParameterName, 'Query the local service again instead of a peer''s')
            [CompletionResult]::new('--no-template', '--no-template', [CompletionResultType]::ParameterName, 'Make the query an ordinary one again (no template)')
            [CompletionResult]::new('--clear-query-token', '--clear-query-token', [CompletionResultType]::ParameterName, 'Remove the stored token: the query runs with the caller''s token')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;delete' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--missing-ok', '--missing-ok', [CompletionResultType]::ParameterName, 'Succeed when no such query exists (for scripts that must be safe to repeat)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;apply' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The query as JSON in Consul''s API shape, with a Name (- for stdin; HCL when FILE ends in .hcl)')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;execute' {
            [CompletionResult]::new('--near', '--near', [CompletionResultType]::ParameterName, 'Sort by round-trip time from this node: a node name or _agent (overrides the query''s)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Answer at most N instances')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Fail (exit 1) when fewer than N healthy instances with a usable port come back')
            [CompletionResult]::new('--port-name', '--port-name', [CompletionResultType]::ParameterName, 'Multi-port services (Consul 1.22): use the port of this name instead of the default one')
            [CompletionResult]::new('--wait-min', '--wait-min', [CompletionResultType]::ParameterName, 'Execute again, as soon as the service''s health moves (every 4s at least), until N healthy instances come back; exit 4 when --timeout passes first')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait-min: give up (exit 4) after this long')
            [CompletionResult]::new('--handler-timeout', '--handler-timeout', [CompletionResultType]::ParameterName, 'Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer than this')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'After the current state, print one line per change until interrupted (Ctrl-C exits 0)')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Let any server answer, possibly a little behind the leader (fast; works without a leader)')
            [CompletionResult]::new('--consistent', '--consistent', [CompletionResultType]::ParameterName, 'Make the leader confirm it still leads before answering (slower, never stale)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;explain' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Show the token stored in the query (hidden otherwise, in JSON too)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;query;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a prepared query from flags or a JSON file; prints its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the prepared queries of a datacenter')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one query''s definition')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a query, keeping all the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a query')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update a query from a JSON file so that it matches the file (idempotent)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a query: the healthy instances of its service')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show a query as it would run for a name (a template rendered)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;query;help;create' {
            break
        }
        'consulctl;query;help;list' {
            break
        }
        'consulctl;query;help;get' {
            break
        }
        'consulctl;query;help;update' {
            break
        }
        'consulctl;query;help;delete' {
            break
        }
        'consulctl;query;help;apply' {
            break
        }
        'consulctl;query;help;execute' {
            break
        }
        'consulctl;query;help;explain' {
            break
        }
        'consulctl;query;help;help' {
            break
        }
        'consulctl;plan' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'The name of this set of definitions: what --prune may delete and the lock apply holds are this set''s alone (letters, digits, ''-'', ''_'' and ''.'')')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--all-datacenters', '--all-datacenters', [CompletionResultType]::ParameterName, 'Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not only the agent''s (or --datacenter''s)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what this set created before (its record in Consul''s KV store says what) and the files no longer declare; nothing else is ever deleted')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with a status of its own when changes are pending (0 only when in sync)')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;apply' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'The name of this set of definitions: what --prune may delete and the lock apply holds are this set''s alone (letters, digits, ''-'', ''_'' and ''.'')')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'While another apply of the set holds its lock, wait this long for it, then give up (exit 4); 0 gives up at once')
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--all-datacenters', '--all-datacenters', [CompletionResultType]::ParameterName, 'Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not only the agent''s (or --datacenter''s)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what this set created before (its record in Consul''s KV store says what) and the files no longer declare; nothing else is ever deleted')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;export' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--all-datacenters', '--all-datacenters', [CompletionResultType]::ParameterName, 'Export the queries of every datacenter of the federation (/v1/catalog/datacenters), not only the agent''s (or --datacenter''s)')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Write each query''s stored token too; every file is then created with mode 0600')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;context' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the config file (the current one marked *)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting a command would use in a context, and where it comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the file''s current-context (the rest of the file is kept as it is)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;context;list' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;context;show' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;context;use' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;context;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the config file (the current one marked *)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting a command would use in a context, and where it comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the file''s current-context (the rest of the file is kept as it is)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;context;help;list' {
            break
        }
        'consulctl;context;help;show' {
            break
        }
        'consulctl;context;help;use' {
            break
        }
        'consulctl;context;help;help' {
            break
        }
        'consulctl;completions' {
            [CompletionResult]::new('--http-addr', '--http-addr', [CompletionResultType]::ParameterName, 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https with --http-ssl]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'ACL token, sent in the X-Consul-Token header (never printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the ACL token (trailing newlines are trimmed); beats --token''s variable')
            [CompletionResult]::new('--http-auth', '--http-auth', [CompletionResultType]::ParameterName, 'HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files, token source). A flag always wins for its own value; a context chosen here or by CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR, when set, means the variables are used and not the file''s current-context; otherwise the current-context applies')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--dc', '--dc', [CompletionResultType]::ParameterName, 'Datacenter to ask, for endpoints that take one; plan, apply and export take several (repeat the flag)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints')
            [CompletionResult]::new('--http-ssl', '--http-ssl', [CompletionResultType]::ParameterName, 'Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]')
            [CompletionResult]::new('--http-ssl-verify', '--http-ssl-verify', [CompletionResultType]::ParameterName, 'Check the agent''s certificate; false accepts any certificate and warns on every run [env: CONSUL_HTTP_SSL_VERIFY] [default: true]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA(s) to trust instead of the system''s')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Folder of PEM CA files to trust instead of the system''s (--ca-file wins over it)')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate, for agents with verify_incoming (needs --client-key)')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of --client-cert')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name the agent''s certificate must hold when the address does not (server.DC.consul)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, Consul''s JSON for programs, or (query execute, service wait) one address:port a line')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)')
            [CompletionResult]::new('--max-answer-size', '--max-answer-size', [CompletionResultType]::ParameterName, 'Refuse answers longer than this instead of holding them in memory (1048576, 512KiB, 64MiB, 1GiB)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived')
            [CompletionResult]::new('--retry-max-time', '--retry-max-time', [CompletionResultType]::ParameterName, 'No retry starts later than this after the command''s first request (Go duration)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--retry-unsafe', '--retry-unsafe', [CompletionResultType]::ParameterName, 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Commands that change something: print the requests they would send (method, URL, body and a curl line) and send none of them; reads they need are still made. A command that only reads prints the read it would send first')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Change something in a protected context, or delete with `apply --prune`, without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and answer on stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success but the data asked for')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'consulctl;help' {
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The local agent: members, configuration, services, checks, joins, maintenance')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Health checks: register, TTL pass/warn/fail, update, deregister, list, wait, watch')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: register (with a check), deregister, maintenance, list, wait for health')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Prepared queries: create, list, get, update, delete, apply, execute, explain')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare definition files with Consul: what apply would do')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Consul hold what definition files declare')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write what the agent and the datacenters hold as definition files')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts of the config file: list, show, use')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion scripts: bash, zsh, fish, elvish, powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'consulctl;help;agent' {
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the cluster members this agent sees (LAN, or WAN with --wan)')
            [CompletionResult]::new('self', 'self', [CompletionResultType]::ParameterValue, 'Show this agent''s name, datacenter, version and role')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'List the services registered on this agent')
            [CompletionResult]::new('checks', 'checks', [CompletionResultType]::ParameterValue, 'List the checks registered on this agent')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Ask this agent to join others')
            [CompletionResult]::new('force-leave', 'force-leave', [CompletionResultType]::ParameterValue, 'Force a failed member into the left state')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the whole node into maintenance mode, or take it out')
            break
        }
        'consulctl;help;agent;members' {
            break
        }
        'consulctl;help;agent;self' {
            break
        }
        'consulctl;help;agent;services' {
            break
        }
        'consulctl;help;agent;checks' {
            break
        }
        'consulctl;help;agent;join' {
            break
        }
        'consulctl;help;agent;force-leave' {
            break
        }
        'consulctl;help;agent;maintenance' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take this node out of service: its services fail health queries until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put this node back into service')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether this node is in maintenance, and why')
            break
        }
        'consulctl;help;agent;maintenance;enable' {
            break
        }
        'consulctl;help;agent;maintenance;disable' {
            break
        }
        'consulctl;help;agent;maintenance;status' {
            break
        }
        'consulctl;help;check' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a check from this agent')
            [CompletionResult]::new('ttl', 'ttl', [CompletionResultType]::ParameterValue, 'Report a TTL check''s state: pass, warn or fail')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Set a TTL check''s status and output in one call')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command and report how it ended to a TTL check (for cron)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the checks on this agent (same as `agent checks`), or on every node with --all-nodes')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a check on this agent has a status (passing by default)')
            break
        }
        'consulctl;help;check;register' {
            break
        }
        'consulctl;help;check;deregister' {
            break
        }
        'consulctl;help;check;ttl' {
            [CompletionResult]::new('pass', 'pass', [CompletionResultType]::ParameterValue, 'Mark a TTL check passing')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Mark a TTL check warning')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark a TTL check critical')
            break
        }
        'consulctl;help;check;ttl;pass' {
            break
        }
        'consulctl;help;check;ttl;warn' {
            break
        }
        'consulctl;help;check;ttl;fail' {
            break
        }
        'consulctl;help;check;update' {
            break
        }
        'consulctl;help;check;run' {
            break
        }
        'consulctl;help;check;list' {
            break
        }
        'consulctl;help;check;wait' {
            break
        }
        'consulctl;help;service' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a service on this agent, optionally with one check')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Remove a service (and its checks) from this agent')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put one service into maintenance mode, or take it out')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services registered on this agent (same as `agent services`)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a service has enough healthy instances (or has drained), then print them')
            break
        }
        'consulctl;help;service;register' {
            break
        }
        'consulctl;help;service;deregister' {
            break
        }
        'consulctl;help;service;maintenance' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Take the service out of service discovery until disabled')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Put the service back into service discovery')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say whether the service is in maintenance, and why')
            break
        }
        'consulctl;help;service;maintenance;enable' {
            break
        }
        'consulctl;help;service;maintenance;disable' {
            break
        }
        'consulctl;help;service;maintenance;status' {
            break
        }
        'consulctl;help;service;list' {
            break
        }
        'consulctl;help;service;wait' {
            break
        }
        'consulctl;help;query' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a prepared query from flags or a JSON file; prints its ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the prepared queries of a datacenter')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one query''s definition')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change some fields of a query, keeping all the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a query')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update a query from a JSON file so that it matches the file (idempotent)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a query: the healthy instances of its service')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show a query as it would run for a name (a template rendered)')
            break
        }
        'consulctl;help;query;create' {
            break
        }
        'consulctl;help;query;list' {
            break
        }
        'consulctl;help;query;get' {
            break
        }
        'consulctl;help;query;update' {
            break
        }
        'consulctl;help;query;delete' {
            break
        }
        'consulctl;help;query;apply' {
            break
        }
        'consulctl;help;query;execute' {
            break
        }
        'consulctl;help;query;explain' {
            break
        }
        'consulctl;help;plan' {
            break
        }
        'consulctl;help;apply' {
            break
        }
        'consulctl;help;export' {
            break
        }
        'consulctl;help;context' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts of the config file (the current one marked *)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting a command would use in a context, and where it comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the file''s current-context (the rest of the file is kept as it is)')
            break
        }
        'consulctl;help;context;list' {
            break
        }
        'consulctl;help;context;show' {
            break
        }
        'consulctl;help;context;use' {
            break
        }
        'consulctl;help;completions' {
            break
        }
        'consulctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
