# LungStage messages, English. Every sentence the staging core writes comes from a file like
# this one; docs/messages.md says how they are read and how to add a language.
#
# Each message is `id = text`. `{ $name }` is a value the code fills in (a code, a number, a
# field); keep every one of them in a translation, in any order. `{ "{" }` is a literal brace.
# A long message may go on over indented lines, which are joined with one space.
#
# Audiences: an id that starts with `machine-` is for the command line, the JavaScript API and
# the console, where codes and field paths belong; the widget's file leaves those out. Every
# other message is shown to people, patients and clinicians alike.

## Errors. The cause of an error is worded to follow the name of the field at fault, which
## the command line and the JavaScript API print before it ("tumor.size_cm: must be ...").

machine-json = not valid JSON at line { $line }, column { $column }: { $detail }
machine-duplicate-key = `{ $key }` is given twice; give each key once
machine-not-object = must be a JSON object, not { $found }
machine-not-site-object = must be an object like { "{" }"site": "bone", "lesions": 2{ "}" }, not { $found }
error-unknown-code = `{ $code }`: is not a known { $list }
machine-unknown-edition = `{ $code }` is not an edition; use 8 or 9
machine-unknown-histology = `{ $code }` is not a histology; use nsclc, sclc, carcinoid or mesothelioma
error-not-in-lung8-n = `{ $code }`: is a 9th-edition category; the 8th edition has N2 (or choose the 9th edition)
error-not-in-lung8-m = `{ $code }`: is a 9th-edition category; the 8th edition has M1c (or choose the 9th edition)
error-not-in-meso-t = `{ $code }`: is a lung category; pleural mesothelioma uses TX, T0, T1, T2, T3 or T4
error-not-in-meso-n = `{ $code }`: is a lung category; pleural mesothelioma uses NX, N0, N1 or N2
error-not-in-meso-m = `{ $code }`: is a lung category; pleural mesothelioma uses M0 or M1
error-not-a-number = must be a number such as 2.5 or 2,5: `{ $text }` has { $has }
error-size-not-above-zero = must be a size in centimetres above 0, not { $size }
error-size-over-max = { $size } cm is over { $max } cm, larger than any lung tumour staged; check the number and the unit (centimetres)
error-lesions-range = must be from 1 to { $max }, not { $count }
error-site-twice = { $site } is already listed (sites[{ $first }]); give each site once with its total number of lesions
machine-not-a-count = `{ $text }`: is not a lesion count (a number, or many)
machine-too-many-items = has more than { $max } items
machine-too-long = is longer than { $max } characters
machine-malformed-escape = has a malformed %-escape
machine-key-twice = is given twice
machine-unsupported-version = version `{ $version }` is not supported (expected { $current } or earlier)
machine-no-version = the link has no version (it must start with v={ $current })
machine-newer-link = comes from a newer LungStage (link version { $version }; this one reads up to { $current })
error-station-not-covered = station { $station } lies at the root of the opposite lung, which the 8th-edition mesothelioma N categories do not cover; enter the N category directly
error-not-meso-metastasis = { $site } belongs to the primary tumour's extent in pleural mesothelioma (its T category), not to metastasis
error-meso-feature-in-lung = `{ $feature }` is a mesothelioma feature; it does not apply to lung tumours
error-lung-feature-in-meso = `{ $feature }` is a lung-tumour feature; pleural mesothelioma has its own features
error-lung-only = applies to lung tumours, not to pleural mesothelioma
error-meso-only = applies to pleural mesothelioma, not to lung tumours
error-thickness-range = must be from 0 to { $max } mm, not { $mm }
error-written = `{ $token }`: { $fault }
# Where an error is placed: "cannot read" leads an error in the written TNM form.
error-at-written = cannot read { $cause }
machine-at-field = { $field }: { $cause }

## A stated stage (`stage`, `extent`) that cannot be read; the command line and the JavaScript
## API put the key at fault before these ("stage: ...").

machine-stated-with-case = `{ $given }` and `{ $part }` cannot both be given: a stated stage stands for every T, N and M
    of its group, so give either the stage or the case's tumour, nodes and metastases
