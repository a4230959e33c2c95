//! Plain data that extraction produces and every later stage consumes.
//!
//! Owns: the article as read ([`Article`]), the facts found in it ([`Facts`]) and
//! their evidence spans. Leaves to others: how the facts are found (`extract`),
//! how they become RDF (`rdf`) and where they are stored (`store`).

use serde::Serialize;

/// One article as stancegraph reads it, before extraction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The input's path as given on the command line, or the JSON Lines `id`/`url`.
    pub source: String,
    /// The URL of the article, when the input gives one.
    pub url: Option<String>,
    /// The headline, when the input gives one.
    pub title: Option<String>,
    /// The author, when the input gives one.
    pub author: Option<String>,
    /// The publication date as given.
    pub date: Option<String>,
    /// The publisher or outlet.
    pub publisher: Option<String>,
    /// The whole text as read, headline included: every offset indexes into it.
    pub body: String,
}

/// What kind of agent or thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A human.
    Person,
    /// A company, party, alliance, agency, outlet or other body.
    Organization,
    /// A state or its government acting as one agent.
    Country,
    /// A plan, policy, bill, idea or course of action: something supported or opposed.
    Proposal,
}

impl EntityKind {
    /// The IRI path segment for this kind (`person`, `org`, `country`, `proposal`).
    pub fn segment(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
            EntityKind::Country => "country",
            EntityKind::Proposal => "proposal",
        }
    }
}

/// A resolved entity: one per real-world thing within an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// A stable slug, unique within the kind (`germany`, `annalena-baerbock`).
    pub key: String,
    /// What it is.
    pub kind: EntityKind,
    /// The display name.
    pub label: String,
    /// Other names the article used for it.
    pub alt_labels: Vec<String>,
    /// A Wikidata id such as `Q183`, from the shipped gazetteer.
    pub wikidata: Option<String>,
    /// An organisation's subtype from the gazetteer (`party`, `alliance`, ...).
    pub org_kind: Option<String>,
    /// How the name was resolved: a gazetteer entry or a rule id.
    pub resolved_by: String,
}

/// A span of article text, in Unicode code points (0-based, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Evidence {
    /// The first code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Exactly the article text between `start` and `end`.
    pub text: String,
}

/// Support or opposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// For the target.
    Support,
    /// Against the target.
    Oppose,
}

impl Polarity {
    /// `support` or `oppose`.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Support => "support",
            Polarity::Oppose => "oppose",
        }
    }

    /// The other direction.
    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::Support => Polarity::Oppose,
            Polarity::Oppose => Polarity::Support,
        }
    }
}

/// One reported position of a holder towards a target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stance {
    /// Index into [`Facts::entities`].
    pub holder: usize,
    /// Index into [`Facts::entities`] (a proposal or an agent).
    pub target: usize,
    /// The direction.
    pub polarity: Polarity,
    /// The sentence that states it.
    pub evidence: Evidence,
    /// The id of the rule that produced it.
    pub rule: String,
    /// How sure the rule is, in [0, 1].
    pub confidence: f64,
    /// Index into [`Facts::quotes`] of the quote that carries it.
    pub quote: Option<usize>,
}

/// One attributed quotation, direct or indirect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Index into [`Facts::entities`].
    pub speaker: usize,
    /// The quoted (or reported) text, exactly as in the article.
    pub evidence: Evidence,
    /// Direct quotation (inside quotation marks) or reported speech.
    pub direct: bool,
    /// The id of the rule that produced it.
    pub rule: String,
    /// How sure the rule is, in [0, 1].
    pub confidence: f64,
}

/// A title held by a person, as the article reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    /// Index into [`Facts::entities`] (a person).
    pub person: usize,
    /// The post itself: "Foreign Minister".
    pub title: String,
    /// Index into [`Facts::entities`] of the organisation or country, when the text says.
    pub org: Option<usize>,
    /// A former post ("the former chancellor").
    pub former: bool,
    /// The text that gives the role.
    pub evidence: Evidence,
    /// The id of the rule that produced it.
    pub rule: String,
    /// How sure the rule is, in [0, 1].
    pub confidence: f64,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    /// Entities named in the article (holders, targets, speakers, persons, organisations).
    pub entities: Vec<Entity>,
    /// Stances found.
    pub stances: Vec<Stance>,
    /// Quotes found.
    pub quotes: Vec<Quote>,
    /// Roles found.
    pub roles: Vec<Role>,
    /// Indexes into `entities` of those the article names (not proposals).
    pub mentions: Vec<usize>,
    /// Events named (conferences, summits, meetings, votes).
    pub events: Vec<Event>,
    /// Stances and quotes made at an event.
    pub occasions: Vec<Occasion>,
}

/// A conference, summit, meeting or vote the article names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The resource key (`sgr:event/<key>`).
    pub key: String,
    /// The display name: "NATO summit in Vilnius", "Cyber Defence Conference".
    pub label: String,
    /// "summit", "conference", "meeting", "talks", "vote" ...
    pub kind: String,
    /// Where it is held, when the text says.
    pub place: Option<Place>,
    /// Index into [`Facts::entities`] of the host or organiser, when the text says.
    pub organizer: Option<usize>,
    /// The year, when the text gives one with the event.
    pub year: Option<String>,
    /// The first phrase that names it.
    pub evidence: Evidence,
    /// The id of the rule that produced it.
    pub rule: String,
    /// How sure the rule is, in [0, 1].
    pub confidence: f64,
}

/// Where an event is held: a city or country as written, and its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The place as the text names it ("Vilnius").
    pub label: String,
    /// Index into [`Facts::entities`] of the country, when known.
    pub country: Option<usize>,
}

/// A stance or quote made at an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Occasion {
    /// `Facts::stances[stance]` was taken at `Facts::events[event]`.
    Stance { stance: usize, event: usize },
    /// `Facts::quotes[quote]` was said at `Facts::events[event]`.
    Quote { quote: usize, event: usize },
}
