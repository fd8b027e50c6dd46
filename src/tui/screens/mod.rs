//! The five screens as components: each owns its list's selection (kept by
//! what it points at across refreshes) and its scroll, acts on its own keys,
//! and draws its view. The app routes a key to the screen shown, then to the
//! keys of every screen.

mod agenda;
mod communique;
mod decisions;
mod floor;
mod roll_call;

pub use agenda::Agenda;
pub use communique::{BuiltDocument, Communique};
pub use decisions::Decisions;
pub use floor::Floor;
pub use roll_call::RollCall;

use super::app::App;
use super::component::Component;
use super::keymap::Scope;
use ratatui::layout::Position;

/// A screen: a component with a list (or a page) to move in and click on.
pub trait Screen: Component {
    /// Moves the selection (or the page) by rows.
    fn move_by(&self, app: &App, delta: isize);

    /// A click at a place of the terminal: the row under the pointer is
    /// selected, counting the rows scrolled out of view.
    fn click(&self, app: &App, at: Position);
}

/// The five screens, each with its own selection and scroll.
#[derive(Default)]
pub struct Screens {
    pub agenda: Agenda,
    pub roll_call: RollCall,
    pub floor: Floor,
    pub decisions: Decisions,
    pub communique: Communique,
}

impl Screens {
    /// The screen of a scope (the communique for the global one, which has none).
    pub fn get(&self, scope: Scope) -> &dyn Screen {
        match scope {
            Scope::Agenda => &self.agenda,
            Scope::RollCall => &self.roll_call,
            Scope::Floor => &self.floor,
            Scope::Decisions => &self.decisions,
            Scope::Communique | Scope::Global => &self.communique,
        }
    }

    pub fn get_mut(&mut self, scope: Scope) -> &mut dyn Screen {
        match scope {
            Scope::Agenda => &mut self.agenda,
            Scope::RollCall => &mut self.roll_call,
            Scope::Floor => &mut self.floor,
            Scope::Decisions => &mut self.decisions,
            Scope::Communique | Scope::Global => &mut self.communique,
        }
    }
}
