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

## The widget's heading and its parts around the form and the result (src/app.rs).

app-title = Find the stage of a lung cancer
app-intro = Start from what you know: the stage from a report, T, N and M, or what the scans, scopes or pathology found. The result updates as you answer.
app-skip = Skip to the result

## The form: the first question, the case set-up, T, N and M, the tumour, the lymph nodes
## and the spread (src/components/ of the form).

# The first question (way_question.rs).
form-way-legend = What do you know?
form-way-stage = The stage from my report, such as IIIA or limited-stage small cell
form-way-categories = T, N and M, such as T2a N1 M0
form-way-findings = What the scans or pathology found

# The case set-up (case_setup.rs): the cancer type, the tables, the classification, the
# mesothelioma subtype. { $name } is the classification's name (Clinical), { $code } its
# letter (c). The subtypes are shown in lower case, as their codes are.
form-histology-legend = Type of cancer
form-edition-legend = Staging tables
form-edition-ninth = 9th edition (current, 2025)
form-edition-eighth = 8th edition (2017)
form-classification-label = Classification (how T, N and M were found)
form-classification-option = { $name } ({ $code })
form-subtype-label = Subtype (for the treatment text)
form-subtype-unknown = unknown
form-subtype-epithelioid = epithelioid
form-subtype-sarcomatoid = sarcomatoid
form-subtype-biphasic = biphasic

# A part of the form whose category was chosen directly: { $axis } is T, N or M,
# { $category } the category (T2a).
form-entered = { $axis } is entered directly as { $category } below; changing anything here works it out from these findings again.

# The main tumour (tumor_form.rs, tumor_size.rs, growth_group.rs). { $category } is a T
# category (T2a); { $size } a size in cm as read (2.5).
form-tumor-legend = The main tumour
form-size-label = Size of the tumour
form-size-hint = Its largest width; for a part-solid tumour, the solid part. For example 2.5 or 2,5 cm.
form-psum-label = Summed pleural thickness (Psum)
form-fmax-label = Thickest tumour along a fissure (Fmax)
form-meso-minor-legend = The tumour… (each makes it cT2 if Psum is 12 mm or less)
form-meso-t4-legend = The tumour… (each makes it cT4, whatever the thickness)
form-features-legend = The tumour… (each of these makes it at least { $category })
form-nodules-legend = Separate tumour nodules
form-more-summary = More structures (named in the 9th edition)
form-more-legend = The tumour… (structures named in the 9th edition)
form-unit = Unit
form-size-read = read as { $size } cm
form-size-question = Is the size right?
form-size-yes = Yes, { $size } cm
form-size-was-mm = It was millimetres
form-growth-legend = Type of growth, if the report says so
form-growth-usual = None of these, or not known
form-growth-ais = Adenocarcinoma in situ (AIS): no invasion, at most 3 cm
form-growth-scis = Squamous carcinoma in situ (SCIS): no invasion
form-growth-in-situ = Carcinoma in situ, kind not given
form-growth-mia = Minimally invasive adenocarcinoma (MIA): invasive part 0.5 cm or less, at most 3 cm
form-growth-occult = Occult carcinoma: cancer cells in sputum or washings, but no tumour seen on scans or bronchoscopy
form-growth-total = Whole lesion, including any ground-glass part, in cm (optional)

# The lymph nodes (node_form.rs).
form-nodes-legend = Lymph nodes in the chest and low neck
form-nodes-assessed-legend = Were the lymph nodes checked?
form-nodes-checked = Yes: tick the involved stations below (none ticked means no lymph node involved)
form-nodes-not-assessed = Not assessed, or not known
form-nodes-unanswered = Not answered yet: without the lymph nodes most cases have no stage group.
form-side-legend = Side of the tumour
form-side-right = Right lung
form-side-left = Left lung
form-zone-hilar = Hilar and within the lung (stations 10 to 14)
form-zone-mediastinal = Mediastinal, in the middle of the chest (stations 2 to 9)
form-zone-supraclavicular = Supraclavicular, low in the neck (station 1)

