//! Structured output: a turn's final answer forced into a JSON schema derived from a Rust
//! type, and decoded back into that type.
//!
//! The server offers the model a `StructuredOutput` tool whose parameters are the schema
//! and requires it to call it; the call's input becomes the final assistant message's
//! `structured` value. The server does not check that value against the schema, so the
//! SDK does, by decoding it into the type: a value that does not fit is an
//! [`OutputError`], never a half-filled `T`.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use opencode_types as types;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::prompt::PromptBuilder;
use crate::{Error, PromptRun, TurnOutput};

/// The key a non-object answer is wrapped under: tool parameters must be an object, so a
/// `Vec<T>` or an enum is asked for as `{"value": …}` and unwrapped on decode.
const WRAP_KEY: &str = "value";

/// The JSON schema the server is given for `T`: self-contained (subschemas inlined where
/// the type is not recursive), without the `$schema` and root `title` keys tool parameters
/// do not take, and always an object: any other type is asked for as `{"value": …}`.
pub fn schema_for<T: JsonSchema>() -> Map<String, Value> {
    let (schema, _) = schema_and_wrap::<T>();
    schema
}

fn schema_and_wrap<T: JsonSchema>() -> (Map<String, Value>, bool) {
    let mut settings = schemars::generate::SchemaSettings::draft07();
    settings.inline_subschemas = true;
    settings.meta_schema = None;
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut root = match schema.to_value() {
        Value::Object(map) => map,
        // `true` / `false`: no constraint on the wrapped value.
        _ => Map::new(),
    };
    root.remove("title");
    if root.get("type").and_then(Value::as_str) == Some("object") {
        return (root, false);
    }
    // Recursive types keep references into `definitions`, which must stay at the root.
    let definitions = root.remove("definitions");
    let mut wrapped = Map::new();
    wrapped.insert("type".into(), "object".into());
    wrapped.insert(
        "properties".into(),
        Value::Object(Map::from_iter([(WRAP_KEY.to_owned(), Value::Object(root))])),
    );
    wrapped.insert("required".into(), serde_json::json!([WRAP_KEY]));
    wrapped.insert("additionalProperties".into(), false.into());
    if let Some(defs) = definitions {
        wrapped.insert("definitions".into(), defs);
    }
    (wrapped, true)
}

/// The final step's structured value decoded as `T`.
pub(crate) fn decode<T: DeserializeOwned + JsonSchema>(
    turn: &TurnOutput,
) -> Result<T, OutputError> {
    let (_, wrapped) = schema_and_wrap::<T>();
    let type_name = std::any::type_name::<T>();
    let Some(raw) = turn.structured() else {
        return Err(OutputError::new(type_name, None, None, turn.clone()));
    };
    let value = if wrapped {
        match raw.get(WRAP_KEY) {
            Some(v) => v,
            None => {
                let e = serde::de::Error::custom(format!("missing field `{WRAP_KEY}`"));
                return Err(OutputError::new(
                    type_name,
                    Some(raw.clone()),
                    Some((String::new(), e)),
                    turn.clone(),
                ));
            }
        }
    } else {
        raw
    };
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let mut path = e.path().to_string();
        if wrapped {
            path = if path == "." {
                WRAP_KEY.to_owned()
            } else {
                format!("{WRAP_KEY}.{path}")
            };
        }
        OutputError::new(
            type_name,
            Some(raw.clone()),
            Some((path, e.into_inner())),
            turn.clone(),
        )
    })
}

/// A structured answer that is missing or does not fit the requested type. The turn itself
/// completed; it is kept here.
#[derive(Debug)]
pub struct OutputError {
    type_name: &'static str,
    raw: Option<Value>,
    mismatch: Option<(String, serde_json::Error)>,
    turn: Box<TurnOutput>,
}

impl OutputError {
    fn new(
        type_name: &'static str,
        raw: Option<Value>,
        mismatch: Option<(String, serde_json::Error)>,
        turn: TurnOutput,
    ) -> Self {
        OutputError {
            type_name,
            raw,
            mismatch,
            turn: Box::new(turn),
        }
    }

    /// The Rust type that was asked for.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The structured value exactly as the server stored it, or `None` when the turn ended
    /// without one (a server that ignores the `format`, or a model answer in plain text
    /// that the server did not report as an error).
    pub fn raw(&self) -> Option<&Value> {
        self.raw.as_ref()
    }