machine-stated-unknown-stage = `{ $code }` is not a stage of { $table }; use one of { $valid }
machine-stated-unknown-extent = `{ $code }` is not an extent; use limited or extensive
machine-stated-not-small-cell = limited and extensive describe small cell lung cancer only; { $histology } is given a
    stage group instead, such as IIIA
machine-stated-classification = a stated stage is clinical (c) or pathological (p), not { $prefix }
machine-stated-not-a-string = must be text, such as "IIIA" or "limited"
machine-stated-missing = give a stage, such as "IIIA", or for small cell an extent, "limited" or "extensive"
machine-stated-no-case = no case of stage { $group } is { $extent }: limited means no distant spread, extensive means
    distant spread
machine-stated-not-a-record = a record needs T, N and M, and a stated stage has none; give the case's categories or
    findings instead
machine-table-lung8 = the 8th-edition lung table
machine-table-lung9 = the 9th-edition lung table
machine-table-meso8 = the 8th-edition pleural mesothelioma table
machine-table-meso9 = the 9th-edition pleural mesothelioma table

## What a value that should be an object was instead.

machine-json-null = null
machine-json-bool = true or false
machine-json-number = a number
machine-json-string = a string
machine-json-array = an array
machine-json-object = an object

## Two answers that cannot both be true.

conflict-category-and-findings = give either a category or findings, not both
conflict-side-with-category = is used only with stations, not with a category
conflict-total-below-solid = is the whole lesion, so it cannot be smaller than its invasive part ({ $solid } cm)
conflict-in-situ-and-mia = cannot be combined with carcinoma in situ: a tumour is either in situ or minimally invasive
conflict-in-situ-with-size = is the size of the invasive part, and a carcinoma in situ has none: give the whole lesion as the total size instead
conflict-in-situ-with-features = a carcinoma in situ does not invade other structures or form separate nodules; untick carcinoma in situ for an invasive tumour
conflict-mia-too-large = minimally invasive adenocarcinoma has an invasive part of at most 0.5 cm; with { $size } cm the tumour is invasive, so untick minimally invasive
conflict-mia-with-features = minimally invasive adenocarcinoma does not invade other structures; untick minimally invasive for an invasive tumour
conflict-ground-glass-with-features = 0 means a pure ground-glass lesion with no solid part, which does not invade other structures; give the size of the solid part
conflict-occult-with-size = means no tumour was seen, so it cannot have a size: leave the size out, or untick occult carcinoma
conflict-occult-with-findings = means no tumour was seen, so it cannot be combined with other tumour findings
conflict-meso-size = is not used to stage pleural mesothelioma; give the pleural thickness on CT (9th edition) or the structures involved

## An answer needed to read the others.

needs-node-category-or-stations = needs a category or a list of stations (an empty list means no node involved)
needs-metastasis-category-or-sites = needs a category or a list of sites (an empty list means none)
needs-tumor-side = is needed because station { $station } lies on one side of the chest: say whether the tumour is on the left or the right
needs-in-situ-kind = needs its kind for a lesion over 3 cm: adenocarcinoma in situ is defined only up to 3 cm, squamous carcinoma in situ at any size
needs-station = no station could be read

## Why a written TNM form (cT2a N1 M0) cannot be read; `error-written` puts the part at
## fault before these.

written-unknown-value = is not a known { $records } value
written-unknown-category = is not a known { $axis } category
written-not-a-category = expected a T, N or M category such as T2a, N1 or M0
written-twice = { $axis } is given twice (first { $first })
written-trailing = has characters after the category
written-missing-t = has no T category (write TX if the tumour was not assessed)
written-missing-n = has no N category (write NX if the nodes were not assessed)
written-missing-m = has no M category (write M0 if there is no distant metastasis)
written-subgroup-in-meso = is one of IASLC's N subgroups for lung cancer; pleural mesothelioma uses NX, N0, N1 or N2
written-subgroup-not-pathological = is one of IASLC's pathological N subgroups: write p{ $subgroup } if it comes from a pathology report
written-descriptor-not-category = is a pathology descriptor, not a T, N or M category
written-subgroup-not-category = is one of IASLC's pathological N subgroups, which count differently in the 8th and 9th editions