# The spread (metastasis_form.rs, site_row.rs).
form-spread-legend = Spread to other parts of the body
form-spread-hint = Tick each place the cancer has spread to, or say that no spread was found. With neither, the stage counts it as no known spread (cM0) and says so.
form-spread-none = No distant spread found
form-spread-within = Within the chest
form-spread-outside = Outside the chest
form-lesions-legend = How many lesions?
form-lesions-one = One
form-lesions-several = More than one
form-lesions-unknown = Not known
form-lesions-number = Number, if known

# T, N and M entered directly, and the written form (category_form.rs, written_form.rs).
form-categories-legend = Or enter T, N and M directly
form-category-t = T: the main tumour
form-category-n = N: lymph nodes
form-category-m = M: distant spread
form-written-label = Written form
form-written-hint = Paste or type it as written in a report, for example cT2a N1 M0.

# Before each error under a field, for screen readers (field_error.rs).
form-error-label = Error:

# The two views (view_toggle.rs).
form-view-group = Show the result
form-view-patient = For patients and families
form-view-clinician = For clinicians

# The bar that keeps the stage in view (stage_bar.rs). { $stage } is the group (IIIA) or,
# for small cell stated as such, form-bar-limited or form-bar-extensive.
form-bar-stage = Stage { $stage }
form-bar-stage-stale = Stage { $stage } — out of date, check the form
form-bar-limited = Limited
form-bar-extensive = Extensive
form-bar-button = See the result

# The widget's own errors beside a field (outcome.rs), shown at once. widget-error-unworded
# stands for an error of the core until the other messages arrive. { $size } is a size as
# typed (9).
widget-error-unworded = This entry cannot be used as it is.
widget-error-over-max-mm = The size is implausibly large: over 300 mm
widget-error-to-confirm = The size is over 7 cm, which is rare: is it { $size } centimetres, or was it { $size } millimetres?
widget-error-total-not-number = Must be a number of centimetres, such as 2.5
widget-error-thickness-not-number = Must be a number, such as 18
widget-error-lesion-count = The number of lesions must be a whole number, 2 or more, or left empty if not known

# The field an error is in, for the banner over an out-of-date result (outcome.rs); T, N and
# M are named by their letter.
form-field-written = the written TNM form
form-field-size = the size
form-field-side = the side of the tumour
form-field-lesions = the number of lesions
form-field-tumor = the findings of the main tumour
form-field-nodes = the lymph node findings
form-field-metastases = the distant spread findings
form-field-other = the entry marked in the form

## The result: the stage, its meaning, the picture of the case, the trace, the editions,
## survival, symptoms, treatment and sources (src/components/ of the result).
## A value's spaces around it (" (changed)") stay in the code: a message's text is trimmed.

# The panel (result_panel.rs).
result-title = Result
result-invite-stage = Answer the questions about the stage to see what it means here.
result-invite-mesothelioma = Enter the tumour findings, or T, N and M, to see the stage here.
result-invite-size = Enter the size of the tumour, or T, N and M, to see the stage here.
# The folded part of the patient view: the trace and the editions.
result-care-team-details = Details for your care team
# $field: the field at fault, as its label names it.
result-check = Please check { $field }.
result-out-of-date = Out of date: the result below is from your last complete entry. It updates, and copying comes back, once this is fixed.
result-appears-once-fixed = The result appears once this is fixed.
result-edit-answers = Edit answers
result-start-again = Start again