    /// Where in the value decoding failed (`findings[1].severity`; empty at the root).
    pub fn path(&self) -> Option<&str> {
        self.mismatch.as_ref().map(|(p, _)| p.as_str())
    }

    /// The turn, as the server stored it.
    pub fn turn(&self) -> &TurnOutput {
        &self.turn
    }

    /// Whether the turn ended without any structured value.
    pub fn is_missing(&self) -> bool {
        self.raw.is_none()
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.mismatch {
            None => write!(
                f,
                "the turn ended without a structured answer for `{}`",
                self.type_name
            ),
            Some((path, e)) if path.is_empty() || path == "." => write!(
                f,
                "the structured answer does not fit `{}`: {e}",
                self.type_name
            ),
            Some((path, e)) => write!(
                f,
                "the structured answer does not fit `{}` at `{path}`: {e}",
                self.type_name
            ),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.mismatch
            .as_ref()
            .map(|(_, e)| e as &(dyn std::error::Error + 'static))
    }
}

/// A prompt whose answer is a `T`: from [`PromptBuilder::output`]. `.await` it for the
/// value, [`send_with_turn`](Self::send_with_turn) for the value and the turn, or
/// [`stream`](Self::stream) to follow it and then [`TurnOutput::output`].
#[must_use = "nothing is sent until `.await`"]
pub struct OutputPrompt<T> {
    prompt: PromptBuilder,
    retries: Option<u32>,
    _type: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for OutputPrompt<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutputPrompt")
            .field("type", &std::any::type_name::<T>())
            .field("prompt", &self.prompt)
            .field("retries", &self.retries)
            .finish()
    }
}

impl<T: DeserializeOwned + JsonSchema + Send + 'static> OutputPrompt<T> {
    pub(crate) fn new(prompt: PromptBuilder) -> Self {
        OutputPrompt {
            prompt,
            retries: None,
            _type: PhantomData,
        }
    }

    /// How many times the server asks the model again when it answers without the
    /// structured value (the format's `retryCount`; the server's default is 2).
    pub fn retries(mut self, retries: u32) -> Self {
        self.retries = Some(retries);
        self
    }

    fn with_format(self) -> PromptBuilder {
        let mut format = types::OutputFormatJsonSchema::new(schema_for::<T>());
        format.retry_count = self.retries.map(i64::from);
        self.prompt.format(types::OutputFormat::JsonSchema(format))
    }

    /// Starts following the turn (see [`PromptBuilder::stream`]); decode its result with
    /// [`TurnOutput::output`].
    pub fn stream(self) -> PromptRun {
        self.with_format().stream()
    }

    /// Sends the prompt and returns the decoded value with the whole turn.
    pub async fn send_with_turn(self) -> Result<(T, TurnOutput), Error> {
        let turn = self.with_format().send().await?;
        let value = turn.output::<T>()?;
        Ok((value, turn))
    }

    /// Sends the prompt and returns the decoded value (the same as `.await`).
    pub async fn send(self) -> Result<T, Error> {
        self.send_with_turn().await.map(|(value, _)| value)
    }
}

impl<T: DeserializeOwned + JsonSchema + Send + 'static> IntoFuture for OutputPrompt<T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, JsonSchema, Debug, PartialEq)]
    #[allow(dead_code)]
    enum Level {
        Low,
        High,
    }

    #[derive(serde::Deserialize, JsonSchema, Debug, PartialEq)]
    #[allow(dead_code)]
    struct Report {
        level: Level,
        note: Option<String>,
    }

    #[test]
    fn object_types_are_asked_for_as_they_are() {
        let (schema, wrapped) = schema_and_wrap::<Report>();
        assert!(!wrapped);
        assert_eq!(schema["type"], "object");
        assert!(!schema.contains_key("$schema") && !schema.contains_key("title"));
        // Subschemas are inlined: the enum's values are right under its property.
        assert_eq!(
            schema["properties"]["level"]["enum"],
            serde_json::json!(["Low", "High"])
        );
        assert_eq!(schema["required"], serde_json::json!(["level"]));
    }

    #[test]
    fn other_types_are_wrapped_in_an_object() {
        let (schema, wrapped) = schema_and_wrap::<Vec<Level>>();
        assert!(wrapped);
        assert_eq!(schema["type"], "object");
        assert_eq!(schema["required"], serde_json::json!(["value"]));
        assert_eq!(schema["properties"]["value"]["type"], "array");
    }
}
