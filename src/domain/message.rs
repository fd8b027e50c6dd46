//! A message to the user as data: a Fluent id and its arguments. The domain
//! says *what* happened; `i18n` turns it into words in the user's language.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Arg {
    Text(String),
    Number(i64),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Msg {
        self.args.push((name, Arg::Number(value)));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// Builds a [`Msg`]: `msg!("err-unknown-item", item = "7")`. Integers become
/// numbers (so Fluent picks the plural form), everything else text.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut m = $crate::domain::message::Msg::new($id);
        $( m.args.push((stringify!($name), $crate::domain::message::IntoArg::into_arg($value))); )*
        m
    }};
    ($id:ident $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut m = $crate::domain::message::Msg::new($id);
        $( m.args.push((stringify!($name), $crate::domain::message::IntoArg::into_arg($value))); )*
        m
    }};
}

pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}
impl IntoArg for i64 {
    fn into_arg(self) -> Arg {
        Arg::Number(self)
    }
}
impl IntoArg for usize {
    fn into_arg(self) -> Arg {
        Arg::Number(self as i64)
    }
}
impl IntoArg for u32 {
    fn into_arg(self) -> Arg {
        Arg::Number(self as i64)
    }
}
impl IntoArg for i32 {
    fn into_arg(self) -> Arg {
        Arg::Number(self as i64)
    }
}
