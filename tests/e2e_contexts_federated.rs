//! Contexts across a real two-datacenter federation on loopback (dc1 on 127.0.0.51, dc2 on
//! 127.0.0.52): a context's datacenter read through the other datacenter's agent, a flag
//! beating it, `--all-datacenters` through a context, and a shell whose CONSUL_HTTP_ADDR names
//! one agent while `--context` names the other.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::agent::{eventually, table_rows};
use crate::support::federation::{federate, Federation};
use crate::support::proxy::CountingProxy;
use crate::support::{consulctl, json_of, ok, stderr_of, stdout_of, unique, Agent, CANARY};

fn federation() -> &'static Federation {
    static FEDERATION: OnceLock<Federation> = OnceLock::new();
    FEDERATION.get_or_init(|| federate("ctxfed", ["127.0.0.51", "127.0.0.52"]))
}

/// A config folder of its own holding `config.toml` (mode 0600).
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn with(text: &str) -> Home {
        let home = Home {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(home.dir.path().join("consulctl")).unwrap();
        let file = home.dir.path().join("consulctl").join("config.toml");
        std::fs::write(&file, text).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        home
    }

    fn consulctl(&self) -> assert_cmd::Command {
        let mut cmd = consulctl();
        cmd.env("XDG_CONFIG_HOME", self.dir.path());
        cmd
    }
}

/// Registers service `name` on `agent` and waits until its datacenter's catalog lists it.
fn register(agent: &Agent, name: &str) {
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"ID": name, "Name": name, "Port": 8080})),
    );
    eventually("the catalog lists it", Duration::from_secs(10), || {
        let services = agent.get("/v1/catalog/services");
        services
            .get(name)
            .map(|_| ())
            .ok_or_else(|| services.to_string())
    });
}

/// The service names of a `service list --all-nodes -o json` answer (one datacenter's).
fn services_in(answer: &Value) -> Vec<String> {
    answer["Services"]
        .as_object()
        .unwrap_or_else(|| panic!("no Services in {answer}"))
        .keys()
        .cloned()
        .collect()
}

/// One service in each datacenter, and a file whose context `east` is dc1's agent asking dc2.
fn east() -> (Home, String, String) {
    let fed = federation();
    let name = unique("ctxfed");
    let (one, two) = (format!("{name}-in-dc1"), format!("{name}-in-dc2"));
    register(&fed.dc1, &one);
    register(&fed.dc2, &two);
    let home = Home::with(&format!(
        "[contexts.east]\nhttp-addr = \"{}\"\ndatacenter = \"dc2\"\n",
        fed.dc1.addr()
    ));
    (home, one, two)
}

