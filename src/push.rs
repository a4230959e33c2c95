//! `push`: each article's named graph, and the default graph's entity
//! descriptions, sent to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.
//!
//! Owns: the protocol (an HTTP PUT of N-Triples to `?graph=<article IRI>`,
//! which replaces that graph, so pushing twice leaves the server as pushing
//! once; `?default` for the entity descriptions), the extra headers (for
//! authentication), retries with exponential backoff on transient failures
//! (connection errors, timeouts, 5xx, 429 with its Retry-After), and a
//! per-graph outcome. Leaves reading the store to `store.rs` and printing
//! to `commands.rs` (it reports through a callback).

use std::time::{Duration, Instant};

use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{bail, Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use rayon::prelude::*;

use crate::store::{self, GraphStore};

/// How to reach the endpoint.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The Graph Store Protocol URL, such as `http://localhost:7878/store`.
    pub url: String,
    /// Extra request headers, as (name, value).
    pub headers: Vec<(String, String)>,
    /// Attempts per graph after the first one, on transient failures.
    pub retries: u32,
    /// The first wait before a retry; each later wait doubles it.
    pub backoff: Duration,
    /// Seconds to wait for one request.
    pub timeout_secs: u64,
}

/// What happened to one graph.
#[derive(Debug, Clone)]
pub struct Sent {
    /// The graph IRI, or `None` for the default graph.
    pub graph: Option<String>,
    /// Triples in the body.
    pub n_triples: usize,
    /// Attempts made.
    pub attempts: u32,
    /// `Ok(status)` on success, else the last failure.
    pub outcome: std::result::Result<u16, String>,
}

/// Parses `Name: value` as a header.
pub fn parse_header(text: &str) -> Result<(String, String)> {
    let Some((name, value)) = text.split_once(':') else {
        bail!("--header {text:?} is not `Name: value`");
    };
    let name = name.trim();
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
    {
        bail!("--header {text:?} has no valid header name before ':'");
    }
    Ok((name.to_string(), value.trim().to_string()))
}

/// Pushes every article graph, then the default graph, `jobs` requests at a time, and
/// returns one [`Sent`] per graph in that order. `on_event` hears about each graph and
/// each retry as it happens (from several threads).
pub fn push(
    graph_store: &GraphStore,
    endpoint: &Endpoint,
    jobs: usize,
    on_event: &(dyn Fn(&str) + Sync),
) -> Result<Vec<Sent>> {
    let mut graphs: Vec<Option<String>> =
        graph_store.graph_names()?.into_iter().map(Some).collect();
    graphs.push(None);
    let unreachable = AtomicBool::new(false);
    let send = |graph: &Option<String>| -> Result<Sent> {
        let quads = graph_store.graph_quads(graph.as_deref())?;
        if unreachable.load(Ordering::Relaxed) {
            // The server could not be reached even after retries: the rest are reported,
            // not each retried against a server that is down.
            return Ok(Sent {
                graph: graph.clone(),
                n_triples: quads.len(),
                attempts: 0,
                outcome: Err("not sent: the server could not be reached".to_string()),
            });
        }
        let result = put_graph(endpoint, graph.as_deref(), &quads, on_event)?;
        if matches!(&result.outcome, Err(err) if err.starts_with("cannot reach")) {
            unreachable.store(true, Ordering::Relaxed);
        }
        Ok(result)
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .context("cannot start the push threads")?;
    // The default graph goes last, once every article graph has been sent.
    let default_graph = graphs.pop();
    let mut sent: Vec<Sent> =
        pool.install(|| graphs.par_iter().map(&send).collect::<Result<Vec<Sent>>>())?;
    if let Some(graph) = default_graph {
        sent.push(send(&graph)?);
    }
    Ok(sent)
}

/// PUTs one graph, retrying transient failures.
fn put_graph(
    endpoint: &Endpoint,
    graph: Option<&str>,
    quads: &[Quad],
    on_event: &(dyn Fn(&str) + Sync),
) -> Result<Sent> {
    let mut body = Vec::new();
    store::write_quads(quads, RdfFormat::NTriples, &mut body)?;
    let n_triples = quads.len();
    let shown = graph.unwrap_or("the default graph");
    let mut attempts = 0;
    loop {
        attempts += 1;
        let mut request = match graph {
            Some(iri) => minreq::put(endpoint.url.as_str()).with_param("graph", iri),
            None => {
                let separator = if endpoint.url.contains('?') { '&' } else { '?' };
                minreq::put(format!("{}{separator}default", endpoint.url))
            }
        };
        request = request
            .with_header("Content-Type", "application/n-triples")
            .with_timeout(endpoint.timeout_secs)
            .with_body(body.clone());
        for (name, value) in &endpoint.headers {
            request = request.with_header(name.as_str(), value.as_str());
        }
        let started = Instant::now();
        let (failure, retry_after) = match request.send() {
            Ok(response) if (200..300).contains(&response.status_code) => {
                on_event(&format!(
                    "put {shown}: {n_triples} triples, HTTP {} in {:.2}s",
                    response.status_code,
                    started.elapsed().as_secs_f64()
                ));
                return Ok(Sent {
                    graph: graph.map(str::to_string),
                    n_triples,
                    attempts,
                    outcome: Ok(response.status_code as u16),
                });
            }
            Ok(response) => {
                let status = response.status_code;
                let detail: String = response.as_str().unwrap_or("").chars().take(300).collect();
                let failure = format!(
                    "HTTP {status} {}: {}",
                    response.reason_phrase,
                    detail.trim()
                );
                if !(status == 429 || (500..600).contains(&status)) {
                    // The server refused the request itself: another try would be refused too.
                    return Ok(Sent {
                        graph: graph.map(str::to_string),
                        n_triples,
                        attempts,
                        outcome: Err(failure),
                    });
                }
                let retry_after = response
                    .headers
                    .get("retry-after")
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(|secs| Duration::from_secs(secs.min(60)));
                (failure, retry_after)
            }
            Err(err) => (format!("cannot reach {}: {err}", endpoint.url), None),
        };
        if attempts > endpoint.retries {
            return Ok(Sent {
                graph: graph.map(str::to_string),
                n_triples,
                attempts,
                outcome: Err(failure),
            });
        }
        let wait = retry_after
            .unwrap_or_else(|| endpoint.backoff.saturating_mul(1 << (attempts - 1).min(10)));
        on_event(&format!(
            "put {shown}: {failure}; retrying in {:.1}s (attempt {} of {})",
            wait.as_secs_f64(),
            attempts + 1,
            endpoint.retries + 1
        ));
        std::thread::sleep(wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_name_colon_value() {
        assert_eq!(
            parse_header("Authorization: Bearer abc:def").unwrap(),
            ("Authorization".to_string(), "Bearer abc:def".to_string())
        );
        assert!(parse_header("no colon").is_err());
        assert!(parse_header(": value").is_err());
        assert!(parse_header("bad name: value").is_err());
    }
}
