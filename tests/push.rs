//! `push`: a real Oxigraph server on 127.0.0.1 answers who-endorsed-what exactly as the
//! local store does, and pushing twice changes nothing (issue 4).

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::*;

/// An `oxigraph serve` process (from PyPI's `oxigraph`, installed by scripts/install-deps.sh),
/// stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(data: &Path) -> Server {
        // A free port: bind to port 0, read it, let it go for the server.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("oxigraph")
            .args(["serve", "--union-default-graph", "--location"])
            .arg(data)
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the oxigraph server (pip install oxigraph) starts");
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        // Ready when it accepts connections.
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the oxigraph server did not listen within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// A SPARQL query over HTTP, answered as CSV.
    fn query_csv(&self, sparql: &str) -> String {
        let response = minreq::post(format!("{}/query", self.base))
            .with_header("Content-Type", "application/sparql-query")
            .with_header("Accept", "text/csv")
            .with_body(sparql)
            .send()
            .expect("the server answers");
        assert_eq!(response.status_code, 200, "{}", response.as_str().unwrap());
        response.as_str().unwrap().to_string()
    }

    fn triple_count(&self) -> usize {
        let csv = self.query_csv("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        csv.lines().nth(1).unwrap().trim().parse().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ingest_own(dir: &Path) {
    std::fs::write(
        dir.join("a.txt"),
        "Bridge over the Rhine\n\nGermany backed the plan to build a new bridge over the Rhine. \
         France opposed the plan to build a new bridge over the Rhine.\n",
    )
    .unwrap();
    ok(&run_in(dir, &["ingest", "-q", "--store", "store", "a.txt"]));
}

#[test]
fn a_real_oxigraph_server_answers_who_endorsed_what_as_the_local_store_does() {
    let dir = temp();
    ingest_examples(dir.path());
    ingest_own(dir.path());
    let server = Server::start(&dir.path().join("server-data"));
    let endpoint = format!("{}/store", server.base);
    let out = ok(&run_in(
        dir.path(),
        &[
            "push",
            "--store",
            "store",
            "--endpoint",
            &endpoint,
            "--header",
            "Authorization: Bearer not-checked-by-this-server",
        ],
    ));
    assert!(out.starts_with("pushed 6 of 6 graphs"), "{out}");

    let local = query_csv(dir.path(), &["who-endorsed-what"]);
    let query = std::fs::read_to_string(repo().join("queries/who-endorsed-what.rq")).unwrap();
    let remote = server.query_csv(&query);
    assert!(local.lines().count() > 5, "{local}");
    assert_eq!(remote, local, "the server and the local store disagree");

    let n_local = triple_count(dir.path());
    assert_eq!(server.triple_count(), n_local);
    // Pushing again replaces each graph: the same triples, not twice as many.
    ok(&run_in(
        dir.path(),
        &["push", "--store", "store", "--endpoint", &endpoint],
    ));
    assert_eq!(server.triple_count(), n_local);
    assert_eq!(server.query_csv(&query), local);
}

#[test]
fn push_reports_what_failed_and_exits_non_zero() {
    let dir = temp();
    ingest_own(dir.path());
    // Nothing listens here: connection errors are retried, then reported.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let out = run_in(
        dir.path(),
        &[
            "push",
            "--store",
            "store",
            "--endpoint",
            &format!("http://127.0.0.1:{port}/store"),
            "--retries",
            "2",
            "--backoff",
            "0.01",
        ],
    );
    assert!(!out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("pushed 0 of 2 graphs"), "{text}");
    assert!(text.contains("3 attempts): cannot reach"), "{text}");
    assert!(
        text.contains("not sent: the server could not be reached"),
        "{text}"
    );
    assert_eq!(
        stderr(&out).matches("retrying").count(),
        2,
        "{}",
        stderr(&out)
    );

    // A refusal (404 on a path that is no Graph Store endpoint) is not retried.
    let server = Server::start(&dir.path().join("server-data"));
    let out = run_in(
        dir.path(),
        &[
            "push",
            "--store",
            "store",
            "--endpoint",
            &format!("{}/no-such-endpoint", server.base),
        ],
    );
    assert!(!out.status.success());
    let text = stdout(&out);
    assert!(text.contains("1 attempts): HTTP 404"), "{text}");
    assert!(!stderr(&out).contains("retrying"), "{}", stderr(&out));
}

/// A fault on the wire in front of a real server: the first `n_failures` connections get
/// `503 Service Unavailable`, later ones are relayed byte for byte to `upstream`.
fn flaky_relay(upstream: String, n_failures: usize) -> String {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for (idx, client) in listener.incoming().enumerate() {
            let Ok(mut client) = client else { return };
            if idx < n_failures {
                // Read the whole request (head and body), then refuse it as an overloaded
                // server would; closing with unread bytes would reset the connection instead.
                let mut request = Vec::new();
                let mut buffer = [0u8; 8192];
                while let Ok(n) = client.read(&mut buffer) {
                    if n == 0 {
                        break;
                    }
                    request.extend_from_slice(&buffer[..n]);
                    let text = String::from_utf8_lossy(&request).to_ascii_lowercase();
                    if let Some(head_end) = text.find("\r\n\r\n") {
                        let length = text[..head_end]
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        if request.len() >= head_end + 4 + length {
                            break;
                        }
                    }
                }
                let _ = client.write_all(
                    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
                continue;
            }
            let Ok(mut server) = TcpStream::connect(&upstream) else {
                return;
            };
            let (mut client_read, mut server_write) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut client_read, &mut server_write);
                let _ = server_write.shutdown(std::net::Shutdown::Write);
            });
            let _ = std::io::copy(&mut server, &mut client);
        }
    });
    format!("http://{address}")
}

#[test]
fn push_retries_a_server_that_answers_503_and_then_succeeds() {
    let dir = temp();
    ingest_own(dir.path());
    let server = Server::start(&dir.path().join("server-data"));
    let relay = flaky_relay(server.base.trim_start_matches("http://").to_string(), 2);
    let out = run_in(
        dir.path(),
        &[
            "push",
            "--store",
            "store",
            "--endpoint",
            &format!("{relay}/store"),
            "--jobs",
            "1",
            "--backoff",
            "0.01",
        ],
    );
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).starts_with("pushed 2 of 2 graphs"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stderr(&out).matches("HTTP 503").count(),
        2,
        "two 503s, each retried: {}",
        stderr(&out)
    );
    assert_eq!(server.triple_count(), triple_count(dir.path()));
}
