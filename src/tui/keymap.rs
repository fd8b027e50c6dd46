//! The key map as data: each binding is a key, where it works, the action it
//! runs and the Fluent id of its description. The `?` screen and the footer
//! hints are drawn from this same table.

use super::intent::{AgendaIntent, CommuniqueIntent, DecisionsIntent, FloorIntent, Intent, RollCallIntent};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Global,
    Agenda,
    RollCall,
    Floor,
    Decisions,
    Communique,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub scope: Scope,
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
    pub action: Intent,
    /// Fluent id of what it does.
    pub help: &'static str,
    /// Shown in the footer of its screen.
    pub hint: bool,
}

const fn key(scope: Scope, c: char, action: Intent, help: &'static str, hint: bool) -> Binding {
    Binding {
        scope,
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::NONE,
        action,
        help,
        hint,
    }
}

const fn special(scope: Scope, code: KeyCode, action: Intent, help: &'static str, hint: bool) -> Binding {
    Binding {
        scope,
        code,
        modifiers: KeyModifiers::NONE,
        action,
        help,
        hint,
    }
}

pub const BINDINGS: &[Binding] = &[
    key(Scope::Global, '?', Intent::Help, "key-help", true),
    key(Scope::Global, ':', Intent::Prompt, "key-prompt", true),
    key(Scope::Global, 'u', Intent::Undo, "key-undo", true),
    key(Scope::Global, 'q', Intent::Quit, "key-quit", true),
    key(Scope::Global, 'L', Intent::Messages, "key-messages", false),
    special(Scope::Global, KeyCode::Tab, Intent::NextTab, "key-next-tab", false),
    special(Scope::Global, KeyCode::BackTab, Intent::PrevTab, "key-prev-tab", false),
    key(Scope::Global, '1', Intent::Tab(0), "key-tab-agenda", false),
    key(Scope::Global, '2', Intent::Tab(1), "key-tab-roll-call", false),
    key(Scope::Global, '3', Intent::Tab(2), "key-tab-floor", false),
    key(Scope::Global, '4', Intent::Tab(3), "key-tab-decisions", false),
    key(Scope::Global, '5', Intent::Tab(4), "key-tab-communique", false),
    special(Scope::Global, KeyCode::Up, Intent::Up, "key-up", false),
    special(Scope::Global, KeyCode::Down, Intent::Down, "key-down", false),
    key(Scope::Global, 'k', Intent::Up, "key-up", false),
    key(Scope::Global, 'j', Intent::Down, "key-down", false),
    special(Scope::Global, KeyCode::PageUp, Intent::PageUp, "key-page-up", false),
    special(
        Scope::Global,
        KeyCode::PageDown,
        Intent::PageDown,
        "key-page-down",
        false,
    ),
    special(
        Scope::Global,
        KeyCode::F(2),
        Intent::CycleUiLanguage,
        "key-ui-language",
        false,
    ),
    key(
        Scope::Agenda,
        'o',
        Intent::Agenda(AgendaIntent::OpenItem),
        "key-open-item",
        true,
    ),
    key(
        Scope::Agenda,
        'c',
        Intent::Agenda(AgendaIntent::CloseItem),
        "key-close-item",
        true,
    ),
    key(
        Scope::Agenda,
        'd',
        Intent::Agenda(AgendaIntent::DeferItem),
        "key-defer-item",
        true,
    ),
    special(
        Scope::RollCall,
        KeyCode::Char(' '),
        Intent::RollCall(RollCallIntent::TogglePresent),
        "key-toggle-present",
        true,
    ),
    special(
        Scope::RollCall,
        KeyCode::Enter,
        Intent::RollCall(RollCallIntent::TogglePresent),
        "key-toggle-present",
        false,
    ),
    key(
        Scope::RollCall,
        '/',
        Intent::RollCall(RollCallIntent::Filter),
        "key-filter",
        true,
    ),
    key(
        Scope::RollCall,
        'p',
        Intent::RollCall(RollCallIntent::AllParticipantsPresent),
        "key-participants-present",
        true,
    ),
    key(
        Scope::RollCall,
        'o',
        Intent::RollCall(RollCallIntent::AllObserversPresent),
        "key-observers-present",
        true,
    ),
    key(
        Scope::RollCall,
        'a',
        Intent::RollCall(RollCallIntent::AllApplicantsPresent),
        "key-applicants-present",
        true,
    ),
    key(
        Scope::Floor,
        'a',
        Intent::Floor(FloorIntent::SpeakerAdd),
        "key-speaker-add",
        true,
    ),
    key(
        Scope::Floor,
        'n',
        Intent::Floor(FloorIntent::SpeakerNext),
        "key-speaker-next",
        true,
    ),
    key(
        Scope::Floor,
        'r',
        Intent::Floor(FloorIntent::SpeakerRemove),
        "key-speaker-remove",
        true,
    ),
    key(
        Scope::Decisions,
        'n',
        Intent::Decisions(DecisionsIntent::NewDecision),
        "key-new-decision",
        true,
    ),
    key(
        Scope::Decisions,
        'e',
        Intent::Decisions(DecisionsIntent::EditDecision),
        "key-edit-decision",
        true,
    ),
    key(
        Scope::Decisions,
        'E',
        Intent::Decisions(DecisionsIntent::EditExternal),
        "key-edit-external",
        false,
    ),
    key(
        Scope::Decisions,
        'a',
        Intent::Decisions(DecisionsIntent::Adopt),
        "key-adopt",
        true,
    ),
    key(
        Scope::Decisions,
        'x',
        Intent::Decisions(DecisionsIntent::Object),
        "key-object",
        true,
    ),
    key(
        Scope::Decisions,
        'r',
        Intent::Decisions(DecisionsIntent::Reserve),
        "key-reserve",
        false,
    ),
    key(
        Scope::Decisions,
        'd',
        Intent::Decisions(DecisionsIntent::DeferDecision),
        "key-defer-decision",
        false,
    ),
    key(
        Scope::Communique,
        'l',
        Intent::Communique(CommuniqueIntent::CycleDocLanguage),
        "key-doc-language",
        true,
    ),
    key(
        Scope::Communique,
        'm',
        Intent::Communique(CommuniqueIntent::ToggleMatrix),
        "key-matrix",
        true,
    ),
    key(
        Scope::Communique,
        't',
        Intent::Communique(CommuniqueIntent::Translate),
        "key-translate",
        true,
    ),
    key(
        Scope::Communique,
        'n',
        Intent::Communique(CommuniqueIntent::NextParagraph),
        "para-key-next",
        false,
    ),
    key(
        Scope::Communique,
        'p',
        Intent::Communique(CommuniqueIntent::PrevParagraph),
        "para-key-prev",
        false,
    ),
    key(
        Scope::Communique,
        'a',
        Intent::Communique(CommuniqueIntent::AdoptParagraph),
        "para-key-adopt",
        false,
    ),
    key(
        Scope::Communique,
        'h',
        Intent::Communique(CommuniqueIntent::HoldParagraph),
        "para-key-hold",
        false,
    ),
];

