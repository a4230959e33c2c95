//! The bundled example articles, embedded so `stancegraph ingest` works from any folder.

/// (source as shown, text) of each example article in `data/examples/`, oldest first.
pub const EXAMPLES: [(&str, &str); 4] = [
    (
        "data/examples/nato-cyber-defence-conference.txt",
        include_str!("../data/examples/nato-cyber-defence-conference.txt"),
    ),
    (
        "data/examples/2024-03-uk-opposes-cyber-reserve.txt",
        include_str!("../data/examples/2024-03-uk-opposes-cyber-reserve.txt"),
    ),
    (
        "data/examples/2024-04-germany-uk-call-for-cable-patrols.txt",
        include_str!("../data/examples/2024-04-germany-uk-call-for-cable-patrols.txt"),
    ),
    (
        "data/examples/2024-06-uk-backs-cyber-reserve.txt",
        include_str!("../data/examples/2024-06-uk-backs-cyber-reserve.txt"),
    ),
];
