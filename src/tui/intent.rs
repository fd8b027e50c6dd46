//! What a key asks for. Intents that change the record become `Command`s of
//! the command language; the rest move the view. Each screen has its own
//! kind of intent, so that a screen handles all of its own and no other.
//! (Named apart from the working groups' `Action` of the domain.)

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Quit,
    Help,
    Prompt,
    Undo,
    NextTab,
    PrevTab,
    Tab(usize),
    Up,
    Down,
    PageUp,
    PageDown,
    CycleUiLanguage,
    Messages,
    Agenda(AgendaIntent),
    RollCall(RollCallIntent),
    Floor(FloorIntent),
    Decisions(DecisionsIntent),
    Communique(CommuniqueIntent),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaIntent {
    OpenItem,
    CloseItem,
    DeferItem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollCallIntent {
    TogglePresent,
    Filter,
    AllParticipantsPresent,
    AllObserversPresent,
    AllApplicantsPresent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloorIntent {
    SpeakerAdd,
    SpeakerNext,
    SpeakerRemove,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionsIntent {
    NewDecision,
    EditDecision,
    EditExternal,
    Adopt,
    Object,
    Reserve,
    DeferDecision,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommuniqueIntent {
    CycleDocLanguage,
    ToggleMatrix,
    Translate,
    /// The next or previous paragraph the plenary takes one by one.
    NextParagraph,
    PrevParagraph,
    /// `adopt` or `hold` the selected paragraph.
    AdoptParagraph,
    HoldParagraph,
}
