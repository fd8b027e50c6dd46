//! The five screens as components: each acts on its own keys and draws its
//! view; the app routes a key to the screen shown, then to the keys of every
//! screen.

mod agenda;
mod communique;
mod decisions;
mod floor;
mod roll_call;

pub use agenda::Agenda;
pub use communique::Communique;
pub use decisions::Decisions;
pub use floor::Floor;
pub use roll_call::RollCall;

use super::component::Component;
use super::intent::Intent;
use super::keymap::{BINDINGS, Scope};

/// A screen, with what it does for one of its intents.
pub enum Screen {
    Agenda(Agenda),
    RollCall(RollCall),
    Floor(Floor),
    Decisions(Decisions),
    Communique(Communique),
}

impl Screen {
    pub fn act(&self, app: &mut super::app::App, intent: Intent) {
        match self {
            Screen::Agenda(s) => s.act(app, intent),
            Screen::RollCall(s) => s.act(app, intent),
            Screen::Floor(s) => s.act(app, intent),
            Screen::Decisions(s) => s.act(app, intent),
            Screen::Communique(s) => s.act(app, intent),
        }
    }

    pub fn component(&mut self) -> &mut dyn Component {
        match self {
            Screen::Agenda(s) => s,
            Screen::RollCall(s) => s,
            Screen::Floor(s) => s,
            Screen::Decisions(s) => s,
            Screen::Communique(s) => s,
        }
    }
}

/// The screen of a scope (the communique for the global one).
pub fn of(scope: Scope) -> Box<dyn Component> {
    match scope {
        Scope::Agenda => Box::new(Agenda),
        Scope::RollCall => Box::new(RollCall),
        Scope::Floor => Box::new(Floor),
        Scope::Decisions => Box::new(Decisions),
        Scope::Communique | Scope::Global => Box::new(Communique),
    }
}

/// The screen whose key map has this intent, if any.
pub fn owner(intent: Intent) -> Option<Screen> {
    let scope = BINDINGS
        .iter()
        .find(|b| b.action == intent && b.scope != Scope::Global)?
        .scope;
    Some(match scope {
        Scope::Agenda => Screen::Agenda(Agenda),
        Scope::RollCall => Screen::RollCall(RollCall),
        Scope::Floor => Screen::Floor(Floor),
        Scope::Decisions => Screen::Decisions(Decisions),
        Scope::Communique | Scope::Global => Screen::Communique(Communique),
    })
}
