//! LungStage staging core.
