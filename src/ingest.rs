//! Reading inputs into [`Article`]s: text files, HTML pages, JSON Lines, folders, stdin.
//!
//! Owns: finding the files behind the paths given, decoding them, pulling the
//! headline, metadata and body text out of HTML (with dom_smoothie, a port of
//! Mozilla Readability), and the per-item errors that name the file and line.
//! Leaves to others: what is done with an article once read.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;

use crate::fact::Article;

/// The largest article accepted by default, in bytes.
pub const DEFAULT_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// The deepest element nesting accepted in HTML (browsers stop nesting at 512 too):
/// Readability's tree walks take time quadratic in the depth, so a page of
/// 100,000 nested `<div>`s would run for hours instead of failing.
pub const MAX_HTML_DEPTH: usize = 512;

/// File extensions taken from a folder; anything else in a folder is passed over.
const KNOWN_EXTENSIONS: &[&str] = &["txt", "html", "htm", "jsonl", "ndjson"];

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// An article (or a whole file) larger than this is refused with a message.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Reads every input named in `paths` (files, folders, or `-` for JSON Lines on
/// stdin) and hands each article, or the error that stopped it, to `each` in
/// input order. One bad input never stops the others.
pub fn read_inputs(paths: &[String], options: &ReadOptions, each: &mut dyn FnMut(Result<Article>)) {
    for given in paths {
        if given == "-" {
            let stdin = std::io::stdin();
            read_jsonl(stdin.lock(), "<stdin>", options, each);
            continue;
        }
        let path = Path::new(given);
        match fs::metadata(path) {
            Err(err) => each(Err(anyhow!("{given}: cannot read: {err}"))),
            Ok(meta) if meta.is_dir() => match files_under(path, each) {
                Ok(files) => {
                    for file in files {
                        let shown = file.to_string_lossy().into_owned();
                        read_file(&file, &shown, options, each);
                    }
                }
                Err(err) => each(Err(err.context(format!("{given}: cannot list folder")))),
            },
            Ok(_) => read_file(path, given, options, each),
        }
    }
}

/// How many articles the inputs hold, when that is known without reading them:
/// `None` when an input is JSON Lines (many articles a file) or stdin.
pub fn count_articles(paths: &[String]) -> Option<u64> {
    let mut total = 0u64;
    for given in paths {
        if given == "-" {
            return None;
        }
        let path = Path::new(given);
        let files = if path.is_dir() {
            files_under(path, &mut |_| {}).ok()?
        } else {
            vec![path.to_path_buf()]
        };
        for file in files {
            if matches!(extension(&file).as_deref(), Some("jsonl" | "ndjson")) {
                return None;
            }
            total += 1;
        }
    }
    Some(total)
}

/// Every file below `dir` with a known extension, sorted so runs are repeatable.
fn files_under(dir: &Path, each: &mut dyn FnMut(Result<Article>)) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        let entries = match fs::read_dir(&next) {
            Ok(entries) => entries,
            // The top folder failing is the caller's error; a subfolder is reported and skipped.
            Err(err) if next != dir => {
                each(Err(anyhow!(
                    "{}: cannot list folder: {err}",
                    next.display()
                )));
                continue;
            }
            Err(err) => return Err(anyhow!("{err}")),
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    each(Err(anyhow!(
                        "{}: cannot list folder: {err}",
                        next.display()
                    )));
                    continue;
                }
            };
            let path = entry.path();
            // Hidden files and a folder's README or LICENCE are not articles.
            let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
            if name.starts_with('.') || name.starts_with("readme") || name.starts_with("licen") {
                continue;
            }
            // Linked folders are not followed: a link back up would loop.
            let linked_dir = entry.file_type().is_ok_and(|t| t.is_symlink()) && path.is_dir();
            if linked_dir {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else if extension(&path).is_some_and(|ext| KNOWN_EXTENSIONS.contains(&ext.as_str())) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|ext| ext.to_string_lossy().to_ascii_lowercase())
}

