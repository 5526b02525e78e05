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
