//! Switches between the patient view and the clinician view.

use yew::prelude::*;

use crate::state::View;
use crate::text::{Msg, say};

/// The two buttons, `view` pressed.
pub fn view_toggle(view: View, on_choose: &Callback<View>) -> Html {
    let current = view;
    let button = |view: View, label: Msg| {
        let on_choose = on_choose.clone();
        let pressed = current == view;
        html! {
            <button
                type="button"
                class={classes!("view-toggle-button", pressed.then_some("is-pressed"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={move |_| on_choose.emit(view)}
            >
                { say(label) }
            </button>
        }
    };
    html! {
        <div class="view-toggle" role="group" aria-label={say(Msg::FormViewGroup)}>
            { button(View::Patient, Msg::FormViewPatient) }
            { button(View::Clinician, Msg::FormViewClinician) }
        </div>
    }
}
