# LungStage, English: the words of the first render. The page loads this file beside the
# widget's wasm, so everything the form and the first result show is here: labels, hints,
# buttons, the names of features, lymph-node stations and sites of spread, "Stage".
# Everything else (errors, reasons, notes) is in ../en.ftl, loaded after the first paint.
# The format is the same: `id = text`, `{ $name }` for a value the code fills in.

## The page around the widget (index.html, embed.html): written into each language's page
## at build time.

page-title = LungStage
page-description = LungStage: lung-cancer TNM staging in the browser. Not medical advice.
page-tagline = Lung cancer staging in your browser. Nothing you enter leaves this page; it is kept in the page's address, so it stays in your browser history.
page-noscript = The calculator needs JavaScript: turn it on in your browser to see the stage. The form below shows what it asks about.

## The widget's heading and its parts around the form and the result (src/app.rs).

app-title = Find the stage of a lung cancer
app-intro = Start from what you know: the stage from a report, T, N and M, or what the scans, scopes or pathology found. The result updates as you answer.
app-skip = Skip to the result

## The form: the first question, the case set-up, T, N and M, the tumour, the lymph nodes
## and the spread (src/components/ of the form).

form-placeholder = form

## The result: the stage, its meaning, the picture of the case, the trace, the editions,
## survival, symptoms, treatment and sources (src/components/ of the result).

result-placeholder = result

## Names the core gives the widget: cancer types, editions, features, lymph-node stations,
## sites of spread, stage groups (core/src/vocabulary/).

name-placeholder = name