#[test]
fn a_contexts_datacenter_is_read_through_its_agent_and_a_flag_beats_it() {
    let (home, one, two) = east();
    let listed = |extra: &[&str]| {
        let out = home
            .consulctl()
            .args([
                "--context",
                "east",
                "service",
                "list",
                "--all-nodes",
                "-o",
                "json",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        services_in(&json_of(&out))
    };
    // dc1's agent answers for dc2, which the context names.
    let names = listed(&[]);
    assert!(names.contains(&two), "{names:?}");
    assert!(!names.contains(&one), "{names:?}");
    // A flag wins for its own value; the address still comes from the context.
    let names = listed(&["--datacenter", "dc1"]);
    assert!(names.contains(&one), "{names:?}");
    assert!(!names.contains(&two), "{names:?}");
    // The prepared queries of dc2, through dc1's agent.
    let query = unique("ctxfed-q");
    ok(&home
        .consulctl()
        .args([
            "--context",
            "east",
            "query",
            "create",
            "--name",
            &query,
            "--service",
            &two,
        ])
        .output()
        .unwrap());
    let stored = |agent: &Agent| -> Vec<String> {
        agent
            .get("/v1/query")
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| q["Name"].as_str().map(str::to_string))
            .collect()
    };
    assert!(stored(&federation().dc2).contains(&query));
    assert!(!stored(&federation().dc1).contains(&query));
    let out = home
        .consulctl()
        .args(["--context", "east", "query", "list"])
        .output()
        .unwrap();
    let rows = table_rows(&ok(&out));
    assert!(
        rows.iter().any(|r| r["Name"] == query),
        "{}",
        stdout_of(&out)
    );

    // `context show` says where each came from.
    let shown = ok(&home
        .consulctl()
        .args(["--context", "east", "--dc", "dc1", "context", "show"])
        .output()
        .unwrap());
    let origins: BTreeMap<String, (String, String)> = table_rows(&shown)
        .into_iter()
        .map(|r| {
            (
                r["Setting"].clone(),
                (r["Value"].clone(), r["Source"].clone()),
            )
        })
        .collect();
    assert_eq!(
        origins["http-addr"],
        (federation().dc1.addr(), "context east".to_string())
    );
    assert_eq!(
        origins["datacenter"],
        ("dc1".to_string(), "flag".to_string())
    );
}

#[test]
fn all_datacenters_through_a_context_reads_each_datacenter() {
    let (home, one, two) = east();
    let out = home
        .consulctl()
        .args([
            "--context",
            "east",
            "service",
            "list",
            "--all-nodes",
            "--all-datacenters",
        ])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let answer = json_of(&out);
    let keys: Vec<&String> = answer.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["dc1", "dc2"]);
    let (in_dc1, in_dc2) = (services_in(&answer["dc1"]), services_in(&answer["dc2"]));
    assert!(
        in_dc1.contains(&one) && !in_dc1.contains(&two),
        "{in_dc1:?}"
    );
    assert!(
        in_dc2.contains(&two) && !in_dc2.contains(&one),
        "{in_dc2:?}"
    );
    let table = ok(&home
        .consulctl()
        .args([
            "--context",
            "east",
            "service",
            "list",
            "--all-nodes",
            "--all-datacenters",
        ])
        .output()
        .unwrap());
    let rows = table_rows(&table);
    let row = |name: &str| rows.iter().find(|r| r["Service"] == name).cloned();
    assert_eq!(
        row(&one).map(|r| r["Datacenter"].clone()).as_deref(),
        Some("dc1")
    );
    assert_eq!(
        row(&two).map(|r| r["Datacenter"].clone()).as_deref(),
        Some("dc2")
    );
}

#[test]
fn a_shells_dev_address_gets_nothing_when_a_context_names_the_other_agent() {
    let fed = federation();
    let name = unique("ctxfed-shell");
    let (one, two) = (format!("{name}-in-dc1"), format!("{name}-in-dc2"));
    register(&fed.dc1, &one);
    register(&fed.dc2, &two);
    // The shell exported dc1's agent and a dev token; the context `west` is dc2's agent.
    let shell = CountingProxy::start(fed.dc1.addr());
    let west = CountingProxy::start(fed.dc2.addr());
    let secrets = tempfile::tempdir().unwrap();
    let token_file = secrets.path().join("west-token");
    std::fs::write(&token_file, "west-token\n").unwrap();
    let home = Home::with(&format!(
        "[contexts.west]\nhttp-addr = \"{}\"\ntoken-file = \"{}\"\n",
        west.addr,
        token_file.display()
    ));
    let out = home
        .consulctl()
        .env("CONSUL_HTTP_ADDR", &shell.addr)
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args([
            "--context",
            "west",
            "-v",
            "service",
            "list",
            "--all-nodes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let names = services_in(&json_of(&out));
    assert!(names.contains(&two) && !names.contains(&one), "{names:?}");
    let err = stderr_of(&out);
    assert!(
        err.contains("context west: ignored CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN"),
        "{err}"
    );
    assert!(!err.contains(CANARY) && !stdout_of(&out).contains(CANARY));
    assert!(!err.contains("west-token"), "{err}");
    // Not one request, so no token, went to the shell's address.
    assert_eq!(shell.counts(), BTreeMap::new());
    assert!(
        west.counts()["/v1/catalog/services"] >= 1,
        "{:?}",
        west.counts()
    );

    // Without --context, the shell's address is used and the file's contexts are not.
    let out = home
        .consulctl()
        .env("CONSUL_HTTP_ADDR", &shell.addr)
        .args(["service", "list", "--all-nodes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let names = services_in(&json_of(&out));
    assert!(names.contains(&one) && !names.contains(&two), "{names:?}");
    assert!(shell.counts()["/v1/catalog/services"] >= 1);
}