# The stage in large type (stage_headline.rs). Also the "Stage" row and column of the tables.
result-stage = Stage
# After the code "occult" in large type.
result-occult-caption = carcinoma
# Under the stage: the cancer type, the edition ("9th") and the categories (cT2a cN1 cM0).
result-context = { $histology }, { $edition } edition tables · { $tnm }
# The same with the stage's kind ($label: "clinical stage IIB").
result-context-label = { $histology }, { $edition } edition tables · { $tnm }, { $label }
result-needs-nodes = Needs the lymph-node findings.
# $t: the T category (cT2a).
result-needs-nodes-why = { $t } is known, but the stage group depends on whether the cancer has reached the lymph nodes, which is not answered or not assessed.
result-needs-tumour = Needs the tumour findings.
result-needs-tumour-why = Nothing about the main tumour was entered, so no stage can be assigned.
result-needs-more-tumour = Needs more tumour findings.
result-no-group-why = The tables give no stage group for this combination of findings, so no stage can be named.
# $rule: the table's rule; $source: its short citation (IASLC 2024).
result-why-rule = Why: { $rule } ({ $source }).
result-decides = What would decide it:
# A button: a category (T2a) and the stage it would give (IIB).
result-choice = { $category }: stage { $group }
result-range = With the tumour assessed it would be between { $lowest } and { $highest }: a range, not a stage.
# $edition: "8th" or "9th"; $stage: "stage IIB", "occult carcinoma" or "not defined".
result-other-edition = In the { $edition } edition this is { $stage }. It is the same cancer, labelled by a newer or older rulebook: ask your care team which edition your report uses.
result-other-stage = stage { $code }
result-other-occult = occult carcinoma
result-m0-assumed = No distant spread was entered, so M counts as cM0 (no known spread).
# Quotes the distant-spread form's checkbox.
result-m0-hint = Tick the places it has spread to, or “No distant spread found”.

# Small cell's limited or extensive stage (sclc_extent.rs).
result-sclc-title = Small cell lung cancer is also described as limited or extensive
result-sclc-limited = Limited stage
result-sclc-extensive = Extensive stage
result-sclc-undetermined = Limited or extensive: it depends on the radiation field
result-why = Why: { $reason }.

