
use builtin;
use str;

set edit:completion:arg-completer[consulctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'consulctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'consulctl'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand agent 'The local agent: members, configuration, services, checks, joins, maintenance'
            cand check 'Health checks: register, TTL pass/warn/fail, update, deregister, list'
            cand service 'Services: register (with a check), deregister, maintenance, list'
            cand query 'Prepared queries: create, list, get, update, delete, apply, execute, explain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;agent'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand members 'List the cluster members this agent sees (LAN, or WAN with --wan)'
            cand self 'Show this agent''s name, datacenter, version and role'
            cand services 'List the services registered on this agent'
            cand checks 'List the checks registered on this agent'
            cand join 'Ask this agent to join others'
            cand force-leave 'Force a failed member into the left state'
            cand maintenance 'Put the whole node into maintenance mode, or take it out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;agent;members'= {
            cand --segment 'Only members of this network segment (Consul Enterprise)'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --wan 'List the WAN pool (servers of every datacenter) instead of the LAN'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;self'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;services'= {
            cand --filter 'Consul filter expression, passed through (e.g. ''Service == "web"'')'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;checks'= {
            cand --filter 'Consul filter expression, passed through (e.g. ''Status == "critical"'')'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;join'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --wan 'Join over the WAN (servers of other datacenters)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;force-leave'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --prune 'Also remove the member from the list at once (instead of after the reap interval)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;maintenance'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand enable 'Take this node out of service: its services fail health queries until disabled'
            cand disable 'Put this node back into service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;agent;maintenance;enable'= {
            cand --reason 'Why, shown in the maintenance check''s notes'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;maintenance;disable'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;agent;maintenance;help'= {
            cand enable 'Take this node out of service: its services fail health queries until disabled'
            cand disable 'Put this node back into service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;agent;maintenance;help;enable'= {
        }
        &'consulctl;agent;maintenance;help;disable'= {
        }
        &'consulctl;agent;maintenance;help;help'= {
        }
        &'consulctl;agent;help'= {
            cand members 'List the cluster members this agent sees (LAN, or WAN with --wan)'
            cand self 'Show this agent''s name, datacenter, version and role'
            cand services 'List the services registered on this agent'
            cand checks 'List the checks registered on this agent'
            cand join 'Ask this agent to join others'
            cand force-leave 'Force a failed member into the left state'
            cand maintenance 'Put the whole node into maintenance mode, or take it out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;agent;help;members'= {
        }
        &'consulctl;agent;help;self'= {
        }
        &'consulctl;agent;help;services'= {
        }
        &'consulctl;agent;help;checks'= {
        }
        &'consulctl;agent;help;join'= {
        }
        &'consulctl;agent;help;force-leave'= {
        }
        &'consulctl;agent;help;maintenance'= {
            cand enable 'Take this node out of service: its services fail health queries until disabled'
            cand disable 'Put this node back into service'
        }
        &'consulctl;agent;help;maintenance;enable'= {
        }
        &'consulctl;agent;help;maintenance;disable'= {
        }
        &'consulctl;agent;help;help'= {
        }
        &'consulctl;check'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand register 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
            cand deregister 'Remove a check from this agent'
            cand ttl 'Report a TTL check''s state: pass, warn or fail'
            cand update 'Set a TTL check''s status and output in one call'
            cand run 'Run a command and report how it ended to a TTL check (for cron)'
            cand list 'List the checks registered on this agent (same as `agent checks`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;check;register'= {
            cand --id 'Check ID [default: NAME]'
            cand --service-id 'Attach the check to this service (registered on the same agent)'
            cand --notes 'Free text for humans, shown with the check'
            cand --status 'Initial status [Consul''s default: critical]'
            cand --ttl 'TTL check: critical unless told pass/warn within this long (e.g. 30s, 26h)'
            cand --http 'HTTP check: GET this URL; 2xx passes, 429 warns, anything else fails'
            cand --method 'HTTP method for --http [default: GET]'
            cand --header 'Header for --http, repeatable: ''Name: value'''
            cand --body 'Request body for --http'
            cand --tcp 'TCP check: connect to HOST:PORT'
            cand --grpc 'gRPC health check: HOST:PORT[/service]'
            cand --args 'Script check: the command and its arguments, run by the agent (exit 0 passes, 1 warns)'
            cand --script 'Script check from a shell line (the legacy Script field): sent as Args ["/bin/sh", "-c", LINE]'
            cand --docker-container-id 'Docker check: run --args inside this container'
            cand --alias-service 'Alias check: mirror the health of this service'
            cand --interval 'How often to run the check (HTTP, TCP, gRPC, script, Docker)'
            cand --timeout 'How long one run may take'
            cand --deregister-critical-after 'Deregister the check''s service after it has been critical this long'
            cand --success-before-passing 'Consecutive passes needed before the status turns passing'
            cand --failures-before-critical 'Consecutive failures needed before the status turns critical'
            cand --file 'Register the check written as JSON in FILE (- for stdin): Consul''s API shape ({"Name": ...}) or an agent config file''s ({"check": {"name": ...}})'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --tls-skip-verify 'Do not verify the certificate of an https --http URL or a TLS --grpc target'
            cand --grpc-use-tls 'Use TLS for --grpc'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;deregister'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --missing-ok 'Succeed when no such check is registered (for idempotent clean-up scripts)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;ttl'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand pass 'Mark a TTL check passing'
            cand warn 'Mark a TTL check warning'
            cand fail 'Mark a TTL check critical'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;check;ttl;pass'= {
            cand --note 'Text stored as the check''s output (without it the output is cleared)'
            cand --note-file 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes'
            cand --ensure-ttl 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes'
            cand --name 'Name of a check that --ensure-ttl creates [default: its ID]'
            cand --service-id 'Attach a check that --ensure-ttl creates to this service'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;ttl;warn'= {
            cand --note 'Text stored as the check''s output (without it the output is cleared)'
            cand --note-file 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes'
            cand --ensure-ttl 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes'
            cand --name 'Name of a check that --ensure-ttl creates [default: its ID]'
            cand --service-id 'Attach a check that --ensure-ttl creates to this service'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;ttl;fail'= {
            cand --note 'Text stored as the check''s output (without it the output is cleared)'
            cand --note-file 'Read the output from FILE (- for stdin); its end is kept within the agent''s 4096 bytes'
            cand --ensure-ttl 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes'
            cand --name 'Name of a check that --ensure-ttl creates [default: its ID]'
            cand --service-id 'Attach a check that --ensure-ttl creates to this service'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;ttl;help'= {
            cand pass 'Mark a TTL check passing'
            cand warn 'Mark a TTL check warning'
            cand fail 'Mark a TTL check critical'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;check;ttl;help;pass'= {
        }
        &'consulctl;check;ttl;help;warn'= {
        }
        &'consulctl;check;ttl;help;fail'= {
        }
        &'consulctl;check;ttl;help;help'= {
        }
        &'consulctl;check;update'= {
            cand --status 'New status'
            cand --note 'Text stored as the check''s output (without it the output is cleared)'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;run'= {
            cand --ensure-ttl 'First register the check as a TTL check with this TTL if it does not exist (an existing check is left as it is), e.g. 15m for a job that runs every 5 minutes'
            cand --name 'Name of a check that --ensure-ttl creates [default: its ID]'
            cand --service-id 'Attach a check that --ensure-ttl creates to this service'
            cand --timeout 'Kill the command (and its process group: SIGTERM, then SIGKILL 5s later) when it runs longer than this; the check turns critical'
            cand --warn-on 'Exit codes that mean warning, e.g. 1,3-5 (replaces the default: 1)'
            cand --fail-on 'Exit codes that mean critical even where the default or --warn-on says otherwise'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;list'= {
            cand --filter 'Consul filter expression, passed through (e.g. ''Status == "critical"'')'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;check;help'= {
            cand register 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
            cand deregister 'Remove a check from this agent'
            cand ttl 'Report a TTL check''s state: pass, warn or fail'
            cand update 'Set a TTL check''s status and output in one call'
            cand run 'Run a command and report how it ended to a TTL check (for cron)'
            cand list 'List the checks registered on this agent (same as `agent checks`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;check;help;register'= {
        }
        &'consulctl;check;help;deregister'= {
        }
        &'consulctl;check;help;ttl'= {
            cand pass 'Mark a TTL check passing'
            cand warn 'Mark a TTL check warning'
            cand fail 'Mark a TTL check critical'
        }
        &'consulctl;check;help;ttl;pass'= {
        }
        &'consulctl;check;help;ttl;warn'= {
        }
        &'consulctl;check;help;ttl;fail'= {
        }
        &'consulctl;check;help;update'= {
        }
        &'consulctl;check;help;run'= {
        }
        &'consulctl;check;help;list'= {
        }
        &'consulctl;check;help;help'= {
        }
        &'consulctl;service'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand register 'Register a service on this agent, optionally with one check'
            cand deregister 'Remove a service (and its checks) from this agent'
            cand maintenance 'Put one service into maintenance mode, or take it out'
            cand list 'List the services registered on this agent (same as `agent services`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;service;register'= {
            cand --id 'Service ID [default: NAME]'
            cand --address 'Address of the service [default: the node''s address]'
            cand --port 'Port of the service (1-65535)'
            cand --tag 'Tag, repeatable'
            cand --meta 'Metadata KEY=VALUE, repeatable'
            cand --check-ttl 'Add a TTL check: critical unless told pass/warn within this long'
            cand --check-http 'Add an HTTP check of this URL'
            cand --check-tcp 'Add a TCP check of HOST:PORT'
            cand --check-args 'Add a script check running this command and its arguments'
            cand --check-interval 'How often the check runs (HTTP, TCP, script)'
            cand --check-timeout 'How long one run of the check may take'
            cand --check-deregister-critical-after 'Deregister the service after its check has been critical this long'
            cand --file 'Register the service written as JSON in FILE (- for stdin): an agent config file''s shape ({"service": {"name": ...}}) or the API''s ({"Name": ...})'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --enable-tag-override 'Let the catalog''s tags override this agent''s (anti-entropy)'
            cand --replace-existing-checks 'Remove checks of the service that this registration does not name'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;service;deregister'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --missing-ok 'Succeed when no such service is registered (for idempotent clean-up scripts)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;service;maintenance'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand enable 'Take the service out of service discovery until disabled'
            cand disable 'Put the service back into service discovery'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;service;maintenance;enable'= {
            cand --reason 'Why, shown in the maintenance check''s notes'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;service;maintenance;disable'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;service;maintenance;help'= {
            cand enable 'Take the service out of service discovery until disabled'
            cand disable 'Put the service back into service discovery'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;service;maintenance;help;enable'= {
        }
        &'consulctl;service;maintenance;help;disable'= {
        }
        &'consulctl;service;maintenance;help;help'= {
        }
        &'consulctl;service;list'= {
            cand --filter 'Consul filter expression, passed through (e.g. ''Service == "web"'')'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;service;help'= {
            cand register 'Register a service on this agent, optionally with one check'
            cand deregister 'Remove a service (and its checks) from this agent'
            cand maintenance 'Put one service into maintenance mode, or take it out'
            cand list 'List the services registered on this agent (same as `agent services`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;service;help;register'= {
        }
        &'consulctl;service;help;deregister'= {
        }
        &'consulctl;service;help;maintenance'= {
            cand enable 'Take the service out of service discovery until disabled'
            cand disable 'Put the service back into service discovery'
        }
        &'consulctl;service;help;maintenance;enable'= {
        }
        &'consulctl;service;help;maintenance;disable'= {
        }
        &'consulctl;service;help;list'= {
        }
        &'consulctl;service;help;help'= {
        }
        &'consulctl;query'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a prepared query from flags or a JSON file; prints its ID'
            cand list 'List the prepared queries of a datacenter'
            cand get 'Show one query''s definition'
            cand update 'Change some fields of a query, keeping all the others'
            cand delete 'Delete a query'
            cand apply 'Create or update a query from a JSON file so that it matches the file (idempotent)'
            cand execute 'Run a query: the healthy instances of its service'
            cand explain 'Show a query as it would run for a name (a template rendered)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;query;create'= {
            cand --name 'Name of the query: executes by name, and DNS answers NAME.query.consul'
            cand --tag 'Only instances with this tag, repeatable; !TAG excludes instances with TAG'
            cand --near 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller''s address)'
            cand --ignore-check 'Check ID whose failure is ignored when filtering, repeatable'
            cand --node-meta 'Only nodes with this metadata, repeatable'
            cand --service-meta 'Only service instances with this metadata, repeatable'
            cand --failover-nearest 'When no instance is healthy here, try the N nearest other datacenters (0: none)'
            cand --failover-dc 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)'
            cand --dns-ttl 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent''s default)'
            cand --session 'Session the query belongs to: it is deleted with the session (empty: none)'
            cand --template 'Make the query a template that answers many names'
            cand --regexp 'The regular expression of a regexp template (Go RE2 syntax), matched against the name'
            cand --query-token 'ACL token stored in the query and used when it runs (not the caller''s --token)'
            cand --query-token-file 'File holding the token to store in the query (trailing newlines are trimmed)'
            cand --file 'Create the query written as JSON in FILE (- for stdin), in Consul''s API shape'
            cand --service 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --only-passing 'Leave out instances whose checks warn (critical ones are always left out)'
            cand --connect 'Only Connect-capable instances (proxies and native services)'
            cand --remove-empty-tags 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;list'= {
            cand --wait 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer''s index is reported (stderr in table mode, "Index" in JSON)'
            cand --index 'The X-Consul-Index of the last answer: with --wait, answer only once something changed'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --stale 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
            cand --consistent 'Make the leader confirm it still leads before answering (slower, never stale)'
            cand --show-token 'Show the tokens stored in queries (hidden otherwise, in JSON too)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;get'= {
            cand --wait 'Blocking read: wait up to this long for a change past --index (Go duration, at most 10m); the answer''s index is reported (stderr in table mode, "Index" in JSON)'
            cand --index 'The X-Consul-Index of the last answer: with --wait, answer only once something changed'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --stale 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
            cand --consistent 'Make the leader confirm it still leads before answering (slower, never stale)'
            cand --show-token 'Show the tokens stored in queries (hidden otherwise, in JSON too)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;update'= {
            cand --name 'Name of the query: executes by name, and DNS answers NAME.query.consul'
            cand --service 'Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)'
            cand --tag 'Only instances with this tag, repeatable; !TAG excludes instances with TAG'
            cand --near 'Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip (the caller''s address)'
            cand --ignore-check 'Check ID whose failure is ignored when filtering, repeatable'
            cand --node-meta 'Only nodes with this metadata, repeatable'
            cand --service-meta 'Only service instances with this metadata, repeatable'
            cand --failover-nearest 'When no instance is healthy here, try the N nearest other datacenters (0: none)'
            cand --failover-dc 'Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)'
            cand --dns-ttl 'TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent''s default)'
            cand --session 'Session the query belongs to: it is deleted with the session (empty: none)'
            cand --template 'Make the query a template that answers many names'
            cand --regexp 'The regular expression of a regexp template (Go RE2 syntax), matched against the name'
            cand --query-token 'ACL token stored in the query and used when it runs (not the caller''s --token)'
            cand --query-token-file 'File holding the token to store in the query (trailing newlines are trimmed)'
            cand --file 'Replace the whole definition with the JSON in FILE (- for stdin), as written'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --only-passing 'Leave out instances whose checks warn (critical ones are always left out)'
            cand --connect 'Only Connect-capable instances (proxies and native services)'
            cand --remove-empty-tags 'Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)'
            cand --no-only-passing 'Turn --only-passing off'
            cand --no-connect 'Turn --connect off'
            cand --no-remove-empty-tags 'Turn --remove-empty-tags off'
            cand --clear-tags 'Remove all tag filters'
            cand --clear-ignore-checks 'Remove all ignored check IDs'
            cand --clear-node-meta 'Remove all node metadata filters'
            cand --clear-service-meta 'Remove all service metadata filters'
            cand --clear-failover-dcs 'Remove all failover datacenters'
            cand --no-template 'Make the query an ordinary one again (no template)'
            cand --clear-query-token 'Remove the stored token: the query runs with the caller''s token'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;delete'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --missing-ok 'Succeed when no such query exists (for scripts that must be safe to repeat)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;apply'= {
            cand --file 'The query as JSON in Consul''s API shape, with a Name (- for stdin)'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;execute'= {
            cand --near 'Sort by round-trip time from this node: a node name or _agent (overrides the query''s)'
            cand --limit 'Answer at most N instances'
            cand --min 'Fail (exit 1) when fewer than N healthy instances come back'
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --stale 'Let any server answer, possibly a little behind the leader (fast; works without a leader)'
            cand --consistent 'Make the leader confirm it still leads before answering (slower, never stale)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;explain'= {
            cand --http-addr 'Address of the Consul agent: host:port, http(s)://host:port or unix:///path [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]'
            cand --token 'ACL token, sent in the X-Consul-Token header'
            cand --token-file 'File holding the ACL token (trailing newlines are trimmed)'
            cand --datacenter 'Datacenter to ask, for endpoints that take one'
            cand --dc 'Datacenter to ask, for endpoints that take one'
            cand -o 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --output 'Output format: a table for people, Consul''s JSON for programs, or (query execute) one address:port a line'
            cand --request-timeout 'Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)'
            cand --retry 'Try a failed request up to N more times, with growing random pauses, when it cannot have done harm: it never reached Consul, or Consul answered a passing failure (no leader, 429/502/503/504); POST (query create) only when it never arrived'
            cand --retry-max-time 'No retry starts later than this after the command''s first request (Go duration)'
            cand --color 'Colour in tables: auto (a terminal and NO_COLOR unset), always or never'
            cand --show-token 'Show the token stored in the query (hidden otherwise, in JSON too)'
            cand --retry-unsafe 'With --retry, also repeat a POST (query create) that may have reached Consul: it may then be done twice'
            cand -v 'Print each request and answer on stderr (the token is never shown)'
            cand --verbose 'Print each request and answer on stderr (the token is never shown)'
            cand -q 'Print nothing on success but the data asked for'
            cand --quiet 'Print nothing on success but the data asked for'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'consulctl;query;help'= {
            cand create 'Create a prepared query from flags or a JSON file; prints its ID'
            cand list 'List the prepared queries of a datacenter'
            cand get 'Show one query''s definition'
            cand update 'Change some fields of a query, keeping all the others'
            cand delete 'Delete a query'
            cand apply 'Create or update a query from a JSON file so that it matches the file (idempotent)'
            cand execute 'Run a query: the healthy instances of its service'
            cand explain 'Show a query as it would run for a name (a template rendered)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;query;help;create'= {
        }
        &'consulctl;query;help;list'= {
        }
        &'consulctl;query;help;get'= {
        }
        &'consulctl;query;help;update'= {
        }
        &'consulctl;query;help;delete'= {
        }
        &'consulctl;query;help;apply'= {
        }
        &'consulctl;query;help;execute'= {
        }
        &'consulctl;query;help;explain'= {
        }
        &'consulctl;query;help;help'= {
        }
        &'consulctl;help'= {
            cand agent 'The local agent: members, configuration, services, checks, joins, maintenance'
            cand check 'Health checks: register, TTL pass/warn/fail, update, deregister, list'
            cand service 'Services: register (with a check), deregister, maintenance, list'
            cand query 'Prepared queries: create, list, get, update, delete, apply, execute, explain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'consulctl;help;agent'= {
            cand members 'List the cluster members this agent sees (LAN, or WAN with --wan)'
            cand self 'Show this agent''s name, datacenter, version and role'
            cand services 'List the services registered on this agent'
            cand checks 'List the checks registered on this agent'
            cand join 'Ask this agent to join others'
            cand force-leave 'Force a failed member into the left state'
            cand maintenance 'Put the whole node into maintenance mode, or take it out'
        }
        &'consulctl;help;agent;members'= {
        }
        &'consulctl;help;agent;self'= {
        }
        &'consulctl;help;agent;services'= {
        }
        &'consulctl;help;agent;checks'= {
        }
        &'consulctl;help;agent;join'= {
        }
        &'consulctl;help;agent;force-leave'= {
        }
        &'consulctl;help;agent;maintenance'= {
            cand enable 'Take this node out of service: its services fail health queries until disabled'
            cand disable 'Put this node back into service'
        }
        &'consulctl;help;agent;maintenance;enable'= {
        }
        &'consulctl;help;agent;maintenance;disable'= {
        }
        &'consulctl;help;check'= {
            cand register 'Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent'
            cand deregister 'Remove a check from this agent'
            cand ttl 'Report a TTL check''s state: pass, warn or fail'
            cand update 'Set a TTL check''s status and output in one call'
            cand run 'Run a command and report how it ended to a TTL check (for cron)'
            cand list 'List the checks registered on this agent (same as `agent checks`)'
        }
        &'consulctl;help;check;register'= {
        }
        &'consulctl;help;check;deregister'= {
        }
        &'consulctl;help;check;ttl'= {
            cand pass 'Mark a TTL check passing'
            cand warn 'Mark a TTL check warning'
            cand fail 'Mark a TTL check critical'
        }
        &'consulctl;help;check;ttl;pass'= {
        }
        &'consulctl;help;check;ttl;warn'= {
        }
        &'consulctl;help;check;ttl;fail'= {
        }
        &'consulctl;help;check;update'= {
        }
        &'consulctl;help;check;run'= {
        }
        &'consulctl;help;check;list'= {
        }
        &'consulctl;help;service'= {
            cand register 'Register a service on this agent, optionally with one check'
            cand deregister 'Remove a service (and its checks) from this agent'
            cand maintenance 'Put one service into maintenance mode, or take it out'
            cand list 'List the services registered on this agent (same as `agent services`)'
        }
        &'consulctl;help;service;register'= {
        }
        &'consulctl;help;service;deregister'= {
        }
        &'consulctl;help;service;maintenance'= {
            cand enable 'Take the service out of service discovery until disabled'
            cand disable 'Put the service back into service discovery'
        }
        &'consulctl;help;service;maintenance;enable'= {
        }
        &'consulctl;help;service;maintenance;disable'= {
        }
        &'consulctl;help;service;list'= {
        }
        &'consulctl;help;query'= {
            cand create 'Create a prepared query from flags or a JSON file; prints its ID'
            cand list 'List the prepared queries of a datacenter'
            cand get 'Show one query''s definition'
            cand update 'Change some fields of a query, keeping all the others'
            cand delete 'Delete a query'
            cand apply 'Create or update a query from a JSON file so that it matches the file (idempotent)'
            cand execute 'Run a query: the healthy instances of its service'
            cand explain 'Show a query as it would run for a name (a template rendered)'
        }
        &'consulctl;help;query;create'= {
        }
        &'consulctl;help;query;list'= {
        }
        &'consulctl;help;query;get'= {
        }
        &'consulctl;help;query;update'= {
        }
        &'consulctl;help;query;delete'= {
        }
        &'consulctl;help;query;apply'= {
        }
        &'consulctl;help;query;execute'= {
        }
        &'consulctl;help;query;explain'= {
        }
        &'consulctl;help;help'= {
        }
    ]
    $completions[$command]
}
