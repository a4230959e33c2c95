//! The bundled example articles, embedded so `stancegraph ingest` works from any folder.

/// (source as shown, text) of each example article in `data/examples/`.
pub const EXAMPLES: [(&str, &str); 1] = [(
    "data/examples/nato-cyber-defence-conference.txt",
    include_str!("../data/examples/nato-cyber-defence-conference.txt"),
)];
