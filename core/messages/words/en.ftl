# LungStage, English: the words of the first render. The page loads this file beside the
# widget's wasm, so everything the form and the first result show is here: labels, hints,
# buttons, the names of features, lymph-node stations and sites of spread, "Stage".
# Everything else (errors, reasons, notes) is in ../en.ftl, loaded after the first paint.
# The format is the same: `id = text`, `{ $name }` for a value the code fills in.

## The page around the widget (index.html, embed.html): written into each language's page
## at build time.

page-title = LungStage
page-embed-title = LungStage (embedded)
page-description = LungStage: lung-cancer TNM staging in the browser. Not medical advice.
page-tagline = Lung cancer staging in your browser. Nothing you enter leaves this page; it is kept in the page's address, so it stays in your browser history.
page-noscript = The calculator needs JavaScript: turn it on in your browser to see the stage. The form below shows what it asks about.
page-language-name = English
page-languages = Language
page-offer = This page is also in English.
page-offer-link = Read it in English

## The page's script (lungstage.js): the share bar, notices, and what it says when the
## widget cannot start.

js-link-clinician = Copied links open the clinician view
js-link-copied = Link copied.
js-summary-copied = Summary copied.
js-link-to-copy = The link to copy
js-summary-to-copy = The summary to copy
js-copy-link-by-hand = Copying was not allowed here: the link is selected below. Press Ctrl+C (or ⌘C) to copy it.
js-copy-summary-by-hand = Copying was not allowed here: the summary is selected below. Press Ctrl+C (or ⌘C) to copy it.
js-copy-link = Copy link
js-copy-summary = Copy summary for a note
js-copy-record = Download for the record (FHIR)
js-printed = Printed on { $date } from LungStage.
js-loading = Loading…
js-cannot-load = This could not load here: reload the page to try again.
js-link-edition = This link was made with the { $edition }th-edition tables, so they are shown here. The current edition is the { $current }th: choose it above to compare.
js-cannot-start = The lung cancer staging calculator could not start on this page.
js-open-own-page = Open LungStage on its own page
js-unknown-language = This link asks for the language `{ $lang }`, which LungStage does not have: it has { $languages }.

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