# "In your case", beside the drawing (case_picture.rs): one sentence of parts, joined with
# "; " after "In your case: ".
# The letters under the picture: the patient's right and left (one letter each).
result-picture-right-letter = R
result-picture-left-letter = L
result-picture-text = In your case: { $parts }.
result-picture-the-tumour = the tumour
# $size: 3.4
result-picture-sized-tumour = a { $size } cm tumour
# $tumour: "the tumour" or "a 3.4 cm tumour".
result-picture-right-lung = { $tumour } in the right lung
result-picture-left-lung = { $tumour } in the left lung
result-picture-no-side = { $tumour } (its side was not given, so it is not drawn)
# $regions: one or more of the four regions below, joined by result-picture-and.
result-picture-nodes = lymph nodes { $regions }
result-picture-nodes-not-drawn = lymph nodes { $regions } (not drawn without the tumour's side)
result-picture-and = { $first } and { $second }
result-picture-same-hilar = at the root of the lung on the same side
result-picture-same-mediastinal = in the middle of the chest on the same side
result-picture-other-side = on the other side of the chest
result-picture-supraclavicular = above the collarbone
result-picture-n3 = lymph nodes on the other side of the chest or above the collarbone (N3; not drawn)
# Spread entered as an M category: its meaning ($spread, one of the next six) and code.
result-picture-m = { $spread } ({ $m }; not drawn)
result-picture-m1a = spread within the chest: fluid or nodules on the lining of the lung or heart, or a nodule in the other lung
result-picture-m1b = a single spread outside the chest
result-picture-m1c = several spreads outside the chest
result-picture-m1c1 = several spreads outside the chest, in one organ system
result-picture-m1c2 = spread in several organs outside the chest
result-picture-m1 = spread to distant parts of the body
# $sites: the sites' names, joined with ", ".
result-picture-spread = spread to { $sites }
result-picture-spread-not-drawn = spread to { $sites } (not drawn)

# How the stage was worked out (tnm_trace.rs).
result-trace-title = How the stage was worked out
result-trace-t = the main tumour
result-trace-n = lymph nodes
result-trace-m = spread to distant parts of the body
# A badge on the reason that decides the category.
result-trace-decides = Decides
result-trace-table = Stage table:
result-trace-seer = SEER summary stage:
result-trace-notes = Notes

# The editions side by side (edition_compare.rs); $tnm: T2a N1 M0, $stage: IIB.
result-editions-same = The 8th and 9th editions give the same result: { $tnm } { $stage }.
result-editions-differ = The 8th and 9th editions differ for this case
result-editions-part = Part
result-editions-eighth = 8th edition
result-editions-ninth = 9th edition
result-editions-changed = (changed)

# Survival (survival_panel.rs, survival_chart.rs).
result-survival-title = Survival figures
result-survival-show = Show survival figures
result-survival-hide = Hide survival figures
# $stage: the SEER summary stage (localized); $figure: the figure's sentence.
result-survival-case = This case, { $stage }: { $figure }
result-survival-seer = By SEER summary stage: { $stage }
result-survival-iaslc = By stage group (IASLC, 8th edition)
# Under the chart: who, what, when, its caveat and its source's title.
result-survival-source = { $population }: { $measure }, diagnosed { $years }. { $caveat } Source: { $source }.
result-chart-this-case = ◀ this case
result-chart-caption = IASLC 5-year overall survival by clinical stage group, 8th edition
result-chart-survival = 5-year survival
result-chart-this-case-row = (this case)

# Symptoms of spread and the urgent-help box (symptoms_panel.rs).
result-symptoms-title = Symptoms of spread
result-urgent-title = Get help urgently
result-urgent-call = Call your care team at once, or emergency services, for:
result-symptoms-intro = What spread to each place you entered typically feels like. Not everyone has these symptoms, and other illnesses can cause them.
result-symptoms-common = Where lung cancer most often spreads, and what that can feel like
result-symptoms-none = No spread to other parts of the body was entered.
result-symptoms-unchecked = We have no checked list of typical symptoms for spread here; the care team can say what to look out for.
# $sources: short citations (NCI 2024; ACS 2024).
result-sources = Sources: { $sources }.
result-source = Source: { $source }.

# Treatment (treatment_panel.rs).
result-treatment-title = The usual treatment approach
result-treatment-general = General information, not a treatment plan.
result-treatment-no-stage = Treatment depends on the stage, and the tables give none for these findings.
# $histology: the cancer type's name.
result-treatment-unchecked = We have no checked summary of the usual treatment for { $histology } at this stage; the care team will explain the options.

# Sources and the disclaimer under the widget (sources_panel.rs).
result-please-note = Please note:
result-sources-title = Sources of the rules, texts and figures
# $date: 2026-12-01
result-last-reviewed = Last reviewed { $date }.

# The long texts' place while they load, or if they could not (deferred.rs).
result-loading = Loading…
result-loading-failed = These details could not load. The stage and what it means are shown above.

# In place of the widget if it stops (crash.rs): a sentence, then a link to reload and the
# words after it.
result-crash = Sorry, LungStage stopped working because of an error on our side. Nothing you entered was sent anywhere.
result-crash-reload = Reload the page
result-crash-after-reload = to start again.

## Names the core gives the widget: cancer types, editions, features, lymph-node stations,
## sites of spread, stage groups (core/src/vocabulary/).

# What the tumour does, to read after "the tumour ..." and "a tumour that ...".
name-feature-superficial-spreading = is a superficial spreading tumour confined to the bronchial wall
name-feature-main-bronchus = involves a main bronchus (but not the carina)
name-feature-visceral-pleura = invades the visceral pleura (the lung's own lining)
name-feature-atelectasis = causes collapse or obstructive pneumonitis reaching the hilum
name-feature-adjacent-lobe = grows across the fissure into the next lobe
name-feature-parietal-pleura = invades the parietal pleura (the chest-wall lining)
name-feature-chest-wall = invades the chest wall
name-feature-phrenic-nerve = invades the phrenic nerve
name-feature-parietal-pericardium = invades the parietal pericardium (outer heart sac)
name-feature-superior-sulcus = is a superior sulcus (Pancoast) tumour
name-feature-azygos-vein = invades the azygos vein
name-feature-thoracic-nerve-roots = invades the T1 or T2 thoracic nerve roots
name-feature-stellate-ganglion = invades the stellate ganglion
name-feature-separate-nodule-same-lobe = has a separate tumour nodule in the same lobe
name-feature-diaphragm = invades the diaphragm
name-feature-mediastinum = invades the mediastinum
name-feature-heart = invades the heart
name-feature-visceral-pericardium = invades the visceral pericardium (inner heart sac)
name-feature-great-vessels = invades the great vessels
name-feature-trachea = invades the trachea
name-feature-recurrent-laryngeal-nerve = invades the recurrent laryngeal nerve
name-feature-esophagus = invades the oesophagus
name-feature-vertebral-body = invades a vertebral body
name-feature-carina = invades the carina
name-feature-thymus = invades the thymus
name-feature-vagus-nerve = invades the vagus nerve
name-feature-intrapericardial-pulmonary-vessels = invades the pulmonary vessels inside the pericardium
name-feature-supra-aortic-arteries = invades the arteries branching from the aortic arch
name-feature-brachiocephalic-veins = invades the brachiocephalic veins
name-feature-subclavian-vessels = invades the subclavian vessels
name-feature-lamina = invades the lamina of a vertebra
name-feature-spinal-canal = invades the spinal canal
name-feature-cervical-nerve-roots = invades the cervical nerve roots
name-feature-brachial-plexus = invades the brachial plexus
name-feature-separate-nodule-other-ipsilateral-lobe = has a separate tumour nodule in another lobe of the same lung
name-feature-ipsilateral-pleura = is limited to the pleura on its own side
name-feature-diaphragm-muscle = involves all pleural surfaces on its side and the diaphragm muscle
name-feature-lung-parenchyma = involves all pleural surfaces on its side and extends into the lung
name-feature-endothoracic-fascia = involves all pleural surfaces and the endothoracic fascia
name-feature-mediastinal-fat = involves all pleural surfaces and extends into the mediastinal fat
name-feature-chest-wall-soft-tissue = involves all pleural surfaces with a single removable focus in the chest-wall soft tissue
name-feature-pericardium-non-transmural = involves all pleural surfaces and the pericardium without going through it
name-feature-chest-wall-diffuse = spreads diffusely or at several points into the chest wall
name-feature-transdiaphragmatic-peritoneum = extends through the diaphragm to the peritoneum
name-feature-contralateral-pleura = extends to the pleura on the other side
name-feature-mediastinal-organs = extends into mediastinal organs
name-feature-spine = extends into the spine
name-feature-pericardium-internal-surface = extends through to the inner surface of the pericardium
name-feature-myocardium = extends into the heart muscle
name-feature-rib = invades a rib
name-feature-malignant-pericardial-effusion = has caused a malignant pericardial effusion
# The 9th edition's two minor mesothelioma findings, which stand on their own there.
name-feature-mediastinal-fat-alone = extends into the mediastinal fat
name-feature-chest-wall-soft-tissue-alone = invades the chest-wall soft tissue at a single focus
# Lymph-node stations of the IASLC map, by number: "station 10R (hilar)".
name-station-1 = low neck, above the collarbone
name-station-2 = upper paratracheal
name-station-3a = prevascular
name-station-3p = retrotracheal
name-station-4 = lower paratracheal
name-station-5 = subaortic (aortopulmonary window)
name-station-6 = para-aortic
name-station-7 = subcarinal
name-station-8 = beside the oesophagus
name-station-9 = pulmonary ligament
name-station-10 = hilar
name-station-11 = interlobar
name-station-12 = lobar
name-station-13 = segmental
name-station-14 = subsegmental
# Sites of spread, and their short names for lists.
name-site-contralateral-lung = the other lung
name-site-pleural-nodules = nodules on the pleura
name-site-malignant-pleural-effusion = fluid with cancer cells around the lung (malignant pleural effusion)
name-site-pericardial-nodules = nodules on the pericardium
name-site-malignant-pericardial-effusion = fluid with cancer cells around the heart (malignant pericardial effusion)
name-site-brain = brain
name-site-bone = bone
name-site-liver = liver
name-site-adrenal = adrenal gland
name-site-distant-lymph-node = distant lymph node
name-site-skin = skin
name-site-kidney = kidney
name-site-peritoneum = peritoneum (lining of the abdomen)
name-site-other = another organ
name-site-short-contralateral-lung = other lung
name-site-short-pleural-nodules = pleural nodules
name-site-short-malignant-pleural-effusion = pleural effusion
name-site-short-pericardial-nodules = pericardial nodules
name-site-short-malignant-pericardial-effusion = pericardial effusion
name-site-short-brain = brain
name-site-short-bone = bone
name-site-short-liver = liver
name-site-short-adrenal = adrenal
name-site-short-distant-lymph-node = distant lymph node
name-site-short-skin = skin
name-site-short-kidney = kidney
name-site-short-peritoneum = peritoneum
name-site-short-other = other organ
# Cancer types.
name-histology-nsclc = non-small cell lung cancer
name-histology-sclc = small cell lung cancer
name-histology-carcinoid = lung carcinoid tumour
name-histology-mesothelioma = pleural mesothelioma
# Stage groups; `{ $code }` is the group's code (IIB).
name-stage = Stage { $code }
name-stage-occult = Occult carcinoma
name-stage-not-defined = Stage not defined by the staging tables
name-not-defined = not defined by the staging tables
# How the stage was found (c, p, yc, yp, r, a).
name-classification-c = clinical
name-classification-p = pathological
name-classification-yc = post-therapy clinical
name-classification-yp = post-therapy pathological
name-classification-r = recurrence
name-classification-a = autopsy
# SEER summary stages, as SEER writes them.
name-summary-in-situ = In situ
name-summary-localized = Localized
name-summary-regional = Regional
name-summary-distant = Distant
name-summary-unknown = Unknown
# The editions, as "the { $edition } edition" names them.
name-edition-eighth = 8th
name-edition-ninth = 9th
# What a category entered directly says before its definition, and the disclaimer.
name-entered-directly = entered directly as a category
name-disclaimer = Educational information only: not medical advice and not a medical device. Staging and treatment decisions belong to the care team.

## Figures, urgent help and subgroups (core/src/reference/, core/src/rules/)
# The urgent-help box: signs that need help the same day, each with what it may be.
urgent-spinal-cord = new or worse back or neck pain, weak or numb legs, or trouble controlling bladder or bowel (pressure on the spinal cord)
urgent-seizure = a fit (seizure), sudden weakness of an arm or leg, or new confusion
urgent-vena-cava = swelling of the face, neck or arms with breathlessness (a blocked main vein in the chest)
urgent-breathless = breathlessness that starts suddenly or gets much worse, for example from fluid around the lung or heart
urgent-calcium = great thirst, passing a lot of urine, being sick, constipation or confusion (a high calcium level)
# What a survival figure measures.
fig-measure-relative = 5-year relative survival
fig-measure-overall = 5-year overall survival
# Whose survival it is: the cancers, the place and the registry or database (names as published).
fig-population-seer = all lung and bronchus cancers, US (SEER 21 registries excluding Illinois)
fig-population-sclc = small cell lung cancer, US (SEER registries), all stages together
fig-population-iaslc = non-small cell lung cancer, IASLC international database
# What the figures are grouped by, as "by { $basis }" names it.
fig-basis-clinical-eighth = clinical stage group, 8th edition
fig-basis-seer = SEER summary stage
fig-basis-all = all stages
# A figure as a percentage; `{ $value }` is the number (38.2).
fig-percent = { $value }%
# A figure in a sentence: `{ $percent }` is `fig-percent`, `{ $years }` the years of diagnosis
# (2016-2022), `{ $source }` the source's short name as published.
fig-sentence = { $percent } { $measure }: { $population }, by { $basis }, diagnosed { $years }. Source: { $source }.
# What an N subgroup involves, as `note-pathological-subgroup` names it ("subgroup for ...").
sub-n1a = a single N1 station
sub-n1b = several N1 stations
sub-n2a1 = a single N2 station without N1 involvement ("skip")
sub-n2a2 = a single N2 station with N1 involvement
sub-n2b = several N2 stations
# What a descriptor beside T, N and M records ((m), G, L, V, Pn, R).
sub-descriptor-multiple = multiple primary tumours
sub-descriptor-grade = grade
sub-descriptor-lymphatic = lymphatic invasion
sub-descriptor-venous = venous invasion
sub-descriptor-perineural = perineural invasion
sub-descriptor-residual = residual tumour
# A stage with how it was found: `{ $kind }` is a `name-classification-` word (clinical),
# `{ $code }` the group's code (IIB).
label-stage = { $kind } stage { $code }
label-occult = { $kind } occult carcinoma
label-limited = { $kind } limited stage
label-extensive = { $kind } extensive stage
# A small cell stage as stated, without a group.
label-title-limited = Limited stage
label-title-extensive = Extensive stage
