//! Splits a command line into words: spaces separate, double quotes hold
//! text with `\"` and `\\` escapes, `#` outside quotes starts a comment.

use crate::domain::Msg;
use crate::msg;

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub text: String,
    pub quoted: bool,
    /// Column of its first character, from 1.
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineError {
    pub column: usize,
    pub msg: Msg,
}

pub fn tokenize(line: &str) -> Result<Vec<Token>, LineError> {
    let mut tokens = Vec::new();
    let mut chars = line.chars().enumerate().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '#' {
            break;
        } else if c == '"' {
            chars.next();
            let mut text = String::new();
            let mut closed = false;
            while let Some((j, c)) = chars.next() {
                match c {
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some((_, '"')) => text.push('"'),
                        Some((_, '\\')) => text.push('\\'),
                        Some((_, 'n')) => text.push('\n'),
                        Some((k, other)) => {
                            return Err(LineError {
                                column: k,
                                msg: msg!("cmd-bad-escape", escape = format!("\\{other}")),
                            });
                        }
                        None => {
                            return Err(LineError {
                                column: j + 1,
                                msg: msg!("cmd-unclosed-quote"),
                            });
                        }
                    },
                    _ => text.push(c),
                }
            }
            if !closed {
                return Err(LineError {
                    column: i + 1,
                    msg: msg!("cmd-unclosed-quote"),
                });
            }
            if let Some(&(k, next)) = chars.peek()
                && !next.is_whitespace()
                && next != '#'
            {
                return Err(LineError {
                    column: k + 1,
                    msg: msg!("cmd-space-after-quote"),
                });
            }
            tokens.push(Token {
                text,
                quoted: true,
                column: i + 1,
            });
        } else {
            let mut text = String::new();
            while let Some(&(_, c)) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                if c == '"' {
                    let (k, _) = *chars.peek().expect("peeked");
                    return Err(LineError {
                        column: k + 1,
                        msg: msg!("cmd-quote-in-word"),
                    });
                }
                text.push(c);
                chars.next();
            }
            tokens.push(Token {
                text,
                quoted: false,
                column: i + 1,
            });
        }
    }
    Ok(tokens)
}

/// Quotes a text so that `tokenize` gives it back whole.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        tokenize(line).unwrap().into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_and_quoted_text() {
        assert_eq!(
            words(r#"draft 4 KP/1 "a \"b\" \\ c"  # comment"#),
            ["draft", "4", "KP/1", r#"a "b" \ c"#]
        );
        assert_eq!(words("   "), Vec::<String>::new());
        assert_eq!(words("# only a comment"), Vec::<String>::new());
        assert_eq!(words(r##"note 3 "# not a comment""##), ["note", "3", "# not a comment"]);
    }

    #[test]
    fn columns_are_reported() {
        let t = tokenize(r#"adopt  "x""#).unwrap();
        assert_eq!(t[1].column, 8);
        assert_eq!(tokenize(r#"note 1 "open"#).unwrap_err().column, 8);
        assert_eq!(tokenize(r#"note 1 "a\q""#).unwrap_err().msg.id, "cmd-bad-escape");
        assert_eq!(tokenize(r#"note 1 "a"b"#).unwrap_err().column, 11);
    }

    #[test]
    fn quote_round_trips() {
        for s in ["plain", "with \"quotes\"", "back\\slash", "two\nlines", ""] {
            let t = tokenize(&quote(s)).unwrap();
            assert_eq!(t.len(), 1);
            assert_eq!(t[0].text, s);
        }
    }
}
