//! IASLC 5-year survival by 8th-edition stage group as an SVG bar chart, with a text table.

use lungstage::{IASLC_SURVIVAL, StageGroup};
use yew::prelude::*;

use crate::text::{Msg, say};

const ROW: usize = 26;
const BAR_X: u32 = 44;
/// The width of a 100% bar, in viewBox units.
const BAR_MAX: f32 = 170.0;

/// The chart, with the case's 8th-edition group `highlight` marked "this case".
pub fn survival_chart(highlight: Option<StageGroup>) -> Html {
    let rows = IASLC_SURVIVAL.iter().enumerate().map(|(i, &(group, figure))| {
        let y = 4 + i * ROW;
        // Whole units: plenty for a 170-unit bar, and integers format without float code.
        let width = (BAR_MAX * figure.percent / 100.0).round() as u32;
        let label = figure.label();
        let this = highlight == Some(group);
        html! {
            <g class={classes!("survival-chart-row", this.then_some("is-case"))}>
                if this { <rect class="survival-chart-band" x="0" y={y.to_string()} width="320" height={ROW.to_string()} rx="3" /> }
                <text class="survival-chart-group" x="4" y={(y + 17).to_string()}>{ group.code() }</text>
                <rect class="survival-chart-bar" x={BAR_X.to_string()} y={(y + 5).to_string()} width={width.to_string()} height="16" rx="2" />
                <text class="survival-chart-value" x={(BAR_X + width + 6).to_string()} y={(y + 17).to_string()}>
                    { label }
                    if this { <tspan class="survival-chart-marker">{ format!(" {}", say(Msg::ResultChartThisCase)) }</tspan> }
                </text>
            </g>
        }
    });
    let height = 8 + IASLC_SURVIVAL.len() * ROW;
    html! {
        <figure class="survival-chart" data-testid="survival-chart">
            <svg class="survival-chart-svg" viewBox={format!("0 0 320 {height}")} width="320" height={height.to_string()}
                aria-hidden="true" focusable="false">
                { for rows }
            </svg>
            // A hidden table box would still widen the page, so a plain box hides it.
            <div class="visually-hidden"><table>
                <caption>{ say(Msg::ResultChartCaption) }</caption>
                <thead><tr><th scope="col">{ say(Msg::ResultStage) }</th><th scope="col">{ say(Msg::ResultChartSurvival) }</th></tr></thead>
                <tbody>
                    { for IASLC_SURVIVAL.iter().map(|&(group, figure)| html! {
                        <tr>
                            <th scope="row">{ group.code() }if highlight == Some(group) { { format!(" {}", say(Msg::ResultChartThisCaseRow)) } }</th>
                            <td>{ figure.label() }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </figure>
    }
}
