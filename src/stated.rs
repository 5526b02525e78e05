//! The form's first question, what the person knows, and its first way in: the stage from a
//! report. Its questions are written by the API module into the widget's slot
//! (`api/src/stated.rs`), which hands the stage back once every one is answered; what follows
//! from it is the core's (`lungstage::assess_stated`), shown in the result panel's slot.

use lungstage::StatedStage;

/// What the person knows: the way in, which chooses the form shown first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// The stage from a report.
    Stage,
    /// T, N and M, or the written form.
    Categories,
    /// What the scans or pathology found.
    Findings,
}

impl Way {
    /// The ways in, as the question lists them.
    pub const ALL: [Way; 3] = [Way::Stage, Way::Categories, Way::Findings];
}

impl crate::state::State {
    /// The stage from a report, where it is the way in and every question is answered.
    pub fn stated_stage(&self) -> Option<StatedStage> {
        self.stated.filter(|_| self.way == Some(Way::Stage))
    }
}