## Share-link values the link format does not have.

machine-link-not-a-number = `{ $text }` is not a number
machine-link-not-one = `{ $text }` should be 1
machine-link-not-in-situ-kind = `{ $text }` should be ais, scis or 1
machine-link-not-a-side = `{ $text }` is not left or right
machine-link-tumor-category-and-findings = cannot be combined with tumour findings (size, total, features, insitu, mia, occult, psum, fmax)
machine-link-node-category-and-stations = cannot be combined with stations or side
machine-link-metastasis-category-and-sites = cannot be combined with sites
machine-link-side-without-stations = goes only with stations (an empty list means none involved)

## The widget's names for fields, which lead a cause worded to follow them
## ("The size must be a size in centimetres above 0, not 0").

subject-size = The size
subject-in-situ = Carcinoma in situ
subject-mia = Minimally invasive adenocarcinoma
subject-psum = Psum
subject-fmax = Fmax
subject-t = This T
subject-side = The side of the tumour
subject-n = This N
subject-m = This M
subject-lesions = The number of lesions
subject-site = This site
sentence-subject-cause = { $subject } { $cause }

## Reasons: why a finding gives its category, as the result lists them under T, N and M
## ("T2a: 3.5 cm is over 3 and at most 4 cm"). A reason may be followed by what qualifies it
## (`reason-superficial`, `reason-outranks-size`), written straight after it; `{ " " }` keeps a
## leading space.

