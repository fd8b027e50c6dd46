//! The terminal, set up for the screens and put back on every way out,
//! without ever panicking: a terminal that has gone away (SSH dropped, the
//! window closed) answers every write with an error, and so may standard
//! error. ratatui's own `init`/`restore` and its `Terminal`'s drop print such
//! errors with `eprintln!`, which panics when standard error is that dead
//! terminal; in the panic hook that became a panic inside a panic, an abort,
//! and a record left open.

use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::{DefaultTerminal, Terminal};
use std::sync::Once;

/// The live screen's terminal: raw mode, the alternate screen, mouse and
/// bracketed paste on while it lives; put back when dropped.
pub struct Tty {
    /// `None` while suspended (an external editor has the terminal).
    terminal: Option<DefaultTerminal>,
}

impl Tty {
    /// Takes the terminal; an error if it cannot be set up.
    pub fn open() -> std::io::Result<Tty> {
        static HOOK: Once = Once::new();
        HOOK.call_once(|| {
            let next = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                // The default hook ignores a failed write to standard error.
                next(info);
            }));
        });
        Ok(Tty {
            terminal: Some(take()?),
        })
    }

    pub fn terminal(&mut self) -> std::io::Result<&mut DefaultTerminal> {
        match &mut self.terminal {
            Some(t) => Ok(t),
            None => Err(std::io::Error::other("the terminal is suspended")),
        }
    }

    /// Gives the terminal back to the shell, for another program to use.
    pub fn suspend(&mut self) {
        if let Some(t) = self.terminal.take() {
            release(t);
        }
    }

    /// Takes the terminal again after `suspend`, drawing the whole screen anew.
    pub fn resume(&mut self) -> std::io::Result<()> {
        if self.terminal.is_none() {
            let mut t = take()?;
            if let Err(e) = t.clear() {
                release(t);
                return Err(e);
            }
            self.terminal = Some(t);
        }
        Ok(())
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        self.suspend();
    }
}

fn take() -> std::io::Result<DefaultTerminal> {
    enable_raw_mode()?;
    let set_up = execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
    .and_then(|_| Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout())));
    if set_up.is_err() {
        restore();
    }
    set_up
}

/// Shows the cursor and puts the terminal back. A `Terminal` whose cursor
/// could not be shown is forgotten, not dropped: its drop would try again
/// and print the failure with `eprintln!`. (What that leaks, two screen
/// buffers, goes with the process that has just lost its terminal.)
fn release(mut terminal: DefaultTerminal) {
    if terminal.show_cursor().is_ok() {
        drop(terminal);
    } else {
        std::mem::forget(terminal);
    }
    restore();
}

/// Each step tried whatever the one before did; failures are ignored, as
/// there is no one left to tell when the terminal has gone.
fn restore() {
    let _ = execute!(std::io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    let _ = disable_raw_mode();
    let _ = execute!(std::io::stdout(), LeaveAlternateScreen);
}
