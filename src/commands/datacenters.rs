//! `--all-datacenters`: one read per datacenter of the federation, through the one agent at
//! --http-addr (which forwards each with `?dc=`). A datacenter that cannot be read is reported
//! and left out; the others are still shown, and the exit status says that one was missing.

use crate::api::ReadOptions;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output::{self, Text};

/// What the datacenters answered, in the order the agent listed them, and which did not.
pub(crate) struct Federated<T> {
    pub answers: Vec<(String, T)>,
    failed: Vec<String>,
}

/// The federation's datacenters (`/v1/catalog/datacenters`), each read with `read`; a failure
/// is one line on stderr per datacenter (escaped: Consul's words may hold anything), and the
/// rest go on.
pub(crate) fn read_each<T>(
    ctx: &Context,
    mut read: impl FnMut(&ReadOptions) -> Result<T>,
) -> Result<Federated<T>> {
    let client = ctx.client()?;
    let names = client
        .catalog_datacenters()
        .map_err(ctx.api_error("listing the federation's datacenters"))?;
    let mut found = Federated {
        answers: Vec::new(),
        failed: Vec::new(),
    };
    for name in names {
        let options = ReadOptions {
            datacenter: Some(&name),
            ..ReadOptions::default()
        };
        match read(&options) {
            Ok(answer) => found.answers.push((name, answer)),
            Err(e @ Error::Stopped) => return Err(e),
            Err(e) => {
                ctx.always_note(&format!(
                    "error: datacenter {}: {}",
                    output::shown(&name),
                    output::shown(e.message())
                ));
                found.failed.push(name);
            }
        }
    }
    Ok(found)
}

impl<T> Federated<T> {
    /// `{"DC": answer, ...}` for JSON output, each answer's bytes as `bytes` gives them.
    pub fn json_object<'a>(&'a self, bytes: impl Fn(&'a T) -> &'a [u8]) -> Vec<u8> {
        output::answer_object(
            self.answers
                .iter()
                .map(|(dc, answer)| (dc.as_str(), bytes(answer))),
        )
    }

    /// Success when every datacenter answered; otherwise exit 3, naming those that did not.
    pub fn outcome(&self) -> Result<()> {
        if self.failed.is_empty() {
            return Ok(());
        }
        let names: Vec<_> = self.failed.iter().map(|n| output::shown(n)).collect();
        Err(Error::unreachable(format!(
            "{} of {} datacenters could not be read ({}); the others are shown",
            self.failed.len(),
            self.failed.len() + self.answers.len(),
            names.join(", ")
        )))
    }
}

/// `headers` with a leading Datacenter column when `shown`.
pub(crate) fn headers(shown: bool, headers: Vec<&str>) -> Vec<&str> {
    if !shown {
        return headers;
    }
    std::iter::once("Datacenter").chain(headers).collect()
}

/// `row` with its datacenter in front, when there is one.
pub(crate) fn row<'a>(datacenter: Option<&'a str>, mut row: Vec<Text<'a>>) -> Vec<Text<'a>> {
    if let Some(dc) = datacenter {
        row.insert(0, Text::from(dc));
    }
    row
}