reason-size-t1a = { $size } cm is at most 1 cm
reason-size-t1b = { $size } cm is over 1 and at most 2 cm
reason-size-t1c = { $size } cm is over 2 and at most 3 cm
reason-size-t2a = { $size } cm is over 3 and at most 4 cm
reason-size-t2b = { $size } cm is over 4 and at most 5 cm
reason-size-t3 = { $size } cm is over 5 and at most 7 cm
reason-size-t4 = { $size } cm is over 7 cm
reason-tx-none = no tumour information given, so the primary tumour counts as not assessed
reason-tx-no-size-or-feature = no size or feature given, so the primary tumour counts as not assessed
reason-tx-no-extent = no tumour extent given, so the primary tumour counts as not assessed
reason-ground-glass = a pure ground-glass lesion of { $total } cm in total with no solid part, which counts as adenocarcinoma in situ (at most 3 cm)
reason-scis = squamous carcinoma in situ (SCIS), which is Tis whatever its size
reason-ais = adenocarcinoma in situ (AIS): a lepidic lesion of at most 3 cm with no invasion
reason-cis = carcinoma in situ (adenocarcinoma in situ or squamous carcinoma in situ)
reason-mia = minimally invasive adenocarcinoma: at most 3 cm, mostly lepidic, with an invasive part of at most 0.5 cm
reason-too-large-ground-glass = the whole lesion is { $total } cm, and a pure ground-glass lesion is defined only up to 3 cm; a lesion over 3 cm whose invasive part is at most 0.5 cm is T1a
reason-too-large-ais = the whole lesion is { $total } cm, and adenocarcinoma in situ is defined only up to 3 cm; a lesion over 3 cm whose invasive part is at most 0.5 cm is T1a
reason-too-large-mia = the whole lesion is { $total } cm, and minimally invasive adenocarcinoma is defined only up to 3 cm; a lesion over 3 cm whose invasive part is at most 0.5 cm is T1a
reason-occult = occult carcinoma: cancer cells were found in sputum or bronchial washings, but no tumour is seen on imaging or bronchoscopy
reason-tumour-feature = the tumour { $feature }
reason-superficial = , which gives T1a whatever its size
reason-superficial-size-unknown = , which gives T1a whatever its size (size not given)
reason-superficial-main-bronchus = , even where it reaches the main bronchus, as long as it stays in the bronchial wall
reason-azygos-eighth = { " " }(coded T4 by SEER under the 8th edition; the 9th lists it as T3)
reason-azygos-ninth = { " " }(listed as T3 in the 9th edition; SEER coded it T4 under the 8th)
reason-t2-size-unknown = ; with the size unknown, a T2 feature counts as T2a
reason-outranks-size = , which outranks size
reason-meso9-t4-feature = the tumour { $feature } → cT4
reason-psum-missing = Psum not given: it decides cT1 to cT3
reason-psum-over-30 = Psum { $psum } mm, over 30 mm → cT3
reason-psum-12-to-30 = Psum { $psum } mm, over 12 mm and at most 30 mm → cT2
reason-psum-thin-feature = Psum { $psum } mm, at most 12 mm, and the tumour { $feature } → cT2
reason-psum-thin-fmax-missing = Psum { $psum } mm, at most 12 mm, so Fmax decides: not given
reason-psum-thin-fmax-over-5 = Psum { $psum } mm, at most 12 mm; Fmax { $fmax } mm, over 5 mm → cT2
reason-psum-thin-fmax-thin = Psum { $psum } mm, at most 12 mm; Fmax { $fmax } mm, at most 5 mm → cT1
reason-nx-none = no lymph node information given, so the regional nodes count as not assessed
reason-n0 = no regional lymph node station involved
reason-station-supraclavicular = station { $station } ({ $name }) counts on either side of the chest
reason-station-same-mediastinal = station { $station } ({ $name }) lies in the mediastinum on the tumour's side
reason-station-same-hilar = station { $station } ({ $name }) lies at the root of the lung or within it, on the tumour's side
reason-station-opposite-mediastinal = station { $station } ({ $name }) lies in the mediastinum on the opposite side
reason-station-opposite-hilar = station { $station } ({ $name }) lies at the root of the opposite lung
reason-n2a = a single mediastinal station on the tumour's side is involved ({ $list })
reason-n2b = { $count } mediastinal stations on the tumour's side are involved ({ $list })
reason-m0-none = no spread entered, so cM0: with no sign of distant spread AJCC counts M as clinical M0 (there is no MX)
reason-m0-found-none = no distant spread found
reason-m0-no-site = no metastasis site listed
reason-m1a = { $site }: spread within the chest
reason-m1b = a single metastasis outside the chest ({ $sites })
reason-m1c-one-system = { $count } metastases outside the chest, all in one organ system ({ $sites })
reason-m1c-one-system-several = several metastases outside the chest, all in one organ system ({ $sites })
reason-m1c-one-organ = { $count } metastases outside the chest ({ $sites })
reason-m1c-one-organ-several = several metastases outside the chest ({ $sites })
reason-m1-count-unknown = spread outside the chest ({ $sites }) with the number of lesions not given: a single lesion is M1b, more than one is { $several }; the count decides
reason-m1c-systems = metastases outside the chest in { $count } organ systems ({ $sites })
reason-m1c-organs = metastases outside the chest in { $count } organs ({ $sites })
reason-meso-m1 = distant metastasis ({ $sites })

## Notes written for a case: beside the category they are about, with their source.

note-ninth-category-as-eighth = { $given } is a 9th-edition category; the 8th-edition table has { $parent }, so it is read as { $parent }.
note-pm0 = pM0 does not exist: M0 is always a clinical category, so pM0 is read as cM0.
note-pathological-subgroup = { $written } is IASLC's optional pathological subgroup for { $involved }; in the { $edition } edition it counts as { $n }.
note-descriptor-set-aside = { $written } ({ $records }) is set aside: it does not change the stage.

## Why a small cell case is limited or extensive stage.

reason-sclc-distant = distant spread ({ $m }) always makes small cell cancer extensive stage
reason-sclc-nodules-other-lobe = no distant spread, but { $t } comes from separate lung nodules (a nodule in another lobe): limited if all of it fits in one tolerable radiation field, extensive if not
reason-sclc-nodules-same-lobe = no distant spread, but { $t } comes from separate lung nodules (a nodule in the same lobe): limited if all of it fits in one tolerable radiation field, extensive if not
reason-sclc-limited-unless = no distant spread (M0): limited stage, unless { $t } is due to several lung nodules too widespread for one tolerable radiation field
reason-sclc-limited = no distant spread (M0): limited stage, the disease of TNM stages I to III

