//! Secrets in request bodies other than the token: the credential headers an HTTP check sends
//! to what it checks, which the verbose log, the dry run and a definition's echo hide.

/// Request headers whose values are credentials. An HTTP check sends its `Header` map to the
/// checked endpoint, so a definition may hold any of them.
const SECRET_HEADERS: [&str; 4] = [
    "Authorization",
    "X-Consul-Token",
    "Proxy-Authorization",
    "Cookie",
];

/// Calls `change` on each value of a secret header (any case) of every `Header` object (any
/// case) at any depth, with the header's name as written and the value's place among that
/// header's values: a check's, a service's checks', in the API's shape or an agent config
/// file's.
pub fn each_secret_header(
    value: &mut serde_json::Value,
    change: &mut dyn FnMut(&str, usize, &mut serde_json::Value),
) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                match inner {
                    Value::Object(headers) if key.eq_ignore_ascii_case("header") => {
                        for (name, values) in headers.iter_mut() {
                            if !SECRET_HEADERS.iter().any(|s| s.eq_ignore_ascii_case(name)) {
                                continue;
                            }
                            match values {
                                Value::Array(list) => {
                                    for (n, one) in list.iter_mut().enumerate() {
                                        change(name, n, one);
                                    }
                                }
                                one => change(name, 0, one),
                            }
                        }
                    }
                    _ => each_secret_header(inner, change),
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| each_secret_header(item, change)),
        _ => {}
    }
}

/// A body to show (a definition echoed as JSON): every secret header's value replaced.
pub fn without_secret_headers(body: &serde_json::Value) -> serde_json::Value {
    let mut shown = body.clone();
    each_secret_header(&mut shown, &mut |_, _, value| {
        *value = serde_json::Value::String("<redacted>".into());
    });
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_headers_are_found_in_any_case_at_any_depth() {
        let body = serde_json::json!({
            "Name": "hc",
            "Header": {"authorization": ["Bearer X"], "X-Trace": ["1"]},
            "Checks": [{"header": {"COOKIE": ["a=1", "b=2"], "x-consul-token": "t"}}],
            "Meta": {"Authorization": "not a header"}
        });
        assert_eq!(
            without_secret_headers(&body),
            serde_json::json!({
                "Name": "hc",
                "Header": {"authorization": ["<redacted>"], "X-Trace": ["1"]},
                "Checks": [{"header": {"COOKIE": ["<redacted>", "<redacted>"],
                                       "x-consul-token": "<redacted>"}}],
                "Meta": {"Authorization": "not a header"}
            })
        );
    }
}
