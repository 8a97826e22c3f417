//! wiremock on a runtime this helper owns, so tests stay plain `#[test]` functions and the
//! blocking client never runs inside tokio.

use tokio::runtime::Runtime;
use wiremock::matchers::any;
use wiremock::{Mock as Expectation, MockServer, Request, ResponseTemplate};

pub struct Mock {
    runtime: Runtime,
    server: MockServer,
}

impl Mock {
    pub fn start() -> Mock {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let server = runtime.block_on(MockServer::start());
        Mock { runtime, server }
    }

    /// `http://127.0.0.1:PORT`
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// `127.0.0.1:PORT`, the bare form CONSUL_HTTP_ADDR takes.
    pub fn addr(&self) -> String {
        self.server.address().to_string()
    }

    pub fn expect(&self, expectation: Expectation) {
        self.runtime.block_on(expectation.mount(&self.server));
    }

    pub fn requests(&self) -> Vec<Request> {
        self.runtime
            .block_on(self.server.received_requests())
            .unwrap_or_default()
    }

    /// Panics unless every expectation's count was met.
    pub fn verify(&self) {
        self.runtime.block_on(self.server.verify());
    }
}

/// A mock that must receive nothing at all: any request breaks its `.expect(0)`.
pub fn silent_mock() -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expectation::given(any())
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    mock
}