## Why a case has its SEER summary stage: one part for the tumour, the nodes and the
## metastases each, joined by `seer-and`.

seer-and = { "; " }
seer-mesothelioma = the staging result derives SEER summary stage for lung cancer only; for pleural mesothelioma the registrar fields give it (NAACCR item 764, from SEER's mesothelioma tables)
seer-in-situ = carcinoma in situ
seer-mia = minimally invasive adenocarcinoma, confined to the lung
seer-confined = the tumour is confined to the lung (its size does not count)
seer-tumour-feature = the tumour { $feature }
seer-tumour-feature-more = ; it { $feature }
seer-t-not-assessed = the primary tumour was not assessed
seer-tx = the primary tumour was not assessed (TX)
seer-t0 = no primary tumour was found (T0)
seer-tis = carcinoma in situ (Tis)
seer-t1 = a { $t } tumour is confined to the lung
seer-t2 = { $t } may be localized (size, main bronchus) or regional (pleura, collapse); enter the findings
seer-t3 = { $t } may be localized (size alone), regional or distant (for example a nodule in another lobe); enter the findings
seer-side-needed = the tumour's side is needed
seer-nodes-distant = lymph nodes on the opposite side or above the collarbone (station { $stations }), which SEER counts as distant
seer-nodes-regional = lymph nodes on the tumour's side (station { $stations })
seer-no-nodes = no lymph node involved
seer-nx = the lymph nodes were not assessed (NX)
seer-n-regional = { $n }: lymph nodes on the tumour's side
seer-n3 = N3: lymph nodes on the opposite side or above the collarbone, which SEER counts as distant
seer-no-metastasis = no distant metastasis
seer-metastasis-sites = metastasis ({ $sites })
seer-metastasis = distant metastasis ({ $m })
seer-nothing-found = no tumour, lymph node or metastasis was found
seer-open = it could be anything from { $low } to { $high }:{ " " }
seer-level-nothing = nothing
seer-level-in-situ = in situ
seer-level-localized = localized
seer-level-regional = regional
seer-level-distant = distant

## What differs between the 8th- and 9th-edition results of one case.

change-coding = T is { $t_eighth } in the 8th edition and { $t_ninth } in the 9th: a tumour that { $feature } is coded { $coded_eighth } under the 8th and { $coded_ninth } under the 9th. This is a coding note; no stage table changed.
change-n2-split = N is { $n_eighth } in the 8th edition and { $n_ninth } in the 9th, which splits N2 into N2a (one mediastinal station on the tumour's side) and N2b (several).
change-m1c-split = M is { $m_eighth } in the 8th edition and { $m_ninth } in the 9th, which splits M1c into M1c1 (one organ system) and M1c2 (several); both stay stage IVB.
change-stage = Stage is { $eighth } in the 8th edition and { $ninth } in the 9th.
change-stage-by-t = Stage is { $eighth } in the 8th edition and { $ninth } in the 9th, because T is { $t_eighth } in one and { $t_ninth } in the other.
change-stage-moved = Stage is { $eighth } in the 8th edition and { $ninth } in the 9th: the 9th edition moved { $row } { $n } from { $eighth } to { $ninth }.
change-stage-needs-n2-subgroup = Stage is { $eighth } in the 8th edition and { $ninth } in the 9th: the 9th edition needs N2a or N2b here (how many mediastinal stations are involved).

## The table rule behind a stage, or why the tables define no group for a case. `{ $edition }`
## is `name-edition-eighth` or `name-edition-ninth` (words/en.ftl).

rule-cell = { $t } { $n } M0 is stage { $group } in the { $edition }-edition table
rule-cell-mesothelioma = { $t } { $n } M0 is stage { $group } in the { $edition }-edition mesothelioma table
rule-metastatic = any T and any N with { $m } is stage { $group } ({ $edition } edition)
rule-metastatic-mesothelioma = any T and any N with M1 is stage IV (mesothelioma, { $edition } edition)
rule-any-n = { $t } with any N and M0 is stage { $group } (mesothelioma, { $edition } edition); here { $n }
rule-occult = TX N0 M0 is occult carcinoma
no-group-no-primary = T0 (no primary tumour found) with { $n } and M0 has no stage group in the { $edition }-edition table
no-group-in-situ-not-n0 = carcinoma in situ (Tis) is grouped only as Tis N0 M0; the { $edition }-edition table has no group for Tis { $n } M0
no-group-nx-mesothelioma8 = regional lymph nodes were not assessed (NX): below T4 the mesothelioma table needs N0, N1 or N2
no-group-nx-mesothelioma9 = regional lymph nodes were not assessed (NX): below T3 the 9th-edition mesothelioma table needs N0, N1 or N2
no-group-nx = regional lymph nodes were not assessed (NX): without distant metastasis the { $edition }-edition table needs N0 to N3
no-group-t2 = T2 without a subcategory: T2a N0 M0 is IB and T2b N0 M0 is IIA, so the size decides (a T2 feature with size unknown counts as T2a)
no-group-n2 = N2 without a subcategory: the 9th edition gives { $with_one } with N2a (one mediastinal station) and { $with_several } with N2b (several stations), so the number of involved stations decides
no-group-not-a-column = { $n } is not a column of this table
no-group-tx = the primary tumour was not assessed (TX): the tables have no group for TX { $n } M0
no-group-mesothelioma-tx = the { $edition }-edition mesothelioma table lists only T1 to T4; it has no group for { $t } { $n } M0
no-group-not-mesothelioma = { $t } { $n } is not a mesothelioma combination
no-group-awaits-psum = the 9th-edition clinical T needs Psum, the summed pleural thickness
no-group-awaits-fmax = with Psum 12 mm or less, the clinical T needs Fmax, the thickest tumour along a fissure
no-group-awaits-extent = the 8th-edition T needs the structures involved, not CT thickness
no-group-incomplete = the findings are not complete
no-group-nothing-entered = the stage cannot be assigned: nothing about the primary tumour was entered (occult carcinoma, TX N0 M0, needs cancer cells found with no tumour seen)

## The names of lists and of what a typed size has, which errors fill in ("is not a known
## T category", "has a letter").

list-m-category = M category
list-classification-prefix = classification prefix
list-tumour-feature = tumour feature
list-t-category = T category
list-station = lymph node station
list-site = metastasis site
list-subtype = mesothelioma subtype
list-stage-group = stage group
list-n-category = N category
list-in-situ = kind of carcinoma in situ
list-summary-stage = summary stage
list-extent = small cell extent
list-note = note
list-side = side (left or right)
has-space = a space
has-letter = a letter
has-sign = a sign that is not a digit
has-marks = more than one decimal mark
has-no-digits = no digits
list-n-subgroup = N subgroup

## The command line's text page: its headings and the sentences around the results
## (cli/src/human.rs, cli/src/stated.rs). A heading that leads a line is followed by a space.

machine-cli-decide = What would decide it:
machine-cli-choice = { $category } gives stage { $group }
machine-cli-range = With the tumour assessed it would be between { $lowest } and { $highest }: a range, not a stage.
machine-cli-decisive = (* decisive)
machine-cli-table = Table:
machine-cli-notes = Notes:
machine-cli-note = Note:
machine-cli-seer-summary = SEER summary stage:
machine-cli-sclc-extent = Small cell extent:
machine-cli-survival = Survival (figures for groups of people, not a prediction):
machine-cli-survival-not-at-diagnosis = None for a { $kind } stage: the figures are by the stage at diagnosis.
machine-cli-no-figures = No verified figures for this cancer type and stage.
machine-cli-no-shared-figure = No verified figure that every case of this stage shares.
machine-cli-figure-seer = SEER { $stage } stage
machine-cli-figure-sclc = Small cell, all stages
machine-cli-figure-iaslc = IASLC stage { $group } (8th edition)
machine-cli-diagnosed = { $population }, diagnosed { $years }
machine-cli-treatment = Usual treatment approach:
machine-cli-treatment-general = Usual treatment approach (general information, not a treatment plan):
machine-cli-plain-words = In plain words: { $words }
machine-cli-no-change = Nothing changes between the 8th and 9th editions.
machine-cli-covers = It covers stages { $first } to { $last } in the { $edition }-edition table.
machine-cli-covers-occult = It covers occult carcinoma and stages { $second } to { $last } in the { $edition }-edition table.
machine-cli-every-case = Every case of this stage, whatever its T, N and M, shares what follows.
machine-cli-depends = A stage alone does not say which T, N and M it is, and:

## The stage from a report, link notices and the copy-summary note (api/, core/src/render/)

# The lines the command line's text page and the clipboard note share. `{ $edition }` is
# `edition-eighth` or `edition-ninth`; `{ $label }` is "clinical stage IIB".
line-tnm = TNM: { $tnm } ({ $edition } edition, { $histology })
line-tnm-stage = TNM: { $tnm }, { $label } ({ $edition } edition, { $histology })
line-other-edition = { $edition } edition: { $stage } ({ $tnm })
line-stated-title = { $title }, as stated (not worked out from T, N and M)
line-stated-label = { $label } ({ $edition } edition, { $histology })
line-stated-other-edition = { $edition } edition: { $stage }
line-entered-directly = entered directly as a category
line-entered-directly-means = entered directly as a category: { $definition }
# What a stated stage leaves to T, N and M. `{ $on }` is `line-axes-one` or `line-axes-many`.
line-depends-treatment = The usual treatment depends on { $on }.
line-depends-seer = The SEER survival figure depends on { $on }.
line-depends-iaslc = The IASLC survival figure depends on { $on }.
line-depends-extent = Limited or extensive depends on { $on }.
line-depends-other-edition = In the { $edition } edition it is stage { $stages }, depending on { $on }.
line-axes-one = the { $letters } category ({ $plain })
line-axes-many = the { $letters } categories ({ $plain })
line-axis-t = the size and reach of the tumour
line-axis-n = which lymph nodes are involved
line-axis-m = where the cancer has spread
# Lists: "a and b", "a, b and c" (`{ $rest }` is the items but the last, joined by ", ").
line-and = { $rest } and { $last }
line-or = { $rest } or { $last }

# The copy-summary note of a case, to paste into a clinical record.
summary-why = Why: { $rule }
summary-extent-reason = Small cell extent: { $extent } ({ $reason })
summary-extent = Small cell extent: { $extent }
summary-tumour = Tumour: { $tumour }
summary-nodes = Lymph nodes: { $nodes }
summary-spread = Distant spread: { $spread }
summary-seer = SEER summary stage: { $stage }
summary-note = Note: { $note }
summary-staged-on = Staged on { $date } with LungStage.
summary-sources = Sources: { $sources }.
summary-entered = { $category }, entered as a category
summary-tumour-none = not described
summary-tumour-size = { $size } cm
summary-tumour-no-size = size not given
summary-tumour-total = { $size } cm in total
summary-tumour-ais = adenocarcinoma in situ
summary-tumour-scis = squamous carcinoma in situ
summary-tumour-cis = carcinoma in situ
summary-tumour-occult = occult carcinoma (cancer cells found, no tumour seen)
summary-tumour-mia = minimally invasive adenocarcinoma
summary-tumour-no-findings = no findings given
summary-nodes-none = not assessed
summary-nodes-clear = none involved
summary-nodes-stations = stations { $stations } involved
summary-nodes-stations-left = stations { $stations } involved; tumour on the left
summary-nodes-stations-right = stations { $stations } involved; tumour on the right
summary-spread-none = none entered (counted as cM0)
summary-spread-clear = none found
summary-spread-lesions = { $site } ({ $count } lesions)
summary-spread-several = { $site } (several lesions)
summary-spread-unknown = { $site } (number of lesions not known)

# A share link that does not open: the notice the page shows, in plain words, and the part
# of the link at fault as it names it.
api-link-newer = This link comes from a newer version of LungStage and cannot be read here, so the form starts empty.
api-link-fault = This link could not be read: { $part } is not in a form LungStage knows, so the form starts empty.
api-link-no-stage = This link could not be read: its case cannot be staged ({ $cause }), so the form starts empty.
api-link-version = its version
api-link-edition = its edition
api-link-histology = its type of cancer
api-link-subtype = its mesothelioma subtype
api-link-class = its classification
api-link-t = its T category
api-link-size = its tumour size
api-link-total = its whole-lesion size
api-link-thickness = its pleural thickness
api-link-tumour = its tumour findings
api-link-n = its N category
api-link-side = its tumour side
api-link-stations = its lymph node stations
api-link-nodes = its lymph node findings
api-link-m = its M category
api-link-sites = its places of spread
api-link-stage = its stage
api-link-extent = its small cell extent
api-link-view = its view
api-link-lang = its language
api-link-part = a part of it
api-link-format = its format
api-not-a-record = Nothing was downloaded: a record needs T, N and M, which a stage on its own does not give.
api-downloaded = Downloaded { $file }, a FHIR R4 bundle (HL7 mCODE). Its patient and dates are left for the record system to fill in.

# The stage from a report: its questions, as the widget shows them.
api-question-histology = Type of cancer
api-question-edition = Which edition does your report use?
api-question-edition-hint = Reports since 2025 usually use the 9th; earlier ones the 8th.
api-question-class = Is the stage clinical or pathological?
api-question-class-hint = Pathological (p) if it comes from the report after surgery; clinical (c) if from scans and biopsies before treatment.
api-question-stage = The stage on the report
api-option-ninth = 9th edition
api-option-eighth = 8th edition
api-option-clinical = Clinical (c)
api-option-pathological = Pathological (p)
api-option-limited = Limited stage
api-option-extensive = Extensive stage
api-option-choose = Choose…
api-option-choose-first = Choose the type of cancer and the edition first

# The stage from a report: its result, as the widget's result panel shows it.
api-stated-caption = Stage
api-stated-context = { $histology }, { $edition } edition tables · { $label }, as stated on a report: not worked out from T, N and M.
api-stated-covers = A stage covers several combinations of T, N and M. What they all share is shown here; where they differ, it says so.
api-stated-other-edition = In the { $edition } edition this is stage { $stage }: the same cancer, labelled by another rulebook.
api-stated-extent-title = Small cell lung cancer is also described as limited or extensive
api-stated-sources = Sources: { $sources }.
api-stated-symptoms-title = Symptoms of spread
api-stated-urgent-title = Get help urgently
api-stated-urgent-lead = Call your care team at once, or emergency services, for:
api-stated-no-sites = A stage alone does not say where, if anywhere, the cancer has spread.
api-stated-common-sites = Where lung cancer most often spreads, and what that can feel like
api-stated-treatment-title = The usual treatment approach
api-stated-treatment-source = { " " }Sources: { $sources }.
api-stated-not-a-plan = General information, not a treatment plan.
api-stated-treatment-none = We have no checked summary of the usual treatment for { $histology } at this stage; the care team will explain the options.
api-stated-treatment-depends = { $depends } Your care team can say which applies.
api-stated-seer-row = This stage, { $stage }: { $figure }
api-stated-unknown = unknown
api-stated-survival-title = Survival figures
api-stated-survival-show = Show survival figures
api-stated-by-seer = By SEER summary stage
api-stated-by-seer-stage = By SEER summary stage: { $stage }
api-stated-by-iaslc = By stage group (IASLC, 8th edition)
api-stated-iaslc-source = { $population } { $measure }, diagnosed { $years }. { $caveat } Source: { $source }.

# For the JavaScript API's callers and the console: codes and field names as they are.
machine-unknown-language = lang: { $lang } is not a language LungStage has; the languages are { $languages }
machine-api-format = format must be "json" or "fhir"
machine-api-not-finite = { $path }: must be a finite number, not { $name }
machine-api-not-json = the descriptor cannot be written as JSON
machine-api-not-descriptor = the descriptor must be an object or a JSON string
machine-api-report-not-json = the report is not JSON
machine-api-lang = lang must be a string, such as "en" or "es"
machine-link-newer = link.v: a newer version
machine-link-view = link.view: must be { $codes }
machine-link-no-stage = the case does not stage: { $error }
machine-link-not-stated = link: not a stated stage

## The page's script (lungstage.js): the share bar and notices, shown once this file is in,
## and what it says when the widget cannot start.

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