/// The intent of a key among one scope's bindings only.
pub fn lookup_in(scope: Scope, key: &KeyEvent) -> Option<Intent> {
    BINDINGS
        .iter()
        .filter(|b| b.scope == scope)
        .find(|b| b.matches(key))
        .map(|b| b.action)
}

impl Binding {
    fn matches(&self, key: &KeyEvent) -> bool {
        self.code == key.code
            && (self.modifiers == key.modifiers
                || (matches!(key.code, KeyCode::Char(_)) && key.modifiers == KeyModifiers::SHIFT))
    }
}

/// The action a key runs on a screen: that screen's binding first, then a global one.
pub fn lookup(scope: Scope, key: &KeyEvent) -> Option<Intent> {
    let matches = |b: &&Binding| {
        b.code == key.code
            && (b.modifiers == key.modifiers
                || (matches!(key.code, KeyCode::Char(_)) && key.modifiers == KeyModifiers::SHIFT))
    };
    BINDINGS
        .iter()
        .filter(|b| b.scope == scope)
        .find(matches)
        .or_else(|| BINDINGS.iter().filter(|b| b.scope == Scope::Global).find(matches))
        .map(|b| b.action)
}

/// How a key is written in the help and the hints, in the interface
/// language ("Espace", "Entrée" on a French keyboard).
pub fn label(b: &Binding, words: &crate::i18n::Localizer) -> String {
    let named = |id: &'static str| words.format(&crate::domain::Msg::new(id));
    match b.code {
        KeyCode::Char(' ') => named("key-name-space"),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => named("key-name-tab"),
        KeyCode::BackTab => named("key-name-back-tab"),
        KeyCode::Enter => named("key-name-enter"),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::PageUp => named("key-name-page-up"),
        KeyCode::PageDown => named("key-name-page-down"),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Esc => named("key-name-esc"),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_keys_come_before_global_ones() {
        let k = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(lookup(Scope::Floor, &k), Some(Intent::Floor(FloorIntent::SpeakerAdd)));
        assert_eq!(
            lookup(Scope::Decisions, &k),
            Some(Intent::Decisions(DecisionsIntent::Adopt))
        );
        assert_eq!(lookup(Scope::Agenda, &k), None);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(Scope::Communique, &q), Some(Intent::Quit));
        let shift_e = KeyEvent::new(KeyCode::Char('E'), KeyModifiers::SHIFT);
        assert_eq!(
            lookup(Scope::Decisions, &shift_e),
            Some(Intent::Decisions(DecisionsIntent::EditExternal))
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.scope == b.scope && a.code == b.code && a.modifiers == b.modifiers),
                    "{:?} {:?}",
                    a.scope,
                    a.code
                );
            }
        }
    }
}