/// Reads one file by its extension: `.jsonl` gives many articles, others one.
fn read_file(
    path: &Path,
    shown: &str,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<Article>),
) {
    let ext = extension(path).unwrap_or_default();
    if ext == "jsonl" || ext == "ndjson" {
        match fs::File::open(path) {
            Ok(file) => read_jsonl(BufReader::new(file), shown, options, each),
            Err(err) => each(Err(anyhow!("{shown}: cannot read: {err}"))),
        }
        return;
    }
    let result = read_bytes(path, options.max_bytes)
        .and_then(|bytes| decode(&bytes))
        .and_then(|text| match ext.as_str() {
            "html" | "htm" => article_from_html(&text, shown, None),
            _ => article_from_text(&text, shown),
        })
        .with_context(|| shown.to_string());
    each(result);
}

fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let file = fs::File::open(path).map_err(|err| anyhow!("cannot read: {err}"))?;
    let mut bytes = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| anyhow!("cannot read: {err}"))?;
    if bytes.len() as u64 > max_bytes {
        bail!("larger than the limit of {max_bytes} bytes (see --max-bytes); skipped");
    }
    Ok(bytes)
}

/// UTF-8 text, refusing binary data and invalid encodings with a plain message.
fn decode(bytes: &[u8]) -> Result<String> {
    if bytes.contains(&0) {
        bail!("binary file (contains NUL bytes), not an article");
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        anyhow!(
            "not valid UTF-8 (first bad byte at offset {})",
            err.valid_up_to()
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// A plain-text article: the first line is the headline when a blank line follows it.
pub fn article_from_text(text: &str, source: &str) -> Result<Article> {
    if text.trim().is_empty() {
        bail!("empty file, no article text");
    }
    let title = match text.split_once('\n') {
        Some((first, rest)) if rest.starts_with('\n') || rest.starts_with("\r\n") => {
            Some(first.trim().to_string()).filter(|t| !t.is_empty())
        }
        _ => None,
    };
    Ok(Article {
        source: source.to_string(),
        title,
        body: crate::text::strip_hover_cards(text).unwrap_or_else(|| text.to_string()),
        ..Article::default()
    })
}

/// An HTML page: metadata from `<title>`, `<meta>`, `<time>` and JSON-LD, and
/// the article text without navigation and boilerplate, by Readability.
pub fn article_from_html(html: &str, source: &str, url: Option<&str>) -> Result<Article> {
    use dom_smoothie::{Config, Readability, TextMode};
    let depth = html_depth(html);
    if depth > MAX_HTML_DEPTH {
        bail!(
            "HTML nested {depth} elements deep, deeper than the limit of {MAX_HTML_DEPTH}; skipped"
        );
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, url, Some(config))
        .map_err(|err| anyhow!("cannot read HTML: {err}"))?;
    // A JSON-LD NewsArticle headline is the publisher's own title, without the site suffix.
    let linked_data_title = reader
        .parse_json_ld()
        .map(|meta| meta.title)
        .filter(|t| !t.trim().is_empty());
    let page = reader
        .parse()
        .map_err(|err| anyhow!("no article body found in the HTML: {err}"))?;
    let text = tidy_html_text(&page.text_content);
    if text.trim().is_empty() {
        bail!("no article body found in the HTML");
    }
    let title = linked_data_title
        .map(|t| collapse_spaces(&t))
        .or_else(|| Some(collapse_spaces(&page.title)))
        .filter(|t| !t.is_empty());
    let author = page
        .byline
        .as_deref()
        .map(collapse_spaces)
        .filter(|b| !b.is_empty());
    let text = crate::text::strip_hover_cards(&text).unwrap_or(text);
    let body = match &title {
        Some(title) => format!("{title}\n\n{text}"),
        None => text,
    };
    Ok(Article {
        source: source.to_string(),
        url: url.map(str::to_string).or(page.url.clone()),
        title,
        author,
        date: page.published_time.clone(),
        publisher: page.site_name.clone(),
        body,
    })
}

/// The deepest nesting of elements in `html`, by a linear scan of its tags.
///
/// Elements whose end tag may be left out (`<p>`, `<li>`, ...) and void
/// elements (`<br>`, `<img>`, ...) do not count, so sloppy but ordinary pages
/// stay shallow; the text of `<script>`, `<style>` and comments is skipped.
pub fn html_depth(html: &str) -> usize {
    const NOT_COUNTED: &[&str] = &[
        "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link",
        "meta", "option", "p", "param", "source", "td", "th", "tr", "track", "wbr",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset + 1;
        let rest = &html[start..];
        if rest.starts_with("!--") {
            at = rest.find("-->").map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = start + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let tag_end = bytes[name_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |end| name_start + end);
        at = (tag_end + 1).min(bytes.len());
        if name_len == 0 {
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        if NOT_COUNTED.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if tag_end == 0 || bytes[tag_end - 1] != b'/' {
            depth += 1;
            deepest = deepest.max(depth);
            if name == "script" || name == "style" {
                // Raw text runs to the first `</script` (or `</style`), in any case.
                let mut from = at;
                let mut raw_end = bytes.len();
                while let Some(offset) = html[from..].find("</") {
                    let name_at = from + offset + 2;
                    let candidate = bytes.get(name_at..name_at + name.len());
                    if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
                        raw_end = from + offset;
                        break;
                    }
                    from = name_at;
                }
                at = raw_end;
            }
        }
    }
    deepest
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Paragraphs separated by one blank line, spaces inside a line collapsed.
fn tidy_html_text(text: &str) -> String {
    let mut paragraphs = Vec::new();
    for line in text.lines() {
        let line = collapse_spaces(line);
        if !line.is_empty() {
            paragraphs.push(line);
        }
    }
    paragraphs.join("\n\n")
}

/// One line of a JSON Lines input.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    author: Option<AuthorField>,
    date: Option<String>,
    publisher: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// `author` may be a string or a list of strings.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum AuthorField {
    One(String),
    Many(Vec<String>),
}

/// Reads JSON Lines articles, one per non-blank line; a bad line is reported
/// with its number and the rest go on.
pub fn read_jsonl(
    reader: impl BufRead,
    shown: &str,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<Article>),
) {
    for (idx, line) in reader.split(b'\n').enumerate() {
        let line_no = idx + 1;
        let bytes = match line {
            Ok(bytes) => bytes,
            Err(err) => {
                each(Err(anyhow!("{shown}: cannot read: {err}")));
                return;
            }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = if bytes.len() as u64 > options.max_bytes {
            Err(anyhow!(
                "line larger than the limit of {} bytes (see --max-bytes); skipped",
                options.max_bytes
            ))
        } else {
            decode(&bytes).and_then(|text| article_from_json(&text, shown, line_no))
        };
        each(result.with_context(|| format!("{shown}:{line_no}")));
    }
}

fn article_from_json(line: &str, shown: &str, line_no: usize) -> Result<Article> {
    let parsed: JsonArticle =
        serde_json::from_str(line).map_err(|err| anyhow!("not a JSON article object: {err}"))?;
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(other) => bail!("`id` must be a string or a number, not {other}"),
        None => None,
    };
    let source = id
        .or_else(|| parsed.url.clone())
        .unwrap_or_else(|| format!("{shown}:{line_no}"));
    let author = parsed.author.map(|a| match a {
        AuthorField::One(one) => one,
        AuthorField::Many(many) => many.join(", "),
    });
    let mut article = match (parsed.text, parsed.html) {
        (Some(text), _) if !text.trim().is_empty() => {
            let title = parsed.title.clone().filter(|t| !t.trim().is_empty());
            let text = crate::text::strip_hover_cards(&text).unwrap_or(text);
            let body = match &title {
                Some(title) => format!("{title}\n\n{text}"),
                None => text,
            };
            Article {
                source,
                title,
                body,
                ..Article::default()
            }
        }
        (_, Some(html)) if !html.trim().is_empty() => {
            let mut article = article_from_html(&html, &source, parsed.url.as_deref())?;
            if let Some(title) = parsed.title.clone().filter(|t| !t.trim().is_empty()) {
                if article.title.as_deref() != Some(title.as_str()) {
                    let text = match &article.title {
                        Some(old) => article.body[old.len()..].trim_start().to_string(),
                        None => article.body.clone(),
                    };
                    article.body = format!("{title}\n\n{text}");
                    article.title = Some(title);
                }
            }
            article
        }
        _ => bail!("no `text` or `html` field with article text"),
    };
    article.url = parsed.url.or(article.url);
    article.author = author.or(article.author);
    article.date = parsed.date.or(article.date);
    article.publisher = parsed.publisher.or(article.publisher);
    Ok(article)
}
