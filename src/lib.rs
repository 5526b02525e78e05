//! LungStage web widget.
